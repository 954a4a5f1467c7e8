import type { SessionDeskDb } from '../database';
import { presentIn } from '../../domain/presence/presence';

/** The participant ids checked in (and not undone) for a session. Use with useLiveQuery. */
export async function readPresentIn(db: SessionDeskDb, sessionId: string): Promise<Set<string>> {
  const events = await db.checkIns.where('sessionId').equals(sessionId).toArray();
  return presentIn(events, sessionId);
}
