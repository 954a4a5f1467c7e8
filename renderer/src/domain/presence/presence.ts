/**
 * Who is present in a session, derived from the append-only check-in events: a check-in counts
 * unless an undo names it. Never stored as a flag, so two desks' events merge by union.
 */
import type { CheckIn } from '../core/model';

/**
 * The check-ins still in force, latest first. The merge rule for several stations:
 * - an undo cancels the check-in it names and every other check-in of the same person and
 *   session recorded at or before it (a second desk's check-in of the same moment, which the
 *   undoing desk had not seen yet, goes too: an undo on one station undoes it everywhere);
 * - of the check-ins left for one person and session, the earliest (then the smaller id)
 *   is the one in force: two desks checking someone in at once count them once, everywhere.
 * The laptops' clocks are taken to agree to within a few seconds.
 */
export function activeCheckIns(events: readonly CheckIn[]): CheckIn[] {
  const pairOf = (e: CheckIn) => `${e.participantId}\u0000${e.sessionId}`;
  const undoneIds = new Set<string>();
  const lastUndo = new Map<string, number>();
  for (const undo of events) {
    if (undo.kind !== 'undo') continue;
    if (undo.undoes) undoneIds.add(undo.undoes);
    lastUndo.set(pairOf(undo), Math.max(undo.at, lastUndo.get(pairOf(undo)) ?? -Infinity));
  }
  const inForce = new Map<string, CheckIn>();
  for (const event of events) {
    if (event.kind !== 'check-in') continue;
    const key = pairOf(event);
    if (undoneIds.has(event.id) || event.at <= (lastUndo.get(key) ?? -Infinity)) continue;
    const held = inForce.get(key);
    if (!held || event.at < held.at || (event.at === held.at && event.id < held.id)) inForce.set(key, event);
  }
  return [...inForce.values()].sort((a, b) => b.at - a.at);
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
