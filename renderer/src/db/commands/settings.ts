import type { SessionDeskDb } from '../database';

export type Language = 'en' | 'fr';
export type Theme = 'light' | 'dark';

/** The app-wide preferences and their keys in the settings table. */
export interface AppSettings {
  language: Language;
  theme: Theme;
  currentSeriesId: string | null;
}

export const DEFAULT_SETTINGS: AppSettings = { language: 'en', theme: 'light', currentSeriesId: null };

export async function setSetting<K extends keyof AppSettings>(
  db: SessionDeskDb,
  key: K,
  value: AppSettings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
