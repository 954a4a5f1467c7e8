/**
 * The floor as a block of the session. At a Pre-session the Q&A is a part of the programme (a
 * `floor` slot without a State, with the block's planned length) in which the queue of
 * Permanent Missions is served. Each mission's request is a slot of its own (kind `floor`,
 * `stateCode` the mission's State, the series' time per mission), placed after its block in the
 * session's fractional order: so the requests of a block are the request slots that follow it,
 * up to the next slot that is not a request. Nothing links them but the order, which two
 * stations merge sanely (each request is its own record; its order one field).
 *
 * While the floor is open the block is live (status `speaking`, its timer the time the floor
 * has been open) and each mission's turn is timed on its own slot; a block is never paused.
 * Requests withdrawn (`withdrawn`) or not reached when the floor closed (`not-reached`) stay in
 * the record, skipped, with the entry that says which. Pure functions.
 */
import type { Slot } from '../core/model';
import { sortByOrder } from '../programme/slot-order';

/** The planned length of a new floor block (the Programme can change it per session). */
export const FLOOR_BLOCK_DEFAULT_SEC = 15 * 60;

type FloorSlot = Pick<Slot, 'id' | 'order' | 'kind' | 'status' | 'stateCode'>;

const live = (s: Pick<Slot, 'status'>) => s.status === 'speaking' || s.status === 'paused';

/** The part of the programme in which missions are given the floor. */
export function isFloorBlock(slot: Pick<Slot, 'kind' | 'stateCode'>): boolean {
  return slot.kind === 'floor' && slot.stateCode === null;
}

/** One mission's request for the floor (its intervention, once given). */
export function isFloorRequest(slot: Pick<Slot, 'kind' | 'stateCode'>): boolean {
  return slot.kind === 'floor' && slot.stateCode !== null;
}

/** The requests of a block, in order: the request slots right after it. */
export function requestsOf<T extends FloorSlot>(slots: readonly T[], blockId: string): T[] {
  const sorted = sortByOrder(slots);
  const at = sorted.findIndex((s) => s.id === blockId);
  if (at < 0) return [];
  const requests: T[] = [];
  for (const slot of sorted.slice(at + 1)) {
    if (!isFloorRequest(slot)) break;
    requests.push(slot);
  }
  return requests;
}

/** The block a request belongs to (the block it follows), if any. */
export function blockOf<T extends FloorSlot>(slots: readonly T[], requestId: string): T | undefined {
  const sorted = sortByOrder(slots);
  for (let i = sorted.findIndex((s) => s.id === requestId) - 1; i >= 0; i -= 1) {
    const slot = sorted[i] as T;
    if (isFloorBlock(slot)) return slot;
    if (!isFloorRequest(slot)) return undefined;
  }
  return undefined;
}

/** The last slot of a block's span: its last request, or the block itself. */
export function endOfBlock<T extends FloorSlot>(slots: readonly T[], block: T): T {
  return requestsOf(slots, block.id).at(-1) ?? block;
}

/** The block whose floor is open now, if any. */
export function openBlock<T extends FloorSlot>(slots: readonly T[]): T | undefined {
  return sortByOrder(slots).find((s) => isFloorBlock(s) && live(s));
}

/** The mission waiting first in a block's queue. */
export function firstWaiting<T extends FloorSlot>(slots: readonly T[], blockId: string): T | undefined {
  return requestsOf(slots, blockId).find((s) => s.status === 'pending');
}

/**
 * The block that takes new requests: the open one; else the next one still to come; else the
 * last one (a mission may raise its plate after the floor closed: the block opens again).
 */
export function activeBlock<T extends FloorSlot>(slots: readonly T[]): T | undefined {
  const blocks = sortByOrder(slots).filter(isFloorBlock);
  return blocks.find(live) ?? blocks.find((b) => b.status === 'pending') ?? blocks.at(-1);
}

/** How a request ended up, for the record: given the floor, waiting, withdrawn or not reached. */
export type RequestOutcome = 'waiting' | 'speaking' | 'spoke' | 'withdrawn' | 'not-reached' | 'skipped';

export function requestOutcome(slot: Pick<Slot, 'status' | 'log'>): RequestOutcome {
  if (slot.status === 'pending') return 'waiting';
  if (slot.status === 'speaking' || slot.status === 'paused') return 'speaking';
  if (slot.status === 'done') return 'spoke';
  const last = slot.log.findLast((e) => e.kind === 'withdrawn' || e.kind === 'not-reached' || e.kind === 'skip');
  if (last?.kind === 'withdrawn') return 'withdrawn';
  if (last?.kind === 'not-reached') return 'not-reached';
  return 'skipped';
}
