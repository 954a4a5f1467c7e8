/** Writes to the programme: sessions, their slots and the series' default times. */
import type { SessionDeskDb } from '../database';
import type { Series, Session, Slot, SlotDurations, SlotKind } from '../../domain/core/model';
import { newId } from '../../domain/core/ids';
import {
  duplicateSession as copySession,
  makeSession,
  makeSlot,
  keyForNewSlot,
  startingSlots,
  validateSession,
  type SessionInput,
  type SessionProblem,
} from '../../domain/programme/sessions';
import { allottedFor } from '../../domain/programme/series';
import { keyForMove } from '../../domain/programme/slot-order';

export type SessionResult = { ok: true; sessionId: string } | { ok: false; problems: SessionProblem[] };

async function requireSeries(db: SessionDeskDb, seriesId: string): Promise<Series> {
  const series = await db.series.get(seriesId);
  if (!series) throw new Error(`No series ${seriesId}`);
  return series;
}

/**
 * Creates a session with its starting programme (opening, SuR statement, questions, closing).
 * Invariant: a session and its first slots are written together or not at all.
 */
export async function createSession(db: SessionDeskDb, seriesId: string, input: SessionInput): Promise<SessionResult> {
  return db.transaction('rw', db.series, db.sessions, db.slots, async () => {
    const series = await requireSeries(db, seriesId);
    const problems = validateSession(input, series);
    if (problems.length > 0) return { ok: false, problems };
    const now = Date.now();
    const session = makeSession(input, series.id, newId, now);
    await db.sessions.add(session);
    await db.slots.bulkAdd(startingSlots(session, series, newId, now));
    return { ok: true, sessionId: session.id };
  });
}

/** Changes the fields given, and only those (edits merge field by field between laptops). */
export async function updateSession(db: SessionDeskDb, sessionId: string, input: SessionInput): Promise<SessionResult> {
  return db.transaction('rw', db.series, db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error(`No session ${sessionId}`);
    const series = await requireSeries(db, session.seriesId);
    const problems = validateSession(input, series);
    if (problems.length > 0) return { ok: false, problems };
    const next = makeSession(input, series.id, () => session.id, Date.now());
    const changes: Partial<Session> = { updatedAt: next.updatedAt };
    for (const key of ['stateCode', 'date', 'start', 'end', 'room', 'moderator'] as const) {
      if (next[key] !== session[key]) changes[key] = next[key];
    }
    await db.sessions.update(sessionId, changes);
    return { ok: true, sessionId };
  });
}

/**
 * Deletes a session, its slots, its check-ins and every registration naming it.
 * Invariant: nothing refers to a session that no longer exists.
 */
export async function deleteSession(db: SessionDeskDb, sessionId: string): Promise<void> {
  await db.transaction('rw', db.sessions, db.slots, db.checkIns, db.participants, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return;
    await db.slots.where('sessionId').equals(sessionId).delete();
    await db.checkIns.where('sessionId').equals(sessionId).delete();
    const now = Date.now();
    await db.participants
      .where('seriesId')
      .equals(session.seriesId)
      .filter((p) => p.registrations.some((r) => r.sessionId === sessionId))
      .modify((p) => {
        p.registrations = p.registrations.filter((r) => r.sessionId !== sessionId);
        p.updatedAt = now;
      });
    await db.sessions.delete(sessionId);
  });
}

/** Copies a session as a template (see domain `duplicateSession`); returns the copy's id. */
export async function duplicateSession(db: SessionDeskDb, sessionId: string, keepSpeakers = false): Promise<string> {
  return db.transaction('rw', db.sessions, db.slots, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error(`No session ${sessionId}`);
    const slots = await db.slots.where('sessionId').equals(sessionId).toArray();
    const copy = copySession(session, slots, { keepSpeakers }, newId, Date.now());
    await db.sessions.add(copy.session);
    await db.slots.bulkAdd(copy.slots);
    return copy.session.id;
  });
}

/** Adds a slot of the given kind where its kind goes in the session (keyForNewSlot), with the series' default time. */
export async function addSlot(
  db: SessionDeskDb,
  sessionId: string,
  kind: SlotKind,
  fields: { participantId?: string | null; label?: string } = {},
): Promise<string> {
  return db.transaction('rw', db.series, db.sessions, db.slots, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error(`No session ${sessionId}`);
    const series = await requireSeries(db, session.seriesId);
    const existing = await db.slots.where('sessionId').equals(sessionId).toArray();
    const slot = makeSlot(
      { sessionId, seriesId: series.id, kind, order: keyForNewSlot(existing, kind), allottedSec: allottedFor(kind, series.defaults), ...fields },
      newId,
      Date.now(),
    );
    await db.slots.add(slot);
    return slot.id;
  });
}

export type SlotEdit = Partial<Pick<Slot, 'kind' | 'participantId' | 'label' | 'allottedSec'>>;

export async function updateSlot(db: SessionDeskDb, slotId: string, edit: SlotEdit): Promise<void> {
  if (edit.allottedSec !== undefined && (!Number.isInteger(edit.allottedSec) || edit.allottedSec < 0 || edit.allottedSec > 6 * 3600)) {
    throw new Error(`Allotted time out of range: ${edit.allottedSec}`);
  }
  const changed = await db.slots.update(slotId, { ...edit, updatedAt: Date.now() });
  if (changed === 0) throw new Error(`No slot ${slotId}`);
}

/** Moves one slot to a position among its session's slots; only that slot's key changes. */
export async function moveSlot(db: SessionDeskDb, slotId: string, toIndex: number): Promise<void> {
  await db.transaction('rw', db.slots, async () => {
    const slot = await db.slots.get(slotId);
    if (!slot) throw new Error(`No slot ${slotId}`);
    const siblings = await db.slots.where('sessionId').equals(slot.sessionId).toArray();
    await db.slots.update(slotId, { order: keyForMove(siblings, slotId, toIndex), updatedAt: Date.now() });
  });
}

export async function deleteSlot(db: SessionDeskDb, slotId: string): Promise<void> {
  await db.slots.delete(slotId);
}

/** The series' default times; existing slots keep theirs. */
export async function updateSeriesDefaults(db: SessionDeskDb, seriesId: string, defaults: SlotDurations): Promise<void> {
  for (const value of Object.values(defaults)) {
    if (!Number.isInteger(value) || value < 0 || value > 6 * 3600) throw new Error(`Default time out of range: ${value}`);
  }
  const changed = await db.series.update(seriesId, { defaults: { ...defaults }, updatedAt: Date.now() });
  if (changed === 0) throw new Error(`No series ${seriesId}`);
}
