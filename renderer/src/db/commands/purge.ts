/**
 * Purge of a series' personal data (domain/protection/purge.ts says what goes and what stays).
 *
 * Invariants: one transaction, so the series is either wholly purged or untouched; the ids,
 * categories, registrations, check-ins and slot timings stay as they were, so every anonymous
 * figure computes the same afterwards. This is the one write that edits slot records (their
 * absence reasons) in place: the point is that the words are gone.
 * The caller takes a backup first; restoring it is the only way back.
 */
import type { SessionDeskDb } from '../database';
import { neutralLabel, purgeParticipants, purgeSession, purgeSlot, type NeutralLabel } from '../../domain/protection/purge';
import { parseRoomDisplayState } from '../../domain/room-display/state';
import { ROOM_DISPLAY_STATE_KEY } from '../settings-records';
import { seriesSettingKey } from '../../domain/event-file/series-settings';
import { PURGED_AT_SETTING } from '../../domain/sync/purge-follow-up';

export interface PurgeOutcome {
  participants: number;
  slots: number;
  sessions: number;
}

export async function purgePersonalData(db: SessionDeskDb, seriesId: string, label: NeutralLabel = neutralLabel, now = Date.now()): Promise<PurgeOutcome> {
  return db.transaction('rw', [db.series, db.sessions, db.participants, db.slots, db.settings], async () => {
    if (!(await db.series.get(seriesId))) throw new Error(`No series ${seriesId}`);
    const participants = await db.participants.where('seriesId').equals(seriesId).toArray();
    const changes = purgeParticipants(participants, now, label);
    await db.participants.bulkUpdate([...changes].map(([key, fields]) => ({ key, changes: fields })));
    let slots = 0;
    for (const slot of await db.slots.where('seriesId').equals(seriesId).toArray()) {
      const slotChanges = purgeSlot(slot, now);
      if (!slotChanges) continue;
      await db.slots.update(slot.id, slotChanges);
      slots += 1;
    }
    let sessions = 0;
    for (const session of await db.sessions.where('seriesId').equals(seriesId).toArray()) {
      const sessionChanges = purgeSession(session, now);
      if (!sessionChanges) continue;
      await db.sessions.update(session.id, sessionChanges);
      sessions += 1;
    }
    // A message typed for the room display may name someone ("Welcome, Ms …"). The display is
    // this laptop's, not the series', but after a purge nothing typed about a person should stay.
    const display = parseRoomDisplayState((await db.settings.get(ROOM_DISPLAY_STATE_KEY))?.value);
    if (display.message !== null) {
      await db.settings.put({ key: ROOM_DISPLAY_STATE_KEY, value: { ...display, message: null, updatedAt: Math.max(now, display.updatedAt + 1) } });
    }
    // The mark other stations of a shared series follow: one that was offline purges what it
    // recorded meanwhile when it reconnects (modules/sync).
    await db.settings.put({ key: seriesSettingKey(seriesId, PURGED_AT_SETTING), value: now });
    return { participants: changes.size, slots, sessions };
  });
}
