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
import { isFloorBlock, requestsOf } from './floor-block';

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
  /** Milliseconds spoken in all slots (a floor block's open time is its missions' turns and the gaps between). */
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
  // Speaking time: an open floor block's own time holds its missions' turns, so it is not added.
  const usedMs = slots.reduce((sum, s) => sum + (isFloorBlock(s) ? 0 : elapsedMs(s, now)), 0);
  // Remaining slots run back to back from now (or from the scheduled start, if that is later and nothing began).
  let cursor = actualStart === null ? Math.max(now, scheduledStart) : now;
  const plans: SlotPlan[] = [];
  const startOf = (slot: Slot, fallback: number) => effectiveLog(slot.log, undone).find((e) => e.kind === 'start')?.at ?? fallback;
  const leftOf = (slot: Slot) => Math.max(0, slot.allottedSec * 1000 - elapsedMs(slot, now));
  const sorted = sortByOrder(slots);
  for (let i = 0; i < sorted.length; i += 1) {
    const slot = sorted[i] as Slot;
    const live = slot.status === 'speaking' || slot.status === 'paused';
    if (isFloorBlock(slot) && (live || slot.status === 'pending')) {
      // A block lasts its planned length, or as long as its queue needs if that is longer.
      const requests = requestsOf(sorted, slot.id);
      const blockStart = live ? startOf(slot, now) : cursor;
      const blockLeft = live ? leftOf(slot) : slot.allottedSec * 1000;
      plans.push({ slotId: slot.id, expectedStart: blockStart, leftMs: blockLeft });
      let queueCursor = cursor;
      for (const request of requests) {
        if (request.status === 'speaking' || request.status === 'paused') {
          plans.push({ slotId: request.id, expectedStart: startOf(request, now), leftMs: leftOf(request) });
          queueCursor += leftOf(request);
        } else if (request.status === 'pending') {
          plans.push({ slotId: request.id, expectedStart: queueCursor, leftMs: request.allottedSec * 1000 });
          queueCursor += request.allottedSec * 1000;
        } else {
          plans.push({ slotId: request.id, expectedStart: startOf(request, scheduledStart), leftMs: 0 });
        }
      }
      cursor += Math.max(blockLeft, queueCursor - cursor);
      i += requests.length;
    } else if (live) {
      plans.push({ slotId: slot.id, expectedStart: startOf(slot, now), leftMs: leftOf(slot) });
      cursor += leftOf(slot);
    } else if (slot.status === 'pending') {
      plans.push({ slotId: slot.id, expectedStart: cursor, leftMs: slot.allottedSec * 1000 });
      cursor += slot.allottedSec * 1000;
    } else {
      plans.push({ slotId: slot.id, expectedStart: startOf(slot, scheduledStart), leftMs: 0 });
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
