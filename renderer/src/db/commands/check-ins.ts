/** Check-ins at the desk: append-only events (domain/presence/check-in.ts), never edited or deleted. */
import type { SessionDeskDb } from '../database';
import { newId } from '../../domain/core/ids';
import type { CheckIn } from '../../domain/core/model';
import { planCheckIn, planCheckInUndo, type CheckInMethod } from '../../domain/presence/check-in';

export type CheckInResult =
  /** `added` are the new events; `already` the check-ins in force where the person was present. */
  | { ok: true; added: CheckIn[]; already: CheckIn[] }
  /** Present in every session asked for already: nothing written. */
  | { ok: false; reason: 'already-checked-in'; already: CheckIn[] }
  | { ok: false; reason: 'no-session' };

export interface CheckInOptions {
  seriesId: string;
  participantId: string;
  sessionIds: readonly string[];
  station: string;
  method: CheckInMethod;
}

/**
 * Checks a person in to the sessions asked for, where not present yet.
 * Invariant: at most one check-in in force per person and session (read and write in one
 * transaction, so two quick Enters or a scan racing a click cannot add a second one).
 */
export async function checkIn(db: SessionDeskDb, options: CheckInOptions): Promise<CheckInResult> {
  if (options.sessionIds.length === 0) return { ok: false, reason: 'no-session' };
  return db.transaction('rw', db.checkIns, async () => {
    const events = await db.checkIns.where('participantId').equals(options.participantId).toArray();
    const plan = planCheckIn(events, { ...options, at: Date.now() }, newId);
    if (plan.add.length === 0) return { ok: false, reason: 'already-checked-in', already: plan.already };
    await db.checkIns.bulkAdd(plan.add);
    return { ok: true, added: plan.add, already: plan.already };
  });
}

/** Cancels a person's check-in to a session with an undo event; false when they were not checked in. */
export async function undoCheckIn(db: SessionDeskDb, participantId: string, sessionId: string, station: string): Promise<boolean> {
  return db.transaction('rw', db.checkIns, async () => {
    const events = await db.checkIns.where('[sessionId+participantId]').equals([sessionId, participantId]).toArray();
    const undo = planCheckInUndo(events, participantId, sessionId, station, Date.now(), newId);
    if (!undo) return false;
    await db.checkIns.add(undo);
    return true;
  });
}
