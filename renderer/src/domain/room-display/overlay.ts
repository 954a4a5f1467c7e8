/**
 * The console broadcasts the slots an action produces (the same pure plan the command writes),
 * so the room display can show them within a frame; the record reaches the display ~90 ms
 * later through Dexie. This rule says how long the broadcast version stands. Pure.
 */
import type { Slot } from '../core/model';

/** A broadcast version is dropped after this long whatever happens: the record always wins in the end. */
export const OVERLAY_MAX_AGE_MS = 2000;

/** The latest change written to any of the slots (slots hold the action's time in `updatedAt`). */
export function newestUpdate(slots: readonly Pick<Slot, 'updatedAt'>[]): number {
  return slots.reduce((max, s) => Math.max(max, s.updatedAt), 0);
}

/**
 * Whether the broadcast slots still stand over the record. They give way once the record has
 * changed since they arrived and holds a write at least as recent as the action (so a slower
 * write of an earlier action does not briefly undo a later one), or once they are too old.
 */
export function overlayStands(input: { overlayAt: number; recordNewest: number; recordChangedSince: boolean; ageMs: number }): boolean {
  if (input.ageMs > OVERLAY_MAX_AGE_MS) return false;
  return !(input.recordChangedSince && input.recordNewest >= input.overlayAt);
}
