/**
 * The floor queue of the Q&A: Permanent Missions that asked for the floor. Each request is a
 * `floor` slot of the session with the mission's State, after its floor block (floor-block.ts),
 * so the queue, the programme and the record are one list: the queue is the pending requests
 * in order. Pure functions.
 */
import { generateKeyBetween } from 'fractional-indexing';
import type { Slot, StateCode } from '../core/model';
import { sortByOrder } from '../programme/slot-order';
import type { UnState } from '../states/states';
import { resolveStateEntry } from '../states/type-ahead';
import type { Language } from '../core/language';
import { activeBlock, endOfBlock, isFloorRequest } from './floor-block';

type QueueSlot = Pick<Slot, 'id' | 'order' | 'kind' | 'status' | 'stateCode'>;

/** Requests waiting for the floor, in the order they will speak. */
export function floorQueue<T extends QueueSlot>(slots: readonly T[]): T[] {
  return sortByOrder(slots.filter((s) => isFloorRequest(s) && s.status === 'pending'));
}

/** States whose mission has already spoken from the floor in this session. */
export function statesThatSpoke(slots: readonly QueueSlot[]): Set<StateCode> {
  return new Set(slots.filter((s) => isFloorRequest(s) && s.status === 'done').map((s) => s.stateCode as StateCode));
}

/**
 * The mission's request already in force (waiting, or speaking now), if any: one entry per
 * delegation at a time, so a second request is shown on this entry rather than added.
 */
export function openRequestOf<T extends QueueSlot>(slots: readonly T[], stateCode: StateCode): T | undefined {
  return slots.find((s) => s.kind === 'floor' && s.stateCode === stateCode && (s.status === 'pending' || s.status === 'speaking' || s.status === 'paused'));
}

/** Key between a slot and the next one in the full list (the next one skipped when it is `excludeId`). */
function keyAfter(sorted: readonly QueueSlot[], index: number): string {
  const before = sorted[index]?.order ?? null;
  const after = sorted[index + 1]?.order ?? null;
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

/**
 * Where a new request (or a new block) goes: at the end of the active block's queue; with no
 * block, after the last request, else after the moderator's questions (the Q&A follows them);
 * with neither, before the closing; else at the end.
 */
export function orderForNewRequest(slots: readonly QueueSlot[]): string {
  const sorted = sortByOrder(slots);
  const block = activeBlock(sorted);
  if (block) return keyAfter(sorted, sorted.indexOf(endOfBlock(sorted, block)));
  const lastIndexOf = (kind: Slot['kind']) => sorted.map((s) => s.kind).lastIndexOf(kind);
  // Requests of a record made before floor blocks: the next one joins them.
  const lastRequest = sorted.findLastIndex(isFloorRequest);
  if (lastRequest >= 0) return keyAfter(sorted, lastRequest);
  const questions = lastIndexOf('moderator-questions');
  if (questions >= 0) return keyAfter(sorted, questions);
  const closing = sorted.findIndex((s) => s.kind === 'closing');
  if (closing >= 0) return keyAfter(sorted, closing - 1);
  return keyAfter(sorted, sorted.length - 1);
}

/**
 * The new key for a queue entry moved to `toIndex` within the queue (0 = next to speak).
 * Only that entry's key changes; other slots keep their place.
 */
export function orderForQueueMove(slots: readonly QueueSlot[], slotId: string, toIndex: number): string {
  const sorted = sortByOrder(slots).filter((s) => s.id !== slotId);
  const moved = slots.find((s) => s.id === slotId);
  if (!moved) throw new Error(`No slot ${slotId}`);
  const others = floorQueue(sorted);
  if (others.length === 0) return moved.order;
  const index = Math.max(0, Math.min(toIndex, others.length));
  if (index < others.length) {
    const target = others[index] as QueueSlot;
    return keyAfter(sorted, sorted.indexOf(target) - 1);
  }
  const last = others[others.length - 1] as QueueSlot;
  return keyAfter(sorted, sorted.indexOf(last));
}

export interface MissionMatch {
  state: UnState;
  /** A delegate of the mission is checked in for the session. */
  present: boolean;
}

/**
 * Type-ahead through the app's State matcher (names, common names and codes in English and
 * French): States named exactly first, then missions checked in for the session, then the rest.
 * `pick` is the State Enter may add, or null when the entry must ask which one.
 */
export function matchMissions(
  query: string,
  language: Language,
  present: ReadonlySet<StateCode>,
  limit = 8,
): { matches: MissionMatch[]; pick: UnState | null } {
  const entry = resolveStateEntry(query, { language, present, limit });
  return { matches: entry.candidates.map(({ state, present: p }) => ({ state, present: p })), pick: entry.kind === 'one' ? entry.state : null };
}
