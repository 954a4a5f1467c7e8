/**
 * Run of show: how the hour is going. Scheduled and actual start, time used, projected end,
 * how far ahead or behind, and the time left per remaining slot. Pure: the slots, the session's
 * hours and the clock in; figures out.
 */
import type { Session, Slot } from '../core/model';
import { minutesOfDay } from '../programme/sessions';
import { effectiveLog, undoneActions } from './record';
import { elapsedMs } from './timer';
import { sortByOrder } from '../programme/slot-order';

/** Epoch ms of a venue-local date and "HH:MM" (the laptop runs on the venue's time). */
export function localEpoch(date: string, time: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const minutes = minutesOfDay(time);
  return new Date(y, m - 1, d, Math.floor(minutes / 60), minutes % 60).getTime();
}

export interface SlotPlan {
  slotId: string;
  /** When the slot is now expected to start (actual start once it has). */
  expectedStart: number;
  /** Milliseconds left: the allotted time for a pending slot, what remains (≥ 0) for the live one, 0 once over. */
  leftMs: number;
}

export interface RunOfShow {
  scheduledStart: number;
  scheduledEnd: number;
  /** First start in force of any slot; null before the session begins. */
  actualStart: number | null;
  /** Milliseconds spoken in all slots. */
  usedMs: number;
  projectedEnd: number;
  /** Projected end minus scheduled end, in whole minutes (rounded): positive = behind. */
  behindMinutes: number;
  slots: SlotPlan[];
}

export function runOfShow(session: Pick<Session, 'date' | 'start' | 'end'>, slots: readonly Slot[], now: number): RunOfShow {
  const scheduledStart = localEpoch(session.date, session.start);
  const scheduledEnd = localEpoch(session.date, session.end);
  const undone = undoneActions(slots);
  let actualStart: number | null = null;
  for (const slot of slots) {
    for (const entry of effectiveLog(slot.log, undone)) {
      if (entry.kind === 'start' && (actualStart === null || entry.at < actualStart)) actualStart = entry.at;
    }
  }
  const usedMs = slots.reduce((sum, s) => sum + elapsedMs(s, now), 0);
  // Remaining slots run back to back from now (or from the scheduled start, if that is later and nothing began).
  let cursor = actualStart === null ? Math.max(now, scheduledStart) : now;
  const plans: SlotPlan[] = [];
  for (const slot of sortByOrder(slots)) {
    if (slot.status === 'speaking' || slot.status === 'paused') {
      const left = Math.max(0, slot.allottedSec * 1000 - elapsedMs(slot, now));
      const started = effectiveLog(slot.log, undone).find((e) => e.kind === 'start')?.at ?? now;
      plans.push({ slotId: slot.id, expectedStart: started, leftMs: left });
      cursor += left;
    } else if (slot.status === 'pending') {
      plans.push({ slotId: slot.id, expectedStart: cursor, leftMs: slot.allottedSec * 1000 });
      cursor += slot.allottedSec * 1000;
    } else {
      const started = effectiveLog(slot.log, undone).find((e) => e.kind === 'start')?.at ?? scheduledStart;
      plans.push({ slotId: slot.id, expectedStart: started, leftMs: 0 });
    }
  }
  const projectedEnd = cursor;
  return {
    scheduledStart,
    scheduledEnd,
    actualStart,
    usedMs,
    projectedEnd,
    behindMinutes: Math.round((projectedEnd - scheduledEnd) / 60_000),
    slots: plans,
  };
}
