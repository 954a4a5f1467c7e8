import type { SessionDeskDb } from '../database';
import { STORAGE_WARNING_DISMISSED_KEY } from '../queries/storage-warning';

/** Remembers that these warnings were seen; the bar comes back when they change. */
export async function dismissStorageWarning(db: SessionDeskDb, key: string): Promise<void> {
  await db.settings.put({ key: STORAGE_WARNING_DISMISSED_KEY, value: key });
}
