import { describe, expect, it } from 'vitest';
import { elapsedMs, msUntilNextTick, phaseWords, readTimer, wholeSeconds, PHASE_THRESHOLDS } from '../../../renderer/src/domain/moderator/timer';
import { SLOT_KINDS } from '../../../renderer/src/domain/core/model';

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

  it('says only what is true at every second it shows: the words claim no more time than the digits', () => {
    // Every second (and every half second) of a 2:00 statement and a minute over, for every kind of slot.
    for (const kind of SLOT_KINDS) {
      for (let ms = 0; ms <= 180_000; ms += 500) {
        const reading = readTimer(statement(T0), kind, T0 + ms);
        const words = phaseWords(reading.phase, kind);
        if (words.key === 'timeUp') expect(reading.text.startsWith('+')).toBe(true);
        else expect(reading.text.startsWith('+')).toBe(false);
        // "Last minute" / "Last 30 seconds": the time left is within what the words say.
        if (words.key === 'lastMinutes') expect(reading.seconds).toBeLessThanOrEqual(words.count * 60);
        if (words.key === 'lastSeconds') expect(reading.seconds).toBeLessThanOrEqual(words.count);
        // "On time": more than the warning's time is left.
        if (words.key === 'onTime') expect(reading.seconds).toBeGreaterThan(PHASE_THRESHOLDS[kind].warningSec);
      }
    }
    expect(phaseWords('warning', 'floor')).toEqual({ key: 'lastMinutes', count: 1 });
    expect(phaseWords('final', 'panellist')).toEqual({ key: 'lastSeconds', count: 30 });
  });

  it('rounds seconds by one rule: a second counts once it is over, so 2:08.9 spoken is 2:08 everywhere', () => {
    expect(wholeSeconds(128_999)).toBe(128);
    expect(wholeSeconds(129_000)).toBe(129);
    expect(wholeSeconds(-5)).toBe(0);
    // The countdown is the allotted time less those whole seconds: 3:00 less 2:08 shows 0:52.
    const opening = { startedAt: null, elapsedBeforeMs: 128_900, allottedSec: 180 };
    expect(readTimer(opening, 'opening', T0).text).toBe('0:52');
    // Overtime: 2:08.9 of a 2:00 statement is +0:08, as the record's 128 − 120.
    expect(readTimer({ ...opening, allottedSec: 120 }, 'sur-statement', T0).text).toBe('+0:08');
  });
});
