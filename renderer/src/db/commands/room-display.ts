/**
 * The room display's state (layout, logo or blackout, message), one record in the settings
 * table: app-wide rather than per series, since it describes this laptop's screen, and kept
 * out of the event file. Invariant: the stored `updatedAt` only moves forward, so a slower
 * write of an older state never replaces a newer one.
 */
import type { SessionDeskDb } from '../database';
import { parseDisplayState, type DisplayState } from '../../domain/display-state';

export const DISPLAY_STATE_KEY = 'roomDisplay';

/** Writes the state unless the record already holds a newer one; returns whether it was written. */
export async function saveDisplayState(db: SessionDeskDb, next: DisplayState): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const stored = parseDisplayState((await db.settings.get(DISPLAY_STATE_KEY))?.value);
    if (stored.updatedAt >= next.updatedAt) return false;
    await db.settings.put({ key: DISPLAY_STATE_KEY, value: { ...parseDisplayState(next), updatedAt: next.updatedAt } });
    return true;
  });
}
