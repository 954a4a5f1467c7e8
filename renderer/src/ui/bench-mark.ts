/**
 * Marks in the performance timeline, read by `npm run bench`. They stay in production, since a
 * mark costs next to nothing, but the timeline keeps every one until cleared: a room display
 * marking each second all day, or a desk marking each keystroke, would hold tens of thousands.
 * So each name keeps at most MARKS_KEPT_PER_NAME; the benches read far fewer at a time.
 */
export const MARKS_KEPT_PER_NAME = 1000;

const counts = new Map<string, number>();

export function benchMark(name: string, detail?: string): void {
  const count = (counts.get(name) ?? 0) + 1;
  if (count > MARKS_KEPT_PER_NAME) {
    performance.clearMarks(name);
    counts.set(name, 1);
  } else {
    counts.set(name, count);
  }
  performance.mark(name, detail === undefined ? undefined : { detail });
}

/** Marks `name` once the next frame has been painted (a timer after the frame's callback). */
export function benchMarkAfterPaint(name: string, detail?: string): () => void {
  const frame = requestAnimationFrame(() => setTimeout(() => benchMark(name, detail), 0));
  return () => cancelAnimationFrame(frame);
}
