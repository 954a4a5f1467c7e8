/** What Reports read: the whole record of a series and its themes. Use with useLiveQuery. */
import type { SessionDeskDb } from '../database';
import { seriesSettingKey } from '../../domain/event-file';
import { parseSeriesThemes, SERIES_THEMES_SETTING, themeCatalogue, type ReportRecord, type Theme } from '../../domain/reports';

/** The series' own themes (Settings of the series, "themes"). */
export async function readSeriesThemes(db: SessionDeskDb, seriesId: string): Promise<Theme[]> {
  const record = await db.settings.get(seriesSettingKey(seriesId, SERIES_THEMES_SETTING));
  return parseSeriesThemes(record?.value);
}

/**
 * The record of a series, read in one transaction so that the figures hold together while the
 * desk keeps checking people in. Null when there is no such series.
 */
export async function readReportRecord(db: SessionDeskDb, seriesId: string): Promise<ReportRecord | null> {
  return db.transaction('r', [db.series, db.sessions, db.slots, db.participants, db.checkIns, db.settings], async () => {
    const series = await db.series.get(seriesId);
    if (!series) return null;
    const [sessions, slots, participants, checkIns, own] = await Promise.all([
      db.sessions.where('seriesId').equals(seriesId).toArray(),
      db.slots.where('seriesId').equals(seriesId).toArray(),
      db.participants.where('seriesId').equals(seriesId).toArray(),
      db.checkIns.where('seriesId').equals(seriesId).toArray(),
      readSeriesThemes(db, seriesId),
    ]);
    return { series, sessions, slots, participants, checkIns, themes: themeCatalogue(own) };
  });
}
