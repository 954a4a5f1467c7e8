import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../renderer/src/domain/core/model';
import {
  applyPlanToSlots,
  currentSlot,
  liveSlot,
  liveSpeaker,
  planCloseFloor,
  planFloorRequest,
  planGiveFloor,
  planMoveRemaining,
  planNext,
  planSkip,
  planToggle,
  planUndoLastAction,
  planWithdraw,
  speakerAfter,
  type ModeratorPlan,
} from '../../../renderer/src/domain/moderator/actions';
import { blockOf, isFloorBlock, requestOutcome, requestsOf } from '../../../renderer/src/domain/moderator/floor-block';
import { floorQueue } from '../../../renderer/src/domain/moderator/floor-queue';
import { runOfShow } from '../../../renderer/src/domain/moderator/run-of-show';
import { sortByOrder } from '../../../renderer/src/domain/programme/slot-order';
import { lineup } from '../../../renderer/src/domain/room-display/view';
import { sessionReport } from '../../../renderer/src/domain/reports/session-report';

const T0 = new Date(2018, 3, 11, 10, 0).getTime();
let n = 0;
const newId = () => `id-${String(++n).padStart(4, '0')}`;
const ctx = (now: number) => ({ now, newId, action: newId() });

function make(id: string, order: string, kind: Slot['kind'], allottedSec: number, stateCode: string | null = null): Slot {
  return {
    id,
    sessionId: 'se',
    seriesId: 'sr',
    order,
    kind,
    participantId: null,
    label: '',
    allottedSec,
    status: 'pending',
    startedAt: null,
    elapsedBeforeMs: 0,
    stateCode,
    log: [],
    themes: [],
    updatedAt: 0,
  };
}

const apply = (slots: Slot[], plan: ModeratorPlan): Slot[] => applyPlanToSlots(slots, plan);
const byId = (slots: Slot[], id: string) => slots.find((s) => s.id === id) as Slot;
const byState = (slots: Slot[], code: string) => slots.find((s) => s.stateCode === code) as Slot;
const request = (slots: Slot[], code: string, at: number) =>
  apply(slots, planFloorRequest(slots, { sessionId: 'se', seriesId: 'sr' }, code, 120, ctx(at)).plan);

/** A session whose moderator's questions are speaking, with a floor block of 10:00 before the closing. */
const session = () => {
  const slots = [
    { ...make('open', 'a0', 'opening', 180), status: 'done' as const, elapsedBeforeMs: 180_000 },
    make('q', 'a1', 'moderator-questions', 300),
    make('floor', 'a2', 'floor', 600),
    make('close', 'a3', 'closing', 180),
  ];
  return apply(slots, planToggle(slots, ctx(T0)));
};

describe('the floor as a block of the session', () => {
  it('queues each request in the block, after the ones before, with its own time per mission', () => {
    let s = session();
    s = request(s, 'BRA', T0 + 1000);
    s = request(s, 'FRA', T0 + 2000);
    s = request(s, 'KEN', T0 + 3000);
    expect(sortByOrder(s).map((x) => x.stateCode ?? x.id)).toEqual(['open', 'q', 'floor', 'BRA', 'FRA', 'KEN', 'close']);
    expect(requestsOf(s, 'floor').map((x) => x.stateCode)).toEqual(['BRA', 'FRA', 'KEN']);
    expect(blockOf(s, byState(s, 'KEN').id)?.id).toBe('floor');
    expect(byState(s, 'FRA').allottedSec).toBe(120);
    expect(floorQueue(s).map((x) => x.stateCode)).toEqual(['BRA', 'FRA', 'KEN']);
  });

  it('runs a session through its floor block: three missions, one withdrawn, each turn timed and recorded as its own', () => {
    let s = session();
    for (const [code, at] of [
      ['BRA', 1],
      ['FRA', 2],
      ['KEN', 3],
    ] as const)
      s = request(s, code, T0 + at * 1000);
    // The moderator's questions end: the floor opens and the first mission has it.
    s = apply(s, planNext(s, ctx(T0 + 60_000)));
    expect(byId(s, 'q').status).toBe('done');
    expect(byId(s, 'floor')).toMatchObject({ status: 'speaking', startedAt: T0 + 60_000 });
    expect(byState(s, 'BRA')).toMatchObject({ status: 'speaking', startedAt: T0 + 60_000 });
    expect(liveSpeaker(s)?.stateCode).toBe('BRA');
    expect(speakerAfter(s, currentSlot(s) ?? null)?.stateCode).toBe('FRA');
    // France withdraws while Brazil speaks.
    s = apply(s, planWithdraw(s, byState(s, 'FRA').id, ctx(T0 + 90_000)));
    expect(floorQueue(s).map((x) => x.stateCode)).toEqual(['KEN']);
    // Brazil ends after 2:08.4: Kenya has the floor; the block stays open.
    s = apply(s, planNext(s, ctx(T0 + 188_400)));
    expect(byState(s, 'BRA')).toMatchObject({ status: 'done', elapsedBeforeMs: 128_400 });
    expect(byState(s, 'KEN')).toMatchObject({ status: 'speaking' });
    expect(byId(s, 'floor').status).toBe('speaking');
    // Kenya ends: nobody waits; the floor stays open (a plate may still go up), between turns.
    s = apply(s, planNext(s, ctx(T0 + 300_000)));
    expect(liveSpeaker(s)).toBeUndefined();
    expect(liveSlot(s)?.id).toBe('floor');
    expect(currentSlot(s)?.id).toBe('floor');
    // Next speaker again: the floor closes and the closing starts.
    s = apply(s, planNext(s, ctx(T0 + 320_000)));
    expect(byId(s, 'floor')).toMatchObject({ status: 'done', elapsedBeforeMs: 260_000 });
    expect(byId(s, 'close').status).toBe('speaking');
    expect(['BRA', 'FRA', 'KEN'].map((c) => requestOutcome(byState(s, c)))).toEqual(['spoke', 'withdrawn', 'spoke']);

    // The record: each mission's turn is its own intervention; France's withdrawal is kept.
    const report = sessionReport(
      {
        series: {
          id: 'sr',
          name: 'S',
          startDate: '2018-04-11',
          endDate: '2018-04-11',
          venue: '',
          defaults: { opening: 180, surStatement: 120, panellist: 360, moderatorQuestions: 300, floor: 120, closing: 180 },
          createdAt: 0,
          updatedAt: 0,
        },
        sessions: [{ id: 'se', seriesId: 'sr', stateCode: 'AZE', date: '2018-04-11', start: '10:00', end: '11:00', room: '', moderator: '', updatedAt: 0 }],
        slots: s,
        participants: [],
        checkIns: [],
        themes: [],
      },
      { id: 'se', seriesId: 'sr', stateCode: 'AZE', date: '2018-04-11', start: '10:00', end: '11:00', room: '', moderator: '', updatedAt: 0 },
      T0 + 400_000,
    );
    // The block is a part of the programme, not a speaker called "Floor".
    expect(report.lines.some((l) => l.kind === 'floor' && l.stateCode === null)).toBe(false);
    expect(report.lines.filter((l) => l.kind === 'floor').map((l) => [l.stateCode, l.spokenMs])).toEqual([
      ['BRA', 128_400],
      ['KEN', 111_600],
    ]);
    expect(report.missionsTookFloor).toEqual(['BRA', 'KEN']);
    expect(report.floorNotHeard).toEqual([{ stateCode: 'FRA', outcome: 'withdrawn' }]);
  });

  it('closing the floor records the missions still waiting as not reached; undo brings them back', () => {
    let s = session();
    for (const [code, at] of [
      ['BRA', 1],
      ['FRA', 2],
      ['KEN', 3],
    ] as const)
      s = request(s, code, T0 + at * 1000);
    s = apply(s, planNext(s, ctx(T0 + 60_000)));
    s = apply(s, planCloseFloor(s, ctx(T0 + 100_000)));
    expect(byState(s, 'BRA')).toMatchObject({ status: 'done', elapsedBeforeMs: 40_000 });
    expect(byId(s, 'floor').status).toBe('done');
    expect(['FRA', 'KEN'].map((c) => requestOutcome(byState(s, c)))).toEqual(['not-reached', 'not-reached']);
    expect(floorQueue(s)).toEqual([]);
    // Nothing else started: the closing is up next.
    expect(currentSlot(s)?.id).toBe('close');
    s = apply(s, planUndoLastAction(s, ctx(T0 + 101_000)).plan);
    expect(floorQueue(s).map((x) => x.stateCode)).toEqual(['FRA', 'KEN']);
    expect(byState(s, 'BRA').status).toBe('speaking');
  });

  it('skipping a block that never opened leaves its missions not reached', () => {
    let s = session();
    s = request(s, 'BRA', T0 + 1000);
    s = apply(s, planSkip(s, 'floor', ctx(T0 + 2000)));
    expect(byId(s, 'floor').status).toBe('skipped');
    expect(requestOutcome(byState(s, 'BRA'))).toBe('not-reached');
  });

  it('with the floor open between turns, Space gives the floor to the first mission waiting', () => {
    let s = session();
    s = request(s, 'BRA', T0 + 1000);
    s = apply(s, planNext(s, ctx(T0 + 10_000))); // Brazil speaks
    s = apply(s, planNext(s, ctx(T0 + 20_000))); // Brazil done; the floor is open, nobody waits
    expect(planToggle(s, ctx(T0 + 21_000)).changes).toEqual([]);
    s = request(s, 'CHL', T0 + 30_000);
    expect(sortByOrder(s).map((x) => x.stateCode ?? x.id)).toEqual(['open', 'q', 'floor', 'BRA', 'CHL', 'close']);
    s = apply(s, planToggle(s, ctx(T0 + 31_000)));
    expect(byState(s, 'CHL')).toMatchObject({ status: 'speaking', startedAt: T0 + 31_000 });
    // Space now pauses Chile, never the block.
    s = apply(s, planToggle(s, ctx(T0 + 40_000)));
    expect(byState(s, 'CHL').status).toBe('paused');
    expect(byId(s, 'floor').status).toBe('speaking');
  });

  it('giving the floor out of turn opens the block, ends the speaker, and moves that mission to the head', () => {
    let s = session();
    for (const [code, at] of [
      ['BRA', 1],
      ['FRA', 2],
    ] as const)
      s = request(s, code, T0 + at * 1000);
    s = apply(s, planGiveFloor(s, byState(s, 'FRA').id, ctx(T0 + 50_000)));
    expect(byId(s, 'q').status).toBe('done');
    expect(byId(s, 'floor').status).toBe('speaking');
    expect(sortByOrder(s).map((x) => x.stateCode ?? x.id)).toEqual(['open', 'q', 'floor', 'FRA', 'BRA', 'close']);
    expect(s.filter((x) => (x.status === 'speaking' || x.status === 'paused') && !isFloorBlock(x))).toHaveLength(1);
  });

  it('a session without a block gets one with the first request, where the Q&A goes', () => {
    let s = [make('open', 'a0', 'opening', 180), make('q', 'a1', 'moderator-questions', 300), make('close', 'a2', 'closing', 180)];
    s = request(s, 'BRA', T0);
    const block = s.find(isFloorBlock);
    expect(block?.allottedSec).toBe(900);
    expect(sortByOrder(s).map((x) => x.stateCode ?? (isFloorBlock(x) ? 'block' : x.id))).toEqual(['open', 'q', 'block', 'BRA', 'close']);
  });

  it('reordering what remains moves a slot past a block and its whole queue, never into it', () => {
    let s = [make('q', 'a1', 'moderator-questions', 300), make('floor', 'a2', 'floor', 600), make('close', 'a3', 'closing', 180)];
    s = request(s, 'BRA', T0);
    s = request(s, 'FRA', T0);
    s = apply(s, planMoveRemaining(s, 'q', 1, ctx(T0)));
    expect(sortByOrder(s).map((x) => x.stateCode ?? x.id)).toEqual(['floor', 'BRA', 'FRA', 'q', 'close']);
    expect(planMoveRemaining(s, 'floor', 1, ctx(T0)).changes).toEqual([]);
  });

  it('the display names who has the floor and which mission is next, not “Floor”', () => {
    let s = session();
    for (const [code, at] of [
      ['BRA', 1],
      ['FRA', 2],
    ] as const)
      s = request(s, code, T0 + at * 1000);
    // While the questions run, next is the first mission waiting, not the block.
    expect(lineup(s).next?.stateCode).toBe('BRA');
    s = apply(s, planNext(s, ctx(T0 + 60_000)));
    const view = lineup(s);
    expect(view.current?.stateCode).toBe('BRA');
    expect(view.next?.stateCode).toBe('FRA');
    expect(view.queue.map((x) => x.stateCode)).toEqual(['FRA']);
  });

  it('the run of show counts a block as its length, or as long as its queue if that is longer', () => {
    const base = [make('q', 'a1', 'moderator-questions', 300), make('floor', 'a2', 'floor', 300), make('close', 'a3', 'closing', 180)];
    const session = { date: '2018-04-11', start: '10:00', end: '11:00' };
    expect(runOfShow(session, base, T0).projectedEnd).toBe(T0 + (300 + 300 + 180) * 1000);
    let s = base;
    for (const code of ['BRA', 'FRA', 'KEN']) s = request(s, code, T0);
    expect(runOfShow(session, s, T0).projectedEnd).toBe(T0 + (300 + 360 + 180) * 1000);
    // Open, with Brazil 30 s into its turn: the speaking time counts Brazil, not the block's time as well.
    s = apply(s, planNext(apply(s, planToggle(s, ctx(T0))), ctx(T0 + 300_000)));
    const show = runOfShow(session, s, T0 + 330_000);
    expect(show.usedMs).toBe(300_000 + 30_000);
    expect(show.projectedEnd).toBe(T0 + 330_000 + (90 + 240 + 180) * 1000);
  });
});
