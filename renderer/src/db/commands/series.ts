import type { SessionDeskDb } from '../database';
import { makeSeries, validateNewSeries, type NewSeriesInput, type SeriesProblem } from '../../domain/programme/series';
import { newId } from '../../domain/core/ids';
import { seriesSettingPrefix } from '../../domain/event-file';

export type CreateSeriesResult = { ok: true; seriesId: string } | { ok: false; problems: SeriesProblem[] };

/**
 * Creates a series and makes it the current one.
 * Invariant: `settings.currentSeriesId` always names an existing series or is null.
 */
export async function createSeries(db: SessionDeskDb, input: NewSeriesInput): Promise<CreateSeriesResult> {
  const problems = validateNewSeries(input);
  if (problems.length > 0) return { ok: false, problems };
  const series = makeSeries(input, newId, Date.now());
  await db.transaction('rw', db.series, db.settings, async () => {
    await db.series.add(series);
    await db.settings.put({ key: 'currentSeriesId', value: series.id });
  });
  return { ok: true, seriesId: series.id };
}

export async function selectSeries(db: SessionDeskDb, seriesId: string | null): Promise<void> {
  await db.transaction('rw', db.series, db.settings, async () => {
    if (seriesId !== null && !(await db.series.get(seriesId))) throw new Error(`No series ${seriesId}`);
    await db.settings.put({ key: 'currentSeriesId', value: seriesId });
  });
}

/**
 * Deletes a series and everything recorded for it.
 * Invariant: no session, slot, participant or check-in outlives its series.
 */
export async function deleteSeries(db: SessionDeskDb, seriesId: string): Promise<void> {
  await db.transaction('rw', [db.series, db.sessions, db.slots, db.participants, db.checkIns, db.settings], async () => {
    await db.sessions.where('seriesId').equals(seriesId).delete();
    await db.slots.where('seriesId').equals(seriesId).delete();
    await db.participants.where('seriesId').equals(seriesId).delete();
    await db.checkIns.where('seriesId').equals(seriesId).delete();
    await db.series.delete(seriesId);
    await db.settings.where('key').startsWith(seriesSettingPrefix(seriesId)).delete();
    const current = await db.settings.get('currentSeriesId');
    if (current?.value === seriesId) await db.settings.put({ key: 'currentSeriesId', value: null });
  });
}
