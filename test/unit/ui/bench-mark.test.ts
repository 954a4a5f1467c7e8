import { describe, expect, it } from 'vitest';
import { benchMark, MARKS_KEPT_PER_NAME } from '../../../renderer/src/ui/bench-mark';

describe('bench marks', () => {
  it('keep the timeline bounded: a display ticking all day holds at most a thousand marks of a name', () => {
    for (let second = 0; second < 3 * MARKS_KEPT_PER_NAME + 10; second += 1) benchMark('test:tick', String(second));
    const kept = performance.getEntriesByName('test:tick', 'mark');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(MARKS_KEPT_PER_NAME);
    // The latest are kept, with their detail, for the bench to read.
    expect((kept.at(-1) as PerformanceMark).detail).toBe(String(3 * MARKS_KEPT_PER_NAME + 9));
    // Other names are left alone.
    benchMark('test:other');
    expect(performance.getEntriesByName('test:other', 'mark')).toHaveLength(1);
  });
});
