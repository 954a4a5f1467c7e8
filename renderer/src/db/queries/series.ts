import type { SessionDeskDb } from '../database';
import type { Series, Session, Slot } from '../../domain/core/model';
import { sortByOrder } from '../../domain/programme/slot-order';

/** All series on this laptop, the most recent first. */
export async function listSeries(db: SessionDeskDb): Promise<Series[]> {
  const all = await db.series.toArray();
  return all.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
}

/** One series by its id, or null. */
export async function getSeries(db: SessionDeskDb, seriesId: string): Promise<Series | null> {
  return (await db.series.get(seriesId)) ?? null;
}

/** The sessions of a series, without their slots. */
export async function listSessions(db: SessionDeskDb, seriesId: string): Promise<Session[]> {
  return db.sessions.where('seriesId').equals(seriesId).toArray();
}

export interface SessionWithSlots {
  session: Session;
  slots: Slot[];
}

/** The programme of a series: sessions by day and start time, each with its slots in order. */
export async function readProgramme(db: SessionDeskDb, seriesId: string): Promise<SessionWithSlots[]> {
  const [sessions, slots] = await Promise.all([
    db.sessions.where('seriesId').equals(seriesId).toArray(),
    db.slots.where('seriesId').equals(seriesId).toArray(),
  ]);
  const bySession = new Map<string, Slot[]>();
  for (const slot of slots) {
    const list = bySession.get(slot.sessionId) ?? [];
    list.push(slot);
    bySession.set(slot.sessionId, list);
  }
  return (
    sessions
      // Same day and hour (parallel rooms): by room, then State code, so the order never flickers.
      .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.room.localeCompare(b.room) || a.stateCode.localeCompare(b.stateCode))
      .map((session) => ({
        session,
        slots: sortByOrder(bySession.get(session.id) ?? []),
      }))
  );
}

/** One session with its slots in order; null when it does not exist (deleted elsewhere). */
export async function readSession(db: SessionDeskDb, sessionId: string): Promise<SessionWithSlots | null> {
  const session = await db.sessions.get(sessionId);
  if (!session) return null;
  const slots = await db.slots.where('sessionId').equals(sessionId).toArray();
  return { session, slots: sortByOrder(slots) };
}
