import { describe, expect, it } from 'vitest';
import { elapsedMs, msUntilNextTick, readTimer } from '../../../renderer/src/domain/moderator/timer';

const T0 = 1_700_000_000_000;
const statement = (startedAt: number | null, elapsedBeforeMs = 0) => ({ startedAt, elapsedBeforeMs, allottedSec: 120 });

describe('timer', () => {
  it('computes elapsed time from the persisted start, never by counting', () => {
    expect(elapsedMs(statement(T0, 5_000), T0 + 10_000)).toBe(15_000);
    expect(elapsedMs(statement(null, 5_000), T0 + 99_000)).toBe(5_000);
  });

  it('shows the 2:00 statement normal, then warning at 1:00 left, final at 0:30, overtime counting up', () => {
    const at = (s: number) => readTimer(statement(T0), 'sur-statement', T0 + s * 1000);
    expect(at(0)).toEqual({ phase: 'normal', seconds: 120, text: '2:00' });
    expect(at(59)).toMatchObject({ phase: 'normal', text: '1:01' });
    expect(at(59.999)).toMatchObject({ phase: 'normal', text: '1:01' });
    expect(at(60)).toMatchObject({ phase: 'warning', text: '1:00' });
    expect(at(89)).toMatchObject({ phase: 'warning', text: '0:31' });
    expect(at(90)).toMatchObject({ phase: 'final', text: '0:30' });
    expect(at(119.5)).toMatchObject({ phase: 'final', text: '0:01' });
    expect(at(120)).toMatchObject({ phase: 'overtime', text: '+0:00' });
    expect(at(185)).toMatchObject({ phase: 'overtime', seconds: 65, text: '+1:05' });
  });

  it('keeps time across a pause: the paused seconds do not count', () => {
    // Spoke 50 s, paused, resumed later: elapsedBefore 50 s, running again from the resume.
    const resumed = statement(T0 + 600_000, 50_000);
    expect(readTimer(resumed, 'sur-statement', T0 + 610_000).text).toBe('1:00');
  });

  it('says when the shown second changes next (so the display repaints only then)', () => {
    expect(msUntilNextTick(statement(T0), T0 + 500)).toBe(500);
    expect(msUntilNextTick(statement(T0), T0)).toBe(1000);
    expect(msUntilNextTick(statement(T0), T0 + 121_250)).toBe(750);
    expect(msUntilNextTick(statement(null, 3000), T0)).toBeNull();
  });
});
