import type { SessionDeskDb } from '../database';
import { buildDemoSeries, DEMO_SERIES_NAME } from '../../domain/demo/demo-series';
import { newId } from '../../domain/core/ids';

/**
 * Opens the demo series: creates it the first time, then reuses it, and makes it current.
 * Invariant: one demo series at most; all of it is written or none of it.
 */
export async function openDemoSeries(db: SessionDeskDb): Promise<string> {
  return db.transaction('rw', [db.series, db.sessions, db.slots, db.participants, db.settings], async () => {
    const existing = await db.series.where('name').equals(DEMO_SERIES_NAME).first();
    let seriesId = existing?.id;
    if (!seriesId) {
      const demo = buildDemoSeries(newId, Date.now());
      await db.series.add(demo.series);
      await db.sessions.bulkAdd(demo.sessions);
      await db.slots.bulkAdd(demo.slots);
      await db.participants.bulkAdd(demo.participants);
      seriesId = demo.series.id;
    }
    await db.settings.put({ key: 'currentSeriesId', value: seriesId });
    return seriesId;
  });
}
