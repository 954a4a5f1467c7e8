/**
 * What the room display shows, from the record: who speaks (never the name of a confidential
 * panellist), who is next, the floor queue, the phase in words as well as colour, and how far
 * the progress bar has run. Pure: slots, people and the clock in; plain values out.
 */
import type { Participant, Slot, SlotKind } from '../core/model';
import { personOnSurface, type PublicSurface } from '../privacy/public-surfaces';
import { currentSlot, isLive, speakerAfter } from '../moderator/actions';
import { isFloorBlock } from '../moderator/floor-block';
import { floorQueue } from '../moderator/floor-queue';
import { stateName } from '../states/states';
import type { Language } from '../core/language';
import { phaseWords, readTimer, remainingMs, type PhaseWords, type TimerPhase, type TimerReading } from '../moderator/timer';

/** Words the display needs from the interface language (the domain holds no translations). */
export interface RoomDisplayWords {
  kinds: Readonly<Record<SlotKind, string>>;
  /** Shown under a State's name when its mission has the floor, e.g. "Permanent Mission". */
  mission: string;
  /** The name of a floor block without a label of its own, e.g. "Questions from Permanent Missions". */
  floorBlock: string;
}

export interface SpeakerLabel {
  /** The largest line: the person, the mission's State, the organisation of a confidential panellist, or the slot's label. */
  name: string;
  /** The line under it (organisation, "Permanent Mission"); null when there is none. */
  detail: string | null;
  /** The kind of slot in words ("Panellist"), a caption above the name. */
  kind: string;
}

type LabelledSlot = Pick<Slot, 'kind' | 'participantId' | 'label' | 'stateCode'>;

/**
 * How a slot is named on the public screen. A confidential participant (at risk of reprisals)
 * is shown by organisation only, and the slot's free label is not used either: it may repeat
 * the name. Without an organisation the kind of slot stands in.
 */
export function speakerLabel(
  slot: LabelledSlot,
  participant: Participant | undefined,
  language: Language,
  words: RoomDisplayWords,
  surface: Extract<PublicSurface, 'room-display' | 'display-link'> = 'room-display',
): SpeakerLabel {
  const kind = words.kinds[slot.kind];
  if (slot.kind === 'floor' && slot.stateCode) return { name: stateName(slot.stateCode, language), detail: words.mission, kind };
  if (isFloorBlock(slot)) return { name: slot.label.trim() || words.floorBlock, detail: null, kind };
  if (participant) {
    const shown = personOnSurface(participant, surface);
    if (shown.name === null) return { name: shown.organisation?.trim() || kind, detail: null, kind };
    return { name: shown.name, detail: shown.organisation?.trim() || null, kind };
  }
  const label = slot.label.trim();
  return { name: label || kind, detail: null, kind };
}

type LineupSlot = Pick<Slot, 'id' | 'order' | 'status' | 'kind' | 'stateCode'>;

export interface Lineup<T> {
  /** The live slot (speaking or paused), else the next one to start; null when all are over. */
  current: T | null;
  /** Whether `current` has begun (speaking or paused) rather than waiting to start. */
  live: boolean;
  /** Who speaks after `current`: the next pending slot, a floor block standing for its first mission waiting. */
  next: T | null;
  /** Missions waiting for the floor, in speaking order (without the current one). */
  queue: T[];
}

export function lineup<T extends LineupSlot>(slots: readonly T[]): Lineup<T> {
  const current = currentSlot(slots) ?? null;
  // The next pending slot after the current one; one left behind earlier only when none follows.
  const next = speakerAfter(slots, current);
  return {
    current,
    live: current !== null && isLive(current),
    next,
    queue: floorQueue(slots).filter((s) => s.id !== current?.id),
  };
}

/** The phase caption, beside the colour for colour-blind viewers: "Last minute", "Time is up". */
export type CaptionKey = 'ready' | 'paused' | TimerPhase;

export interface RoomDisplayReading extends TimerReading {
  caption: CaptionKey;
  /** The words of the phase (for the captions of a running timer), true at every second shown. */
  words: PhaseWords;
}

type ReadableSlot = Pick<Slot, 'kind' | 'status' | 'startedAt' | 'elapsedBeforeMs' | 'allottedSec'>;

/**
 * The digits and the words beside them. A slot waiting to start reads "Ready"; a paused one
 * keeps its phase colour but says "Paused" (the time is standing still, which matters most).
 */
export function roomDisplayReading(slot: ReadableSlot, now: number): RoomDisplayReading {
  const reading = readTimer(slot, slot.kind, now);
  const caption: CaptionKey = slot.status === 'pending' ? 'ready' : slot.status === 'paused' ? 'paused' : reading.phase;
  return { ...reading, caption, words: phaseWords(reading.phase, slot.kind) };
}

export interface ProgressRun {
  /** Share of the allotted time left now, 0 to 1. */
  left: number;
  /** While running with time left: ms until the bar is empty (the CSS animation's duration); else null. */
  durationMs: number | null;
}

/** Where the progress bar stands and how long it runs: the browser animates it, nobody redraws it per frame. */
export function progressRun(slot: Pick<Slot, 'startedAt' | 'elapsedBeforeMs' | 'allottedSec'>, now: number): ProgressRun {
  const totalMs = slot.allottedSec * 1000;
  if (totalMs <= 0) return { left: 0, durationMs: null };
  const leftMs = remainingMs(slot, now);
  const left = Math.min(1, Math.max(0, leftMs / totalMs));
  return { left, durationMs: slot.startedAt !== null && leftMs > 0 ? leftMs : null };
}
