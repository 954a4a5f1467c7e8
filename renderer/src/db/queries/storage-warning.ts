import type { SessionDeskDb } from '../database';

/** Settings key: the storage warnings dismissed on this laptop (warningsKey of domain/protection/storage-health.ts). */
export const STORAGE_WARNING_DISMISSED_KEY = 'storageWarning.dismissed';

export async function readDismissedStorageWarning(db: SessionDeskDb): Promise<string> {
  const value = (await db.settings.get(STORAGE_WARNING_DISMISSED_KEY))?.value;
  return typeof value === 'string' ? value : '';
}
