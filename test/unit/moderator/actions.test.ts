import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../renderer/src/domain/core/model';
import {
  applyPlanToSlots,
  currentSlot,
  planAbsent,
  planAdjust,
  planFloorRequest,
  planGiveFloor,
  planMoveRemaining,
  planNext,
  planStart,
  planToggle,
  planUndoLastAction,
  type ModeratorPlan,
} from '../../../renderer/src/domain/moderator/actions';
import { slotTimings, undoneActions } from '../../../renderer/src/domain/moderator/record';
import { sortByOrder } from '../../../renderer/src/domain/programme/slot-order';
import { readTimer } from '../../../renderer/src/domain/moderator/timer';

const T0 = 1_700_000_000_000;
let n = 0;
const newId = () => `id-${++n}`;
const ctx = (now: number) => ({ now, newId, action: newId() });

function make(id: string, order: string, kind: Slot['kind'], allottedSec: number): Slot {
  return {
    id,
    sessionId: 'se',
    seriesId: 'sr',
    order,
    kind,
    participantId: null,
    label: id,
    allottedSec,
    status: 'pending',
    startedAt: null,
    elapsedBeforeMs: 0,
    stateCode: null,
    log: [],
    themes: [],
    updatedAt: 0,
  };
}

/** Applies a plan as the command does, so a sequence of actions can be played. */
const apply = (slots: Slot[], plan: ModeratorPlan): Slot[] => applyPlanToSlots(slots, plan);

const session = () => [
  make('open', 'a0', 'opening', 180),
  make('sur', 'a1', 'sur-statement', 120),
  make('p1', 'a2', 'panellist', 360),
  make('p2', 'a3', 'panellist', 360),
  make('q', 'a4', 'moderator-questions', 300),
  make('close', 'a5', 'closing', 180),
];
const byId = (slots: Slot[], id: string) => slots.find((s) => s.id === id) as Slot;

describe('moderator actions', () => {
  it('start, pause, resume and next keep time exactly, with one live slot at a time', () => {
    let s = session();
    s = apply(s, planToggle(s, ctx(T0))); // Space: start the opening
    expect(byId(s, 'open')).toMatchObject({ status: 'speaking', startedAt: T0 });
    s = apply(s, planToggle(s, ctx(T0 + 40_000))); // pause after 40 s
    expect(byId(s, 'open')).toMatchObject({ status: 'paused', startedAt: null, elapsedBeforeMs: 40_000 });
    expect(planStart(s, ctx(T0 + 41_000)).changes).toEqual([]); // refused: a slot is live
    s = apply(s, planToggle(s, ctx(T0 + 100_000))); // resume a minute later
    s = apply(s, planNext(s, ctx(T0 + 110_000))); // 50 s spoken in all
    expect(byId(s, 'open')).toMatchObject({ status: 'done', elapsedBeforeMs: 50_000 });
    expect(byId(s, 'sur')).toMatchObject({ status: 'speaking', startedAt: T0 + 110_000 });
    expect(s.filter((x) => x.status === 'speaking' || x.status === 'paused')).toHaveLength(1);
    expect(readTimer(byId(s, 'sur'), 'sur-statement', T0 + 170_000).phase).toBe('warning');

    const timings = slotTimings(byId(s, 'open'), undoneActions(s), T0 + 200_000);
    expect(timings).toMatchObject({ actualStart: T0, actualEnd: T0 + 110_000, spokenMs: 50_000, overtimeMs: 0 });
    expect(timings.pauses).toEqual([{ from: T0 + 40_000, to: T0 + 100_000 }]);
  });

  it('undo reverts the last action on every slot it touched, one action at a time', () => {
    let s = session();
    s = apply(s, planStart(s, ctx(T0)));
    s = apply(s, planNext(s, ctx(T0 + 60_000)));
    s = apply(s, planUndoLastAction(s, ctx(T0 + 61_000)).plan); // undo "Next speaker"
    expect(byId(s, 'open')).toMatchObject({ status: 'speaking', startedAt: T0 });
    expect(byId(s, 'sur')).toMatchObject({ status: 'pending', startedAt: null });
    s = apply(s, planUndoLastAction(s, ctx(T0 + 62_000)).plan); // undo "Start"
    expect(byId(s, 'open')).toMatchObject({ status: 'pending', startedAt: null });
    expect(planUndoLastAction(s, ctx(T0 + 63_000)).undone).toBeNull();
    // The record kept everything, with the undos.
    expect(byId(s, 'open').log.map((e) => e.kind)).toEqual(['start', 'end', 'undo', 'undo']);
    expect(slotTimings(byId(s, 'open'), undoneActions(s), T0).actualStart).toBeNull();
  });

  it('marks a panellist absent with a private reason; the slot stays in the record', () => {
    let s = session();
    s = apply(s, planAbsent(s, 'p1', ' Travel ban ', false, ctx(T0)));
    expect(byId(s, 'p1').status).toBe('absent');
    expect(slotTimings(byId(s, 'p1'), undoneActions(s), T0).absence).toEqual({ reason: 'Travel ban', reasonPublic: false });
  });

  it('adjusts the current slot by 30 s, never below zero', () => {
    let s = session();
    s = apply(s, planAdjust(s, 30, ctx(T0)));
    expect(byId(s, 'open').allottedSec).toBe(210);
    s = apply(s, planAdjust(s, -30, ctx(T0)));
    s = apply(s, planAdjust(s, -30, ctx(T0)));
    expect(byId(s, 'open').allottedSec).toBe(150);
    expect(currentSlot(s)?.id).toBe('open');
  });

  it('reorders what remains', () => {
    let s = session();
    s = apply(s, planMoveRemaining(s, 'p2', -1, ctx(T0)));
    expect(sortByOrder(s).map((x) => x.id)).toEqual(['open', 'sur', 'p2', 'p1', 'q', 'close']);
    s = apply(s, planMoveRemaining(s, 'p2', 1, ctx(T0)));
    expect(sortByOrder(s).map((x) => x.id)).toEqual(['open', 'sur', 'p1', 'p2', 'q', 'close']);
  });

  it('adds a mission to the floor once, records a second request, gives the floor and undoes the addition', () => {
    let s = session();
    const first = planFloorRequest(s, { sessionId: 'se', seriesId: 'sr' }, 'DEU', 120, ctx(T0));
    expect(first.result.kind).toBe('added');
    s = apply(s, first.plan);
    const again = planFloorRequest(s, { sessionId: 'se', seriesId: 'sr' }, 'DEU', 120, ctx(T0 + 1000));
    expect(again.result).toEqual({ kind: 'already-queued', slotId: first.result.slotId });
    s = apply(s, again.plan);
    // A session without a floor block gets one, with the request queued in it; the second request adds nothing.
    expect(s.filter((x) => x.kind === 'floor' && x.stateCode === 'DEU')).toHaveLength(1);
    expect(s.filter((x) => x.kind === 'floor' && x.stateCode === null)).toHaveLength(1);
    const fra = planFloorRequest(s, { sessionId: 'se', seriesId: 'sr' }, 'FRA', 120, ctx(T0 + 2000));
    s = apply(s, fra.plan);
    // The floor goes to France first: it moves to the head of the queue, ahead of Germany, and starts.
    s = apply(s, planGiveFloor(s, fra.result.slotId, ctx(T0 + 3000)));
    expect(byId(s, fra.result.slotId)).toMatchObject({ status: 'speaking', startedAt: T0 + 3000 });
    expect(sortByOrder(s).map((x) => x.stateCode ?? (x.kind === 'floor' ? 'block' : x.id))).toEqual([
      'open',
      'sur',
      'p1',
      'p2',
      'q',
      'block',
      'FRA',
      'DEU',
      'close',
    ]);
    // Giving the floor opened the block around France's turn.
    expect(s.find((x) => x.kind === 'floor' && x.stateCode === null)).toMatchObject({ status: 'speaking', startedAt: T0 + 3000 });
    s = apply(s, planUndoLastAction(s, ctx(T0 + 4000)).plan);
    expect(s.find((x) => x.kind === 'floor' && x.stateCode === null)?.status).toBe('pending');
    s = apply(s, planUndoLastAction(s, ctx(T0 + 5000)).plan);
    expect(s.some((x) => x.stateCode === 'FRA')).toBe(false);
  });
});
