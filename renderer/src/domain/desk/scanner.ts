/**
 * Tells a keyboard-wedge scanner from a person: a scanner "types" the badge code in a burst,
 * a few milliseconds between keys, and ends it with Enter. People type 100-250 ms apart; the
 * limit is generous because a busy laptop delays key events too. A fast typist taken for a
 * scanner loses nothing: the desk then finds no badge and leaves the Enter to the search field.
 * Pure: fed with keys and their times by the desk screen, it answers with the code scanned.
 */
export interface WedgeOptions {
  /** Longest pause between two keys of one scan. */
  maxGapMs: number;
  /** Shortest code taken for a scan (a person's Enter after two quick keys is not one). */
  minLength: number;
}

export const WEDGE_DEFAULTS: WedgeOptions = { maxGapMs: 80, minLength: 4 };

export interface WedgeDetector {
  /** A printable character typed at `time` (ms). */
  key(char: string, time: number): void;
  /** Enter at `time`: the code when the keys before it came as a scan, else null. Resets. */
  enter(time: number): string | null;
  reset(): void;
}

export function createWedgeDetector(options: WedgeOptions = WEDGE_DEFAULTS): WedgeDetector {
  let chars: string[] = [];
  let last = -Infinity;
  return {
    key(char, time) {
      // A slow key starts a new burst: what came before was a person typing.
      if (time - last > options.maxGapMs) chars = [];
      chars.push(char);
      last = time;
    },
    enter(time) {
      const code = time - last <= options.maxGapMs && chars.length >= options.minLength ? chars.join('') : null;
      chars = [];
      last = -Infinity;
      return code;
    },
    reset() {
      chars = [];
      last = -Infinity;
    },
  };
}
