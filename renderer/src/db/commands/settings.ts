import type { SessionDeskDb } from '../database';
import type { AppSettings } from '../settings-records';

export type { AppSettings, Language, Theme } from '../settings-records';

export async function setSetting<K extends keyof AppSettings>(db: SessionDeskDb, key: K, value: AppSettings[K]): Promise<void> {
  await db.settings.put({ key, value });
}
