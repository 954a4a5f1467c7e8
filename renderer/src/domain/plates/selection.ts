/**
 * Who gets a plate: the panellists of a session (from its programme and its registrations),
 * the States registered in a series. An absent panellist keeps a plate: the seat is kept.
 */
import type { Participant, Session, Slot, StateCode } from '../core/model';
import { stateName } from '../states/states';

/**
 * The panellists of a session in speaking order: first those with a panellist slot (whatever
 * its status, absent included), then those registered as panellists without a slot yet.
 */
export function panellistsOf(session: Session, slots: Slot[], participants: Participant[]): Participant[] {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const result: Participant[] = [];
  for (const slot of slots) {
    if (slot.sessionId !== session.id || slot.kind !== 'panellist' || !slot.participantId || seen.has(slot.participantId)) continue;
    const person = byId.get(slot.participantId);
    if (!person) continue;
    seen.add(person.id);
    result.push(person);
  }
  for (const person of participants) {
    if (seen.has(person.id)) continue;
    if (person.registrations.some((r) => r.sessionId === session.id && r.role === 'panellist')) {
      seen.add(person.id);
      result.push(person);
    }
  }
  return result;
}

/**
 * The States registered in a series: every State a Permanent Mission delegate or a SuR
 * delegation represents, and every State under Review. Sorted by English short name.
 */
export function registeredStates(sessions: Session[], participants: Participant[]): StateCode[] {
  const codes = new Set<StateCode>();
  for (const s of sessions) if (s.stateCode) codes.add(s.stateCode);
  for (const p of participants) {
    if (!p.stateCode) continue;
    if (p.category === 'mission' || p.registrations.some((r) => r.role === 'sur-delegation')) codes.add(p.stateCode);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return [...codes].sort((a, b) => collator.compare(stateName(a, 'en'), stateName(b, 'en')));
}

/**
 * The placards some sessions need: each one's State under Review, and every State whose
 * mission (or SuR delegation) is registered for one of them or has someone checked in to it.
 * `present` gives, per session id, the participants checked in. Sorted by English short name.
 */
export function placardStatesOf(
  sessions: readonly Session[],
  participants: readonly Participant[],
  present: ReadonlyMap<string, ReadonlySet<string>>,
): StateCode[] {
  const ids = new Set(sessions.map((s) => s.id));
  const codes = new Set<StateCode>();
  for (const s of sessions) if (s.stateCode) codes.add(s.stateCode);
  for (const p of participants) {
    if (!p.stateCode) continue;
    const forThese = p.registrations.filter((r) => ids.has(r.sessionId));
    const representsState = p.category === 'mission' || forThese.some((r) => r.role === 'sur-delegation');
    if (!representsState) continue;
    const here = forThese.length > 0 || sessions.some((s) => present.get(s.id)?.has(p.id));
    if (here) codes.add(p.stateCode);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return [...codes].sort((a, b) => collator.compare(stateName(a, 'en'), stateName(b, 'en')));
}
