/**
 * What each moderator action does to a session's slots, as a plan of changes the command
 * writes in one transaction. Pure: the slots, the clock and id makers come in; a plan comes out.
 *
 * Invariants every plan keeps:
 * - at most one speaker of a session is live (speaking or paused); a floor block may be open
 *   (live) around its missions' turns (floor-block.ts), and at most one block is open;
 * - every changed slot gets one log entry of the action, holding the fields it had before,
 *   so that Undo restores exactly those (and deletes a slot the action created);
 * - the timer fields follow DESIGN.md: a stopped slot has `startedAt: null` and all its spoken
 *   time in `elapsedBeforeMs`; a running one keeps `startedAt` and adds nothing until stopped.
 */
import type { IdMaker } from '../core/ids';
import type { Slot, SlotLogEntry, SlotLogKind, SlotRunState, StateCode } from '../core/model';
import { floorQueue, openRequestOf, orderForNewRequest, orderForQueueMove } from './floor-queue';
import { activeBlock, blockOf, endOfBlock, FLOOR_BLOCK_DEFAULT_SEC, firstWaiting, isFloorBlock, isFloorRequest, openBlock, requestsOf } from './floor-block';
import { lastUndoableAction } from './record';
import { keyForMove, sortByOrder } from '../programme/slot-order';

export interface SlotChange {
  slotId: string;
  changes: Partial<SlotRunState>;
  entry: SlotLogEntry;
}

export interface ModeratorPlan {
  changes: SlotChange[];
  /** Slots the action creates (a mission added to the floor). */
  creates: Slot[];
  /** Slots the action removes (only an undo of a creation). */
  deletes: string[];
}

export interface ActionContext {
  now: number;
  newId: IdMaker;
  /** The id shared by every entry of this action. */
  action: string;
  /** The station whose console acts (recorded on each entry); absent in tests that do not care. */
  station?: string;
}

const EMPTY: ModeratorPlan = { changes: [], creates: [], deletes: [] };

export const isLive = (s: Pick<Slot, 'status'>) => s.status === 'speaking' || s.status === 'paused';

export function runState(slot: SlotRunState): SlotRunState {
  return { status: slot.status, startedAt: slot.startedAt, elapsedBeforeMs: slot.elapsedBeforeMs, allottedSec: slot.allottedSec, order: slot.order };
}

function entry(ctx: ActionContext, kind: SlotLogKind, before: SlotRunState | null, extra: Partial<SlotLogEntry> = {}): SlotLogEntry {
  const made: SlotLogEntry = {
    id: ctx.newId(),
    action: ctx.action,
    kind,
    at: ctx.now,
    deltaSec: 0,
    reason: '',
    reasonPublic: false,
    before,
    undoes: null,
    ...extra,
  };
  if (ctx.station) made.station = ctx.station;
  return made;
}

function change(slot: Slot, changes: Partial<SlotRunState>, ctx: ActionContext, kind: SlotLogKind, extra?: Partial<SlotLogEntry>): SlotChange {
  return { slotId: slot.id, changes, entry: entry(ctx, kind, runState(slot), extra) };
}

function plan(changes: SlotChange[], creates: Slot[] = [], deletes: string[] = []): ModeratorPlan {
  return { changes, creates, deletes };
}

type Sortable = Pick<Slot, 'status' | 'order' | 'id' | 'kind' | 'stateCode'>;

/** The speaker live now (speaking or paused): an open floor block is not a speaker. */
export function liveSpeaker<T extends Sortable>(slots: readonly T[]): T | undefined {
  return sortByOrder(slots).find((s) => isLive(s) && !isFloorBlock(s));
}

/** The slot live now: the speaker, else the open floor block (a mission's turn between two). */
export function liveSlot<T extends Sortable>(slots: readonly T[]): T | undefined {
  return liveSpeaker(slots) ?? openBlock(slots);
}

/** The slot the console is about: the live one, else the next pending one. */
export function currentSlot<T extends Sortable>(slots: readonly T[]): T | undefined {
  return liveSlot(slots) ?? sortByOrder(slots).find((s) => s.status === 'pending');
}

/** The first pending slot after the given one in programme order (or the first pending at all). */
export function nextPending<T extends Pick<Slot, 'status' | 'order' | 'id'>>(slots: readonly T[], after?: T): T | undefined {
  const sorted = sortByOrder(slots);
  const from = after ? sorted.findIndex((s) => s.id === after.id) + 1 : 0;
  return sorted.slice(from).find((s) => s.status === 'pending') ?? sorted.find((s) => s.status === 'pending');
}

/**
 * Who speaks after `current`: the next pending slot in programme order, where a floor block
 * stands for the first mission waiting in it (the room wants to know which mission, not that
 * "the floor" comes). Null when nothing is left.
 */
export function speakerAfter<T extends Sortable>(slots: readonly T[], current: T | null): T | null {
  const sorted = sortByOrder(slots);
  const from = current ? sorted.findIndex((s) => s.id === current.id) + 1 : 0;
  const pending = (s: T) => s.status === 'pending' && s.id !== current?.id;
  const next = sorted.slice(from).find(pending) ?? sorted.find(pending) ?? null;
  if (next && isFloorBlock(next)) return firstWaiting(slots, next.id) ?? next;
  return next;
}

function stopChanges(slot: Slot, now: number, status: Slot['status']): Partial<SlotRunState> {
  const spoken = slot.startedAt === null ? 0 : Math.max(0, now - slot.startedAt);
  return { status, startedAt: null, elapsedBeforeMs: slot.elapsedBeforeMs + spoken };
}

const startChanges = (ctx: ActionContext): Partial<SlotRunState> => ({ status: 'speaking', startedAt: ctx.now });

/**
 * Closing a floor block: the mission speaking (if any) is done, the block is done, and the
 * missions still waiting stay in the record as not reached.
 */
function closeBlockChanges(slots: readonly Slot[], block: Slot, ctx: ActionContext): SlotChange[] {
  const changes: SlotChange[] = [];
  for (const request of requestsOf(slots, block.id)) {
    if (isLive(request)) changes.push(change(request, stopChanges(request, ctx.now, 'done'), ctx, 'end'));
    else if (request.status === 'pending') changes.push(change(request, { status: 'skipped' }, ctx, 'not-reached'));
  }
  if (isLive(block)) changes.push(change(block, stopChanges(block, ctx.now, 'done'), ctx, 'end'));
  return changes;
}

/**
 * Starting `target`: a floor block opens and gives the floor to its first mission waiting; a
 * mission's request opens its block if it is not open; any other open block closes first.
 */
function startChangesFor(slots: readonly Slot[], target: Slot, ctx: ActionContext): SlotChange[] {
  const changes: SlotChange[] = [];
  const block = isFloorBlock(target) ? target : isFloorRequest(target) ? blockOf(slots, target.id) : undefined;
  const open = openBlock(slots);
  if (open && open.id !== block?.id) changes.push(...closeBlockChanges(slots, open, ctx));
  if (block && !isLive(block)) changes.push(change(block, startChanges(ctx), ctx, 'start'));
  const speaker = isFloorBlock(target) ? firstWaiting(slots, target.id) : target;
  if (speaker) changes.push(change(speaker, startChanges(ctx), ctx, 'start'));
  return changes;
}

/**
 * Start: the given pending slot, or the next one (with the floor open, its first mission
 * waiting); refused (empty plan) while a speaker is live.
 */
export function planStart(slots: readonly Slot[], ctx: ActionContext, slotId?: string): ModeratorPlan {
  if (liveSpeaker(slots)) return EMPTY;
  const open = openBlock(slots);
  const target = slotId ? slots.find((s) => s.id === slotId && s.status === 'pending') : open ? firstWaiting(slots, open.id) : nextPending(slots);
  if (!target) return EMPTY;
  return plan(startChangesFor(slots, target, ctx));
}

export function planPause(slots: readonly Slot[], ctx: ActionContext): ModeratorPlan {
  const live = liveSpeaker(slots);
  if (!live || live.status !== 'speaking') return EMPTY;
  return plan([change(live, stopChanges(live, ctx.now, 'paused'), ctx, 'pause')]);
}

export function planResume(slots: readonly Slot[], ctx: ActionContext): ModeratorPlan {
  const live = liveSpeaker(slots);
  if (!live || live.status !== 'paused') return EMPTY;
  return plan([change(live, { status: 'speaking', startedAt: ctx.now }, ctx, 'resume')]);
}

/** Space: pause the speaker, resume them, or start the next slot (the next mission, with the floor open). */
export function planToggle(slots: readonly Slot[], ctx: ActionContext): ModeratorPlan {
  const live = liveSpeaker(slots);
  if (!live) return planStart(slots, ctx);
  return live.status === 'speaking' ? planPause(slots, ctx) : planResume(slots, ctx);
}

/**
 * Next speaker: the live speaker is done and the next one starts. Within an open floor the next
 * is the next mission waiting; after the last one the floor stays open (a plate may still go
 * up), and Next speaker then closes it (missions still waiting: not reached) and goes on.
 */
export function planNext(slots: readonly Slot[], ctx: ActionContext): ModeratorPlan {
  const speaker = liveSpeaker(slots);
  const open = openBlock(slots);
  if (!speaker && !open) return planStart(slots, ctx);
  const sorted = sortByOrder(slots);
  if (speaker && open && blockOf(slots, speaker.id)?.id === open.id) {
    const changes = [change(speaker, stopChanges(speaker, ctx.now, 'done'), ctx, 'end')];
    const following = requestsOf(slots, open.id).find((s) => s.status === 'pending' && s.id !== speaker.id);
    if (following) changes.push(change(following, startChanges(ctx), ctx, 'start'));
    return plan(changes);
  }
  const changes: SlotChange[] = [];
  let after: Slot;
  if (speaker) {
    changes.push(change(speaker, stopChanges(speaker, ctx.now, 'done'), ctx, 'end'));
    after = speaker;
  } else {
    const block = open as Slot;
    changes.push(...closeBlockChanges(slots, block, ctx));
    after = endOfBlock(slots, block);
  }
  const touched = new Set(changes.map((c) => c.slotId));
  const following = sorted.slice(sorted.findIndex((s) => s.id === after.id) + 1).find((s) => s.status === 'pending' && !touched.has(s.id));
  if (following) {
    // The rest of the plan starts from the slots as the first part leaves them.
    changes.push(...startChangesFor(applyPlanToSlots(slots, plan(changes)), following, ctx).filter((c) => !touched.has(c.slotId)));
  }
  return plan(changes);
}

/** Close the floor: the mission speaking is done, the block is done, the missions waiting are not reached. */
export function planCloseFloor(slots: readonly Slot[], ctx: ActionContext): ModeratorPlan {
  const open = openBlock(slots);
  if (!open) return EMPTY;
  return plan(closeBlockChanges(slots, open, ctx));
}

/** Skip a slot not yet spoken (for the SuR statement: "not made"). */
export function planSkip(slots: readonly Slot[], slotId: string, ctx: ActionContext): ModeratorPlan {
  const slot = slots.find((s) => s.id === slotId);
  if (!slot || slot.status !== 'pending') return EMPTY;
  const waiting = isFloorBlock(slot) ? requestsOf(slots, slot.id).filter((r) => r.status === 'pending') : [];
  return plan([change(slot, { status: 'skipped' }, ctx, 'skip'), ...waiting.map((r) => change(r, { status: 'skipped' }, ctx, 'not-reached'))]);
}

/** Mark absent: the slot stays in the record with the reason (public or private). */
export function planAbsent(slots: readonly Slot[], slotId: string, reason: string, reasonPublic: boolean, ctx: ActionContext): ModeratorPlan {
  const slot = slots.find((s) => s.id === slotId);
  if (!slot || !(slot.status === 'pending' || isLive(slot))) return EMPTY;
  return plan([change(slot, stopChanges(slot, ctx.now, 'absent'), ctx, 'absent', { reason: reason.trim(), reasonPublic })]);
}

/** +30 s / −30 s: the allotted time of the current slot (never below what makes sense: 0). */
export function planAdjust(slots: readonly Slot[], deltaSec: number, ctx: ActionContext): ModeratorPlan {
  const slot = currentSlot(slots);
  if (!slot) return EMPTY;
  const allottedSec = Math.max(0, slot.allottedSec + deltaSec);
  if (allottedSec === slot.allottedSec) return EMPTY;
  return plan([change(slot, { allottedSec }, ctx, 'adjust', { deltaSec: allottedSec - slot.allottedSec })]);
}

/**
 * Reorder what remains: a pending slot changes places with the pending slot before (-1) or
 * after (+1) it; slots already spoken stay where they were. A floor block and its queue move
 * as one: a slot moved past a block lands after its last request, never inside its queue;
 * the missions themselves are reordered within the queue (planQueueMove).
 */
export function planMoveRemaining(slots: readonly Slot[], slotId: string, direction: -1 | 1, ctx: ActionContext): ModeratorPlan {
  const pending = sortByOrder(slots).filter((s) => s.status === 'pending' && !isFloorRequest(s));
  const index = pending.findIndex((s) => s.id === slotId);
  const neighbour = pending[index + direction];
  if (index < 0 || !neighbour || isFloorBlock(pending[index] as Slot)) return EMPTY;
  const others = sortByOrder(slots).filter((s) => s.id !== slotId);
  const anchor = direction === 1 && isFloorBlock(neighbour) ? endOfBlock(others, neighbour) : neighbour;
  const at = others.findIndex((s) => s.id === anchor.id) + (direction === 1 ? 1 : 0);
  return planMove(slots, slotId, keyForMove(slots, slotId, at), ctx);
}

/** Moves a pending slot to a new fractional key (computed by the caller's ordering rule). */
export function planMove(slots: readonly Slot[], slotId: string, order: string, ctx: ActionContext): ModeratorPlan {
  const slot = slots.find((s) => s.id === slotId);
  if (!slot || slot.status !== 'pending' || slot.order === order) return EMPTY;
  return plan([change(slot, { order }, ctx, 'move')]);
}

export type FloorRequestResult = { kind: 'added' | 'already-queued'; slotId: string };

/**
 * Add to floor. One entry per delegation at a time: a second request while one is waiting
 * (or speaking) adds no entry; it is recorded on the existing one ("requested-again"). A new
 * request joins the queue of the active floor block (floor-block.ts); a session without a
 * block gets one, where the Q&A goes (after the moderator's questions, before the closing).
 */
export function planFloorRequest(
  slots: readonly Slot[],
  base: Pick<Slot, 'sessionId' | 'seriesId'>,
  stateCode: StateCode,
  allottedSec: number,
  ctx: ActionContext,
): { plan: ModeratorPlan; result: FloorRequestResult } {
  const open = openRequestOf(slots, stateCode);
  if (open) return { plan: plan([change(open, {}, ctx, 'requested-again')]), result: { kind: 'already-queued', slotId: open.id } };
  const creates: Slot[] = [];
  const make = (fields: Pick<Slot, 'order' | 'allottedSec' | 'stateCode'>): Slot => {
    const slot: Slot = {
      id: ctx.newId(),
      sessionId: base.sessionId,
      seriesId: base.seriesId,
      kind: 'floor',
      participantId: null,
      label: '',
      status: 'pending',
      startedAt: null,
      elapsedBeforeMs: 0,
      log: [],
      themes: [],
      updatedAt: ctx.now,
      ...fields,
    };
    slot.log.push(entry(ctx, 'queued', null));
    creates.push(slot);
    return slot;
  };
  if (!activeBlock(slots)) make({ order: orderForNewRequest(slots), allottedSec: FLOOR_BLOCK_DEFAULT_SEC, stateCode: null });
  const request = make({ order: orderForNewRequest([...slots, ...creates]), allottedSec, stateCode });
  return { plan: plan([], creates), result: { kind: 'added', slotId: request.id } };
}

/** Remove a waiting request from the queue: kept in the record as withdrawn. */
export function planWithdraw(slots: readonly Slot[], slotId: string, ctx: ActionContext): ModeratorPlan {
  const slot = floorQueue(slots).find((s) => s.id === slotId);
  if (!slot) return EMPTY;
  return plan([change(slot, { status: 'skipped' }, ctx, 'withdrawn')]);
}

/** Moves a waiting request within the queue (0 = next to speak). */
export function planQueueMove(slots: readonly Slot[], slotId: string, toIndex: number, ctx: ActionContext): ModeratorPlan {
  if (!floorQueue(slots).some((s) => s.id === slotId)) return EMPTY;
  return planMove(slots, slotId, orderForQueueMove(slots, slotId, toIndex), ctx);
}

/**
 * Give the floor: the speaker live now (if any) is done; the request moves to the head of its
 * block's queue, its block opens if it was not open, and its timer starts.
 */
export function planGiveFloor(slots: readonly Slot[], slotId: string, ctx: ActionContext): ModeratorPlan {
  const queue = floorQueue(slots);
  const slot = queue.find((s) => s.id === slotId);
  if (!slot) return EMPTY;
  const changes: SlotChange[] = [];
  const speaker = liveSpeaker(slots);
  if (speaker) changes.push(change(speaker, stopChanges(speaker, ctx.now, 'done'), ctx, 'end'));
  const order = queue[0]?.id === slot.id ? slot.order : orderForQueueMove(slots, slot.id, 0);
  const moved = slots.map((s) => (s.id === slot.id ? { ...s, order } : s));
  const after = applyPlanToSlots(moved, plan(changes));
  for (const c of startChangesFor(after, { ...slot, order }, ctx)) {
    const original = slots.find((s) => s.id === c.slotId) as Slot;
    // The request's own change carries its move, so that its undo puts it back in its place.
    const changes2 = c.slotId === slot.id && order !== slot.order ? { ...c.changes, order } : c.changes;
    changes.push({ slotId: c.slotId, changes: changes2, entry: { ...c.entry, before: runState(original) } });
  }
  return plan(changes);
}

/** Undo (Z): the latest action in force is reverted on every slot it touched. */
export function planUndoLastAction(slots: readonly Slot[], ctx: ActionContext): { plan: ModeratorPlan; undone: LastUndo | null } {
  const last = lastUndoableAction(slots);
  if (!last) return { plan: EMPTY, undone: null };
  const changes: SlotChange[] = [];
  const deletes: string[] = [];
  for (const { slotId, entry: e } of last.entries) {
    const slot = slots.find((s) => s.id === slotId);
    if (!slot) continue;
    if (e.before === null) deletes.push(slotId);
    else changes.push(change(slot, runState(e.before), ctx, 'undo', { undoes: last.action }));
  }
  return { plan: plan(changes, [], deletes), undone: { kind: last.kind } };
}

export interface LastUndo {
  kind: SlotLogKind;
}

/**
 * The slots as a plan leaves them, in memory: what the console shows in the very frame of the
 * keypress, before the database (the record) confirms it through its live query.
 */
export function applyPlanToSlots(slots: readonly Slot[], plan: ModeratorPlan): Slot[] {
  if (plan.changes.length + plan.creates.length + plan.deletes.length === 0) return [...slots];
  const changes = new Map(plan.changes.map((c) => [c.slotId, c]));
  const deleted = new Set(plan.deletes);
  const next = slots
    .filter((s) => !deleted.has(s.id))
    .map((s) => {
      const c = changes.get(s.id);
      return c ? { ...s, ...c.changes, log: [...s.log, c.entry], updatedAt: c.entry.at } : s;
    });
  return sortByOrder([...next, ...plan.creates]);
}
