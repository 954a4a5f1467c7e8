/**
 * What Reports read: one series' record (programme, timings, people, check-ins) and the
 * themes it can tag. Every figure is computed from these by pure functions, so the same
 * record always gives the same report, on screen, in print and in every export.
 */
import type { CheckIn, Participant, Series, Session, Slot, SlotStatus } from '../core/model';
import type { SlotTimings } from '../moderator/record';
import type { Theme } from './themes';

export interface ReportRecord {
  series: Series;
  sessions: readonly Session[];
  slots: readonly Slot[];
  participants: readonly Participant[];
  checkIns: readonly CheckIn[];
  /** Built-in themes and the series' own (themeCatalogue). */
  themes: readonly Theme[];
}

/** Statuses of a slot whose speaker has had the floor (still live, or finished). */
const SPOKEN_STATUSES: ReadonlySet<SlotStatus> = new Set<SlotStatus>(['done', 'speaking', 'paused']);

/**
 * Did the slot's speaker actually speak? Some time on the clock, and the slot not marked
 * absent or skipped (a slot started by mistake and then marked absent does not count).
 */
export function spoke(slot: Pick<Slot, 'status'>, timings: Pick<SlotTimings, 'spokenMs'>): boolean {
  return SPOKEN_STATUSES.has(slot.status) && timings.spokenMs > 0;
}

/** A floor request taken off the queue: in the record, but nobody spoke. */
export function isWithdrawnRequest(slot: Pick<Slot, 'kind' | 'status' | 'log'>): boolean {
  return slot.kind === 'floor' && slot.status === 'skipped' && slot.log.some((e) => e.kind === 'withdrawn');
}

/** Sessions by day, start time, room and State: the order of the programme. */
export function sessionsInOrder(sessions: readonly Session[]): Session[] {
  return [...sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.room.localeCompare(b.room) || a.stateCode.localeCompare(b.stateCode),
  );
}
