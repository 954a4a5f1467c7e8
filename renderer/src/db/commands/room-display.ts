/**
 * The room display's state (layout, logo or blackout, message), one record in the settings
 * table: app-wide rather than per series, since it describes this laptop's screen, and kept
 * out of the event file. Invariant: the stored `updatedAt` only moves forward, so a slower
 * write of an older state never replaces a newer one.
 */
import type { SessionDeskDb } from '../database';
import { ROOM_DISPLAY_STATE_KEY } from '../settings-records';
import { parseRoomDisplayState, type RoomDisplayState } from '../../domain/room-display/state';

/** Writes the state unless the record already holds a newer one; returns whether it was written. */
export async function saveRoomDisplayState(db: SessionDeskDb, next: RoomDisplayState): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const stored = parseRoomDisplayState((await db.settings.get(ROOM_DISPLAY_STATE_KEY))?.value);
    if (stored.updatedAt >= next.updatedAt) return false;
    await db.settings.put({ key: ROOM_DISPLAY_STATE_KEY, value: { ...parseRoomDisplayState(next), updatedAt: next.updatedAt } });
    return true;
  });
}
