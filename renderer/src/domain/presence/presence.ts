/**
 * Who is present in a session, derived from the append-only check-in events: a check-in counts
 * unless an undo names it. Never stored as a flag, so two desks' events merge by union.
 */
import type { CheckIn } from '../core/model';

/** The check-ins still in force (not undone), latest first per participant. */
export function activeCheckIns(events: readonly CheckIn[]): CheckIn[] {
  const undone = new Set(events.filter((e) => e.kind === 'undo' && e.undoes).map((e) => e.undoes as string));
  return events.filter((e) => e.kind === 'check-in' && !undone.has(e.id)).sort((a, b) => b.at - a.at);
}

/** participantId -> sessionId -> the check-in in force (the latest, when several are). */
export function checkInsInForce(events: readonly CheckIn[]): Map<string, Map<string, CheckIn>> {
  const byPerson = new Map<string, Map<string, CheckIn>>();
  for (const event of activeCheckIns(events)) {
    const bySession = byPerson.get(event.participantId) ?? new Map<string, CheckIn>();
    if (!bySession.has(event.sessionId)) bySession.set(event.sessionId, event);
    byPerson.set(event.participantId, bySession);
  }
  return byPerson;
}

/** sessionId -> the set of participant ids present in it. */
export function presenceBySession(events: readonly CheckIn[]): Map<string, Set<string>> {
  const present = new Map<string, Set<string>>();
  for (const event of activeCheckIns(events)) {
    const set = present.get(event.sessionId) ?? new Set<string>();
    set.add(event.participantId);
    present.set(event.sessionId, set);
  }
  return present;
}

/** The participant ids present in one session. */
export function presentIn(events: readonly CheckIn[], sessionId: string): Set<string> {
  return presenceBySession(events.filter((e) => e.sessionId === sessionId)).get(sessionId) ?? new Set();
}
