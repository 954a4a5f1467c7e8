import type { SessionDeskDb } from '../database';
import type { EventSnapshot, JsonValue } from '../../domain/event-file';
import { seriesSettingName, seriesSettingPrefix } from '../../domain/event-file';

/**
 * Everything recorded for one series, read in one transaction so that the snapshot is
 * consistent even while the desk keeps checking people in. Null when there is no such series.
 * Serialize it with `serializeEventFile` (export, automatic backups).
 */
export async function readEventSnapshot(db: SessionDeskDb, seriesId: string): Promise<EventSnapshot | null> {
  return db.transaction('r', [db.series, db.sessions, db.slots, db.participants, db.checkIns, db.settings], async () => {
    const series = await db.series.get(seriesId);
    if (!series) return null;
    const [sessions, slots, participants, checkIns, settingRecords] = await Promise.all([
      db.sessions.where('seriesId').equals(seriesId).toArray(),
      db.slots.where('seriesId').equals(seriesId).toArray(),
      db.participants.where('seriesId').equals(seriesId).toArray(),
      db.checkIns.where('seriesId').equals(seriesId).toArray(),
      db.settings.where('key').startsWith(seriesSettingPrefix(seriesId)).toArray(),
    ]);
    const settings: Record<string, JsonValue> = {};
    for (const record of settingRecords) {
      const name = seriesSettingName(seriesId, record.key);
      // Series settings hold JSON values by convention (see series-settings.ts).
      if (name !== null && record.value !== undefined) settings[name] = record.value as JsonValue;
    }
    return { series, sessions, slots, participants, checkIns, settings };
  });
}
