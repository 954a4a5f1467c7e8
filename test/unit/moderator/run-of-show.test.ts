import { describe, expect, it } from 'vitest';
import type { Slot } from '../../../renderer/src/domain/core/model';
import { localEpoch, runOfShow } from '../../../renderer/src/domain/moderator/run-of-show';

const session = { date: '2018-04-11', start: '10:00', end: '11:00' };
const T0 = localEpoch(session.date, session.start);
function make(id: string, order: string, allottedSec: number, fields: Partial<Slot> = {}): Slot {
  return {
    id,
    sessionId: 'se',
    seriesId: 'sr',
    order,
    kind: 'panellist',
    participantId: null,
    label: '',
    allottedSec,
    status: 'pending',
    startedAt: null,
    elapsedBeforeMs: 0,
    stateCode: null,
    log: [],
    themes: [],
    updatedAt: 0,
    ...fields,
  };
}
const start = (at: number) => ({
  id: `e${at}`,
  action: `a${at}`,
  kind: 'start' as const,
  at,
  deltaSec: 0,
  reason: '',
  reasonPublic: false,
  before: null,
  undoes: null,
});

describe('run of show', () => {
  it('before the start: the programme as planned, projected end from the scheduled start', () => {
    const show = runOfShow(session, [make('a', 'a0', 1800), make('b', 'a1', 1800)], T0 - 600_000);
    expect(show).toMatchObject({ actualStart: null, usedMs: 0, projectedEnd: T0 + 3_600_000, behindMinutes: 0 });
    expect(show.slots.map((s) => s.expectedStart)).toEqual([T0, T0 + 1_800_000]);
  });

  it('started 4 minutes late and running over: "+N min", time left per remaining slot', () => {
    const late = T0 + 240_000;
    const slots = [
      make('a', 'a0', 600, { status: 'done', elapsedBeforeMs: 660_000, log: [start(late)] }),
      make('b', 'a1', 600, { status: 'speaking', startedAt: late + 660_000, log: [start(late + 660_000)] }),
      make('c', 'a2', 2400),
    ];
    const now = late + 660_000 + 100_000;
    const show = runOfShow(session, slots, now);
    expect(show.actualStart).toBe(late);
    expect(show.usedMs).toBe(760_000);
    expect(show.slots.map((s) => s.leftMs)).toEqual([0, 500_000, 2_400_000]);
    // 4 min late + 1 min over in the first slot = 5 min behind.
    expect(show.projectedEnd).toBe(now + 500_000 + 2_400_000);
    expect(show.behindMinutes).toBe(5);
  });
});
