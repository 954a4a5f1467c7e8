import type { SessionDeskDb } from '../database';
import { DEFAULT_SETTINGS, type AppSettings } from '../settings-records';

/** Reads the preferences, falling back to defaults for any missing or malformed value. */
export async function readSettings(db: SessionDeskDb): Promise<AppSettings> {
  const records = await db.settings.toArray();
  const byKey = new Map(records.map((r) => [r.key, r.value]));
  const language = byKey.get('language');
  const theme = byKey.get('theme');
  const currentSeriesId = byKey.get('currentSeriesId');
  return {
    language: language === 'fr' || language === 'en' ? language : DEFAULT_SETTINGS.language,
    theme: theme === 'dark' || theme === 'light' ? theme : DEFAULT_SETTINGS.theme,
    currentSeriesId: typeof currentSeriesId === 'string' ? currentSeriesId : null,
  };
}
