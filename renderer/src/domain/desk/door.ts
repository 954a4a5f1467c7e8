/**
 * The desk between two sessions. At 16:05, with one session ending at 16:15 and the next
 * starting at 16:30, people arriving are for either: the desk shows both ("at the door"), checks
 * each person in to the session they are registered for, and never checks someone in silently
 * to a session they are not registered for: with one session at the door it says so, with
 * several it asks which. Pure: the desk screen shows what these decide.
 */
import type { Participant, Session, Slot } from '../core/model';
import { currentSession, localDayAndMinute } from '../programme/current-session';
import { minutesOfDay } from '../programme/sessions';

/** How long before its start a session's people come to the desk. */
export const DOORS_OPEN_MIN = 30;

/**
 * The sessions people at the desk may be coming for now: the session now running (see
 * currentSession) and every other session of today that overlaps it or starts within
 * DOORS_OPEN_MIN minutes, in order of start.
 */
export function sessionsAtTheDoor(sessions: readonly Session[], slots: readonly Pick<Slot, 'sessionId' | 'status'>[], now: Date): Session[] {
  const current = currentSession(sessions, slots, now);
  if (!current) return [];
  const { date, minute } = localDayAndMinute(now);
  const live = new Set(slots.filter((s) => s.status === 'speaking' || s.status === 'paused').map((s) => s.sessionId));
  const open = (s: Session) => live.has(s.id) || (s.date === date && minutesOfDay(s.start) - DOORS_OPEN_MIN <= minute && minute < minutesOfDay(s.end));
  const others = sessions.filter((s) => s.id !== current.id && open(s));
  return [current, ...others].sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
}

export type DeskCheckInPlan =
  /** Check in to these; `unregistered` are those of them the person is not registered for (said aloud). */
  | { kind: 'check-in'; sessionIds: string[]; unregistered: string[] }
  /** Several sessions at the door and the person registered for none: the desk asks which. */
  | { kind: 'choose'; sessionIds: string[] }
  | { kind: 'no-session' };

/**
 * Where a check-in goes. `mode` 'now': the sessions at the door, of which those the person is
 * registered for; 'chosen': the sessions the desk chose by hand, all of them.
 */
export function planDeskCheckIn(person: Pick<Participant, 'registrations'>, targets: readonly Session[], mode: 'now' | 'chosen'): DeskCheckInPlan {
  if (targets.length === 0) return { kind: 'no-session' };
  const registered = new Set(person.registrations.map((r) => r.sessionId));
  const ids = targets.map((s) => s.id);
  if (mode === 'chosen') return { kind: 'check-in', sessionIds: ids, unregistered: ids.filter((id) => !registered.has(id)) };
  const theirs = ids.filter((id) => registered.has(id));
  if (theirs.length > 0) return { kind: 'check-in', sessionIds: theirs, unregistered: [] };
  if (ids.length === 1) return { kind: 'check-in', sessionIds: ids, unregistered: ids };
  return { kind: 'choose', sessionIds: ids };
}

/** The sessions a person's row at the desk is about: where a check-in would go, else all those at the door. */
export function expectedSessions(person: Pick<Participant, 'registrations'>, targets: readonly Session[], mode: 'now' | 'chosen'): string[] {
  const plan = planDeskCheckIn(person, targets, mode);
  return plan.kind === 'no-session' ? [] : plan.sessionIds;
}
