/**
 * A stable sort that stops now and then to let the page paint and answer: sorting 20,000 names
 * with a collator takes a tenth of a second or more, too long for one task. Runs of a few hundred
 * items are sorted by the engine, then merged pass by pass, awaiting `pause()` after about `step`
 * comparisons. The order is the engine's stable sort's.
 */
const RUN = 512;

export async function sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number, pause: () => Promise<void>, step = 4000): Promise<T[]> {
  let source = items.slice();
  let work = 0;
  for (let start = 0; start < source.length; start += RUN) {
    const run = source.slice(start, start + RUN).sort(compare);
    for (let i = 0; i < run.length; i++) source[start + i] = run[i] as T;
    // About n log n comparisons for a run of n.
    work += run.length * 9;
    if (work >= step) {
      work = 0;
      await pause();
    }
  }
  let target = new Array<T>(source.length);
  for (let width = RUN; width < source.length; width *= 2) {
    for (let left = 0; left < source.length; left += 2 * width) {
      const middle = Math.min(left + width, source.length);
      const right = Math.min(left + 2 * width, source.length);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        // The left run first when equal: stable.
        target[k++] = compare(source[j] as T, source[i] as T) < 0 ? (source[j++] as T) : (source[i++] as T);
        if (++work >= step) {
          work = 0;
          await pause();
        }
      }
      while (i < middle) target[k++] = source[i++] as T;
      while (j < right) target[k++] = source[j++] as T;
    }
    [source, target] = [target, source];
  }
  return source;
}
