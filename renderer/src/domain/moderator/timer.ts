/**
 * The speaking timer, computed from the record (DESIGN.md, "Timer model"): a slot keeps
 * `startedAt` (epoch ms, null while stopped) and `elapsedBeforeMs`; the time shown is derived
 * from them and the clock at display time. Nothing counts intervals, so nothing drifts, and a
 * reload, a crash or a second window shows the same time.
 */
import type { Slot, SlotKind } from '../core/model';

export type TimerPhase = 'normal' | 'warning' | 'final' | 'overtime';

export interface PhaseThresholds {
  /** Seconds left when the warning phase begins (amber). */
  warningSec: number;
  /** Seconds left when the final phase begins (red, still counting down). */
  finalSec: number;
}

/**
 * Per kind of slot. Speakers with minutes of their own get a warning at 1:00 and a final call
 * at 0:30; a mission's 2-minute floor intervention too, so that missions are treated alike.
 * The moderator's own slots warn them the same way: they keep the hour.
 */
export const PHASE_THRESHOLDS: Readonly<Record<SlotKind, PhaseThresholds>> = {
  opening: { warningSec: 60, finalSec: 30 },
  'sur-statement': { warningSec: 60, finalSec: 30 },
  panellist: { warningSec: 60, finalSec: 30 },
  'moderator-questions': { warningSec: 60, finalSec: 30 },
  floor: { warningSec: 60, finalSec: 30 },
  closing: { warningSec: 60, finalSec: 30 },
};

export type TimedSlot = Pick<Slot, 'startedAt' | 'elapsedBeforeMs' | 'allottedSec'>;

/** Milliseconds spoken: `elapsedBeforeMs + (now - startedAt)` while running. */
export function elapsedMs(slot: Pick<Slot, 'startedAt' | 'elapsedBeforeMs'>, now: number): number {
  const running = slot.startedAt === null ? 0 : Math.max(0, now - slot.startedAt);
  return slot.elapsedBeforeMs + running;
}

/** Milliseconds left of the allotted time; negative in overtime. */
export function remainingMs(slot: TimedSlot, now: number): number {
  return slot.allottedSec * 1000 - elapsedMs(slot, now);
}

/**
 * The one rounding rule for time on screen and in the record: a second counts once it is
 * over (whole seconds spoken = floor). The console, the room display and the reports all
 * derive what they show from it, so "2:08 spoken" is 2:08 everywhere, and the countdown
 * ("0:52 left" of 3:00) is the allotted time less the same whole seconds.
 */
export function wholeSeconds(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000));
}

/** "2:08": minutes and seconds of a duration in whole seconds. */
export function minutesSeconds(totalSeconds: number): string {
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

export interface TimerReading {
  phase: TimerPhase;
  /** Whole seconds shown: left (counting down), or over (counting up in overtime). */
  seconds: number;
  /** "1:05", or "+0:12" in overtime. */
  text: string;
}

/**
 * What the timer shows, from the whole seconds spoken (`wholeSeconds`): counting down, the
 * allotted time less them, so "1:00" appears exactly when one minute is left and "0:00" never
 * shows; from the allotted time on, overtime counts up from "+0:00". The phase follows the
 * seconds shown, so the colour, the words and the digits always change together.
 */
export function readTimer(slot: TimedSlot, kind: SlotKind, now: number): TimerReading {
  const spoken = wholeSeconds(elapsedMs(slot, now));
  if (spoken >= slot.allottedSec) {
    const over = spoken - slot.allottedSec;
    return { phase: 'overtime', seconds: over, text: `+${minutesSeconds(over)}` };
  }
  const seconds = slot.allottedSec - spoken;
  const { warningSec, finalSec } = PHASE_THRESHOLDS[kind];
  const phase: TimerPhase = seconds <= finalSec ? 'final' : seconds <= warningSec ? 'warning' : 'normal';
  return { phase, seconds, text: minutesSeconds(seconds) };
}

/**
 * The words of a phase, true at every second they are shown: the warning phase is the last
 * `warningSec` ("Last minute" at 1:00 to 0:31), the final one the last `finalSec` ("Last 30
 * seconds" at 0:30 to 0:01), overtime "Time is up". A whole number of minutes is said in
 * minutes. The interface language gives the words (i18n keys `…lastMinutes`, `…lastSeconds`).
 */
export type PhaseWords = { key: 'onTime' } | { key: 'lastMinutes' | 'lastSeconds'; count: number } | { key: 'timeUp' };

export function phaseWords(phase: TimerPhase, kind: SlotKind): PhaseWords {
  if (phase === 'normal') return { key: 'onTime' };
  if (phase === 'overtime') return { key: 'timeUp' };
  const { warningSec, finalSec } = PHASE_THRESHOLDS[kind];
  const limit = phase === 'warning' ? warningSec : finalSec;
  return limit % 60 === 0 ? { key: 'lastMinutes', count: limit / 60 } : { key: 'lastSeconds', count: limit };
}

/**
 * Milliseconds until the shown second changes (for a display that repaints only then);
 * null when the timer is stopped and nothing will change.
 */
export function msUntilNextTick(slot: TimedSlot, now: number): number | null {
  if (slot.startedAt === null) return null;
  const left = remainingMs(slot, now);
  // Both ways the shown second changes when `left` crosses the next multiple of 1000 below it.
  const into = ((left % 1000) + 1000) % 1000;
  return into === 0 ? 1000 : into;
}
