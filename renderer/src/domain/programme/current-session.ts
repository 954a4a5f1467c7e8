/**
 * "The session now running": the one whose slot is being spoken (or paused) if any; else the
 * one whose hours hold the present time today; else the next one to start today; else none.
 * Derived from the record and the clock, never stored, so every window agrees.
 */
import type { Session, Slot } from '../core/model';
import { minutesOfDay } from './sessions';

/** "YYYY-MM-DD" and minutes since midnight of a moment, in the laptop's local time (the venue's). */
export function localDayAndMinute(now: Date): { date: string; minute: number } {
  const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return { date, minute: now.getHours() * 60 + now.getMinutes() };
}

export function currentSession(sessions: readonly Session[], slots: readonly Pick<Slot, 'sessionId' | 'status'>[], now: Date): Session | null {
  const live = new Set(slots.filter((s) => s.status === 'speaking' || s.status === 'paused').map((s) => s.sessionId));
  const running = sessions.find((s) => live.has(s.id));
  if (running) return running;
  const { date, minute } = localDayAndMinute(now);
  const today = sessions.filter((s) => s.date === date).sort((a, b) => a.start.localeCompare(b.start));
  const within = today.find((s) => minutesOfDay(s.start) <= minute && minute < minutesOfDay(s.end));
  if (within) return within;
  return today.find((s) => minutesOfDay(s.start) > minute) ?? null;
}

/**
 * The session the room display shows: the one where a slot is live, if any (the room is where
 * someone speaks); else the one the moderator chose in the console, if it is today's (a choice
 * left from another day is stale); else the session now running by the clock.
 */
export function sessionOnScreen(
  sessions: readonly Session[],
  slots: readonly Pick<Slot, 'sessionId' | 'status'>[],
  now: Date,
  chosenId: string | null,
): Session | null {
  const live = new Set(slots.filter((s) => s.status === 'speaking' || s.status === 'paused').map((s) => s.sessionId));
  const running = sessions.find((s) => live.has(s.id));
  if (running) return running;
  const chosen = chosenId === null ? undefined : sessions.find((s) => s.id === chosenId);
  if (chosen && chosen.date === localDayAndMinute(now).date) return chosen;
  return currentSession(sessions, slots, now);
}
