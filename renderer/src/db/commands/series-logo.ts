/** The series logo, set once in Settings; stored as a series setting so it travels in the event file. */
import type { SessionDeskDb } from '../database';
import { seriesSettingKey } from '../../domain/event-file';
import { storedLogo } from '../../domain/plates/logo';

export const LOGO_SETTING = 'logo';

/** Stores a checked PNG or JPEG data URL (see checkLogo); anything else is refused. */
export async function setSeriesLogo(db: SessionDeskDb, seriesId: string, dataUrl: string): Promise<void> {
  if (!storedLogo(dataUrl)) throw new Error('Not a PNG or JPEG data URL');
  await db.settings.put({ key: seriesSettingKey(seriesId, LOGO_SETTING), value: dataUrl });
}

export async function removeSeriesLogo(db: SessionDeskDb, seriesId: string): Promise<void> {
  await db.settings.delete(seriesSettingKey(seriesId, LOGO_SETTING));
}
