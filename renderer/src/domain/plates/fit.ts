/**
 * Name fitting: the largest size at which a text fits a box on at most N lines.
 *
 * Pure: the width of a piece of text comes from a measurer passed in (in the app, a canvas 2D
 * context with the bundled print font, once loaded). Widths scale linearly with the font size,
 * so each piece is measured once, in em, and every candidate size is plain arithmetic.
 *
 * For every way of breaking the words into 1..maxLines lines (few words, so few ways), the size
 * is limited by the widest line and by the height of the lines; the best break is the one that
 * allows the largest size, which also balances the lines ("United Kingdom of Great Britain /
 * and Northern Ireland" rather than a long first line and one word below).
 */
import { MM_PER_PT } from './geometry';

/** Width of `text` set at 1 unit of font size (i.e. in em). */
export type MeasureEm = (text: string) => number;

export interface FitBox {
  /** mm */
  width: number;
  /** mm */
  height: number;
  maxLines: number;
  /** pt: never larger, even for a short name. */
  maxSize: number;
  /** pt: smaller than this does not read from across the table. */
  minSize: number;
  /** Line height in em. */
  lineHeight: number;
}

export interface FitResult {
  /** pt */
  size: number;
  lines: string[];
  /** false: even at minSize the text needs more lines or more width than the box has. */
  fits: boolean;
}

/** Canvas widths and print layout differ by a hair: keep this much of the width in reserve. */
const WIDTH_SAFETY = 0.97;
/** Above this many words, the greedy break (at each size) stands in for the exhaustive one. */
const EXHAUSTIVE_WORD_LIMIT = 24;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** All ways to cut `count` words into `lines` non-empty consecutive groups, as cut positions. */
function* cuts(count: number, lines: number, from = 1): Generator<number[]> {
  if (lines === 1) {
    yield [];
    return;
  }
  for (let at = from; at <= count - (lines - 1); at += 1) {
    for (const rest of cuts(count, lines - 1, at + 1)) yield [at, ...rest];
  }
}

function split(list: string[], at: number[]): string[] {
  const bounds = [0, ...at, list.length];
  const lines: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 1) lines.push(list.slice(bounds[i], bounds[i + 1]).join(' '));
  return lines;
}

/** The size (pt) at which these lines just fit the box, capped at maxSize. */
function sizeFor(lines: string[], box: FitBox, measure: MeasureEm): number {
  const widest = Math.max(...lines.map((l) => measure(l)));
  const byWidth = widest > 0 ? (box.width * WIDTH_SAFETY) / (widest * MM_PER_PT) : Infinity;
  const byHeight = box.height / (lines.length * box.lineHeight * MM_PER_PT);
  return Math.min(box.maxSize, byWidth, byHeight);
}

/** Greedy line filling at a given size, for long custom texts. */
function greedy(list: string[], widthEm: number, measure: MeasureEm): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of list) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > widthEm) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** Rounds down to half points, the steps people choose sizes in. */
function roundDown(size: number): number {
  return Math.floor(size * 2) / 2;
}

export function fitText(text: string, box: FitBox, measure: MeasureEm): FitResult {
  const list = words(text);
  if (list.length === 0) return { size: box.maxSize, lines: [], fits: true };
  const cache = new Map<string, number>();
  const measured: MeasureEm = (t) => {
    let w = cache.get(t);
    if (w === undefined) {
      w = measure(t);
      cache.set(t, w);
    }
    return w;
  };

  let best: { size: number; lines: string[]; widest?: number } | null = null;
  if (list.length <= EXHAUSTIVE_WORD_LIMIT) {
    for (let count = 1; count <= Math.min(box.maxLines, list.length); count += 1) {
      for (const at of cuts(list.length, count)) {
        const lines = split(list, at);
        const size = sizeFor(lines, box, measured);
        const widest = Math.max(...lines.map(measured));
        // Larger first; at equal size (the height decides), fewer lines, then the most even lines.
        const better =
          !best ||
          size > best.size + 1e-6 ||
          (Math.abs(size - best.size) <= 1e-6 && lines.length === best.lines.length && widest < (best.widest ?? Infinity) - 1e-9);
        if (better) best = { size, lines, widest };
      }
    }
  } else {
    for (let size = box.maxSize; size >= box.minSize; size -= 0.5) {
      const lines = greedy(list, (box.width * WIDTH_SAFETY) / (size * MM_PER_PT), measured);
      if (lines.length <= box.maxLines && sizeFor(lines, box, measured) >= size - 1e-9) {
        best = { size, lines };
        break;
      }
    }
  }

  if (best && best.size >= box.minSize) return { size: roundDown(best.size), lines: best.lines, fits: true };
  // Never shrink below readable: keep the minimum size and wrap onto as many lines as it takes.
  const lines = greedy(list, (box.width * WIDTH_SAFETY) / (box.minSize * MM_PER_PT), measured);
  return { size: box.minSize, lines, fits: false };
}
