import type { SessionDeskDb } from '../database';
import type { Participant, StateCode } from '../../domain/core/model';
import { readPresentIn } from './presence';

export interface SessionPresence {
  /** Participant ids checked in (and not undone). */
  participants: Set<string>;
  /** States with a mission delegate checked in: they come first in "Add to floor". */
  missions: Set<StateCode>;
}

/** Who is in the room for a session, for the console (panellists' arrival, missions present). Use with useLiveQuery. */
export async function readSessionPresence(db: SessionDeskDb, sessionId: string): Promise<SessionPresence> {
  const participants = await readPresentIn(db, sessionId);
  const people = await db.participants.bulkGet([...participants]);
  const missions = new Set<StateCode>();
  for (const person of people) if (person && person.category === 'mission' && person.stateCode) missions.add(person.stateCode);
  return { participants, missions };
}

/** The participants named by a session's slots (panellists), by id. Use with useLiveQuery. */
export async function readSessionSpeakers(db: SessionDeskDb, sessionId: string): Promise<Map<string, Participant>> {
  const slots = await db.slots.where('sessionId').equals(sessionId).toArray();
  const ids = [...new Set(slots.map((s) => s.participantId).filter((id): id is string => id !== null))];
  const people = await db.participants.bulkGet(ids);
  return new Map(people.filter((p): p is Participant => Boolean(p)).map((p) => [p.id, p]));
}
