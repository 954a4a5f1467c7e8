/** Reads for the sync mirror: every record of a series in the shared tables, as store changes. */
import type { SessionDeskDb } from '../database';
import type { RecordChange } from '../../domain/sync/synced-tables';
import { LATEST_VERSION } from '../migrations';
import { seriesSettingKey, seriesSettingPrefix } from '../../domain/event-file/series-settings';
import { PURGED_AT_SETTING } from '../../domain/sync/purge-follow-up';

export async function readSeriesRecords(db: SessionDeskDb, seriesId: string): Promise<RecordChange[]> {
  return db.transaction('r', [db.series, db.sessions, db.slots, db.participants, db.checkIns, db.settings], async () => {
    const out: RecordChange[] = [];
    const series = await db.series.get(seriesId);
    if (series) out.push({ table: 'series', key: series.id, value: { ...series } });
    for (const s of await db.sessions.where('seriesId').equals(seriesId).toArray()) out.push({ table: 'sessions', key: s.id, value: { ...s } });
    for (const s of await db.slots.where('seriesId').equals(seriesId).toArray()) out.push({ table: 'slots', key: s.id, value: { ...s } });
    for (const p of await db.participants.where('seriesId').equals(seriesId).toArray()) out.push({ table: 'participants', key: p.id, value: { ...p } });
    for (const c of await db.checkIns.where('seriesId').equals(seriesId).toArray()) out.push({ table: 'checkIns', key: c.id, value: { ...c } });
    const prefix = seriesSettingPrefix(seriesId);
    for (const r of await db.settings.where('key').startsWith(prefix).toArray()) out.push({ table: 'settings', key: r.key, value: { ...r } });
    return out;
  });
}

/** What the purge follower needs: the purge mark and the records that may hold personal data. */
export async function readPurgeState(db: SessionDeskDb, seriesId: string) {
  return db.transaction('r', [db.participants, db.slots, db.sessions, db.settings], async () => {
    const mark = await db.settings.get(seriesSettingKey(seriesId, PURGED_AT_SETTING));
    return {
      purgedAt: typeof mark?.value === 'number' ? mark.value : null,
      participants: await db.participants.where('seriesId').equals(seriesId).toArray(),
      slots: await db.slots.where('seriesId').equals(seriesId).toArray(),
      sessions: await db.sessions.where('seriesId').equals(seriesId).toArray(),
    };
  });
}

/** The data format stations must share: the store's schema version (a code from another is refused). */
export const SYNC_DATA_FORMAT = LATEST_VERSION;
