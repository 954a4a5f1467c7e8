/**
 * When a session is over: none of its slots is still to come or running. The moment the
 * moderator ends the last one is when the console takes a backup. Pure.
 */
import type { Slot, SlotStatus } from '../core/model';

const OPEN: ReadonlySet<SlotStatus> = new Set(['pending', 'speaking', 'paused']);

/** True while some slot is pending, speaking or paused. */
export function hasOpenSlot(slots: readonly Pick<Slot, 'status'>[]): boolean {
  return slots.some((s) => OPEN.has(s.status));
}

/**
 * The session ended between two readings of its slots: it had an open slot before, has none
 * now, and at least one slot was actually run (not a programme emptied by deleting slots).
 */
export function sessionJustEnded(before: readonly Pick<Slot, 'status'>[], after: readonly Pick<Slot, 'status'>[]): boolean {
  return hasOpenSlot(before) && !hasOpenSlot(after) && after.some((s) => s.status === 'done' || s.status === 'absent' || s.status === 'skipped');
}
