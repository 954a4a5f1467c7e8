/**
 * What the room display shows, from the record: who speaks (never the name of a confidential
 * panellist), who is next, the floor queue, the phase in words as well as colour, and how far
 * the progress bar has run. Pure: slots, people and the clock in; plain values out.
 */
import type { Participant, Slot, SlotKind } from '../core/model';
import { personOnSurface, type PublicSurface } from '../privacy/public-surfaces';
import { currentSlot, isLive } from '../moderator/actions';
import { floorQueue } from '../moderator/floor-queue';
import { sortByOrder } from '../programme/slot-order';
import { stateName } from '../states/states';
import type { Language } from '../core/language';
import { PHASE_THRESHOLDS, readTimer, remainingMs, type TimerPhase, type TimerReading } from '../moderator/timer';

/** Words the display needs from the interface language (the domain holds no translations). */
export interface RoomDisplayWords {
  kinds: Readonly<Record<SlotKind, string>>;
  /** Shown under a State's name when its mission has the floor, e.g. "Permanent Mission". */
  mission: string;
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
  /** The slot after `current`: the next pending one in programme order. */
  next: T | null;
  /** Missions waiting for the floor, in speaking order (without the current one). */
  queue: T[];
}

export function lineup<T extends LineupSlot>(slots: readonly T[]): Lineup<T> {
  const current = currentSlot(slots) ?? null;
  const sorted = sortByOrder(slots);
  const at = current ? sorted.findIndex((s) => s.id === current.id) : -1;
  const pendingOther = (s: T) => s.status === 'pending' && s.id !== current?.id;
  // The next pending slot after the current one; one left behind earlier only when none follows.
  const next = sorted.slice(at + 1).find(pendingOther) ?? sorted.find(pendingOther) ?? null;
  return {
    current,
    live: current !== null && isLive(current),
    next,
    queue: floorQueue(slots).filter((s) => s.id !== current?.id),
  };
}

/** The phase caption, beside the colour for colour-blind viewers: "1:00 left", "Time is up". */
export type CaptionKey = 'ready' | 'paused' | TimerPhase;

export interface RoomDisplayReading extends TimerReading {
  caption: CaptionKey;
  /** For the warning and final captions, the time the phase began at ("1:00"); else null. */
  limit: string | null;
}

function clockText(totalSeconds: number): string {
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

type ReadableSlot = Pick<Slot, 'kind' | 'status' | 'startedAt' | 'elapsedBeforeMs' | 'allottedSec'>;

/**
 * The digits and the words beside them. A slot waiting to start reads "Ready"; a paused one
 * keeps its phase colour but says "Paused" (the time is standing still, which matters most).
 */
export function roomDisplayReading(slot: ReadableSlot, now: number): RoomDisplayReading {
  const reading = readTimer(slot, slot.kind, now);
  const caption: CaptionKey = slot.status === 'pending' ? 'ready' : slot.status === 'paused' ? 'paused' : reading.phase;
  const thresholds = PHASE_THRESHOLDS[slot.kind];
  const limit = reading.phase === 'warning' ? clockText(thresholds.warningSec) : reading.phase === 'final' ? clockText(thresholds.finalSec) : null;
  return { ...reading, caption, limit };
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
