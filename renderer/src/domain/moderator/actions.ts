/**
 * What each moderator action does to a session's slots, as a plan of changes the command
 * writes in one transaction. Pure: the slots, the clock and id makers come in; a plan comes out.
 *
 * Invariants every plan keeps:
 * - at most one slot of a session is live (speaking or paused);
 * - every changed slot gets one log entry of the action, holding the fields it had before,
 *   so that Undo restores exactly those (and deletes a slot the action created);
 * - the timer fields follow DESIGN.md: a stopped slot has `startedAt: null` and all its spoken
 *   time in `elapsedBeforeMs`; a running one keeps `startedAt` and adds nothing until stopped.
 */
import type { IdMaker } from '../core/ids';
import type { Slot, SlotLogEntry, SlotLogKind, SlotRunState, StateCode } from '../core/model';
import { floorQueue, openRequestOf, orderForNewRequest, orderForQueueMove } from './floor-queue';
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

/** The slot speaking or paused now, if any. */
export function liveSlot<T extends Pick<Slot, 'status' | 'order' | 'id'>>(slots: readonly T[]): T | undefined {
  return sortByOrder(slots).find(isLive);
}

/** The slot the console is about: the live one, else the next pending one. */
export function currentSlot<T extends Pick<Slot, 'status' | 'order' | 'id'>>(slots: readonly T[]): T | undefined {
  const sorted = sortByOrder(slots);
  return sorted.find(isLive) ?? sorted.find((s) => s.status === 'pending');
}

/** The first pending slot after the given one in programme order (or the first pending at all). */
export function nextPending<T extends Pick<Slot, 'status' | 'order' | 'id'>>(slots: readonly T[], after?: T): T | undefined {
  const sorted = sortByOrder(slots);
  const from = after ? sorted.findIndex((s) => s.id === after.id) + 1 : 0;
  return sorted.slice(from).find((s) => s.status === 'pending') ?? sorted.find((s) => s.status === 'pending');
}

function stopChanges(slot: Slot, now: number, status: Slot['status']): Partial<SlotRunState> {
  const spoken = slot.startedAt === null ? 0 : Math.max(0, now - slot.startedAt);
  return { status, startedAt: null, elapsedBeforeMs: slot.elapsedBeforeMs + spoken };
}

/** Start: the given pending slot, or the next one; refused (empty plan) while a slot is live. */
export function planStart(slots: readonly Slot[], ctx: ActionContext, slotId?: string): ModeratorPlan {
  if (liveSlot(slots)) return EMPTY;
  const target = slotId ? slots.find((s) => s.id === slotId && s.status === 'pending') : nextPending(slots);
  if (!target) return EMPTY;
  return plan([change(target, { status: 'speaking', startedAt: ctx.now }, ctx, 'start')]);
}

export function planPause(slots: readonly Slot[], ctx: ActionContext): ModeratorPlan {
  const live = liveSlot(slots);
  if (!live || live.status !== 'speaking') return EMPTY;
  return plan([change(live, stopChanges(live, ctx.now, 'paused'), ctx, 'pause')]);
}

export function planResume(slots: readonly Slot[], ctx: ActionContext): ModeratorPlan {
  const live = liveSlot(slots);
  if (!live || live.status !== 'paused') return EMPTY;
  return plan([change(live, { status: 'speaking', startedAt: ctx.now }, ctx, 'resume')]);
}

/** Space: pause the speaker, resume them, or start the next slot when none is live. */
export function planToggle(slots: readonly Slot[], ctx: ActionContext): ModeratorPlan {
  const live = liveSlot(slots);
  if (!live) return planStart(slots, ctx);
  return live.status === 'speaking' ? planPause(slots, ctx) : planResume(slots, ctx);
}

/** Next speaker: the live slot is done, the next pending one starts (or the first, if none was live). */
export function planNext(slots: readonly Slot[], ctx: ActionContext): ModeratorPlan {
  const live = liveSlot(slots);
  if (!live) return planStart(slots, ctx);
  const following = sortByOrder(slots)
    .slice(sortByOrder(slots).findIndex((s) => s.id === live.id) + 1)
    .find((s) => s.status === 'pending');
  const changes = [change(live, stopChanges(live, ctx.now, 'done'), ctx, 'end')];
  if (following) changes.push(change(following, { status: 'speaking', startedAt: ctx.now }, ctx, 'start'));
  return plan(changes);
}

/** Skip a slot not yet spoken (for the SuR statement: "not made"). */
export function planSkip(slots: readonly Slot[], slotId: string, ctx: ActionContext): ModeratorPlan {
  const slot = slots.find((s) => s.id === slotId);
  if (!slot || slot.status !== 'pending') return EMPTY;
  return plan([change(slot, { status: 'skipped' }, ctx, 'skip')]);
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
 * after (+1) it; slots already spoken stay where they were.
 */
export function planMoveRemaining(slots: readonly Slot[], slotId: string, direction: -1 | 1, ctx: ActionContext): ModeratorPlan {
  const pending = sortByOrder(slots).filter((s) => s.status === 'pending');
  const index = pending.findIndex((s) => s.id === slotId);
  const neighbour = pending[index + direction];
  if (index < 0 || !neighbour) return EMPTY;
  const others = sortByOrder(slots).filter((s) => s.id !== slotId);
  const at = others.findIndex((s) => s.id === neighbour.id) + (direction === 1 ? 1 : 0);
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
 * (or speaking) adds no entry; it is recorded on the existing one ("requested-again").
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
  const slot: Slot = {
    id: ctx.newId(),
    sessionId: base.sessionId,
    seriesId: base.seriesId,
    order: orderForNewRequest(slots),
    kind: 'floor',
    participantId: null,
    label: '',
    allottedSec,
    status: 'pending',
    startedAt: null,
    elapsedBeforeMs: 0,
    stateCode,
    log: [],
    themes: [],
    updatedAt: ctx.now,
  };
  slot.log.push(entry(ctx, 'queued', null));
  return { plan: plan([], [slot]), result: { kind: 'added', slotId: slot.id } };
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
 * Give the floor: the live slot (if any) is done; the request moves to the head of the queue
 * (the Q&A part of the programme stays where it is) and its timer starts.
 */
export function planGiveFloor(slots: readonly Slot[], slotId: string, ctx: ActionContext): ModeratorPlan {
  const queue = floorQueue(slots);
  const slot = queue.find((s) => s.id === slotId);
  if (!slot) return EMPTY;
  const changes: SlotChange[] = [];
  const live = liveSlot(slots);
  if (live) changes.push(change(live, stopChanges(live, ctx.now, 'done'), ctx, 'end'));
  const order = queue[0]?.id === slot.id ? slot.order : orderForQueueMove(slots, slot.id, 0);
  changes.push(change(slot, { status: 'speaking', startedAt: ctx.now, ...(order !== slot.order ? { order } : {}) }, ctx, 'start'));
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
