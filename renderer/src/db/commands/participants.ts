/** Writes to the registry of participants. */
import type { SessionDeskDb } from '../database';
import { newId } from '../../domain/core/ids';
import {
  makeParticipant,
  mergeParticipantRecords,
  nextBadgeCode,
  normaliseParticipantInput,
  participantChanges,
  validateParticipant,
  type ParticipantInput,
  type ParticipantProblem,
} from '../../domain/participants/records';

export type ParticipantResult = { ok: true; participantId: string } | { ok: false; problems: ParticipantProblem[] };

async function badgesOfOthers(db: SessionDeskDb, seriesId: string, exceptId: string | null): Promise<Set<string>> {
  const all = await db.participants.where('seriesId').equals(seriesId).toArray();
  return new Set(all.filter((p) => p.id !== exceptId && p.badgeCode).map((p) => p.badgeCode));
}

/** Adds a participant; a missing badge code is given the next free one of the series. */
export async function createParticipant(db: SessionDeskDb, seriesId: string, input: ParticipantInput): Promise<ParticipantResult> {
  return db.transaction('rw', db.participants, async () => {
    const badges = await badgesOfOthers(db, seriesId, null);
    const problems = validateParticipant(input, badges);
    if (problems.length > 0) return { ok: false, problems };
    const value = normaliseParticipantInput(input);
    const badgeCode = value.badgeCode || nextBadgeCode([...badges]);
    const now = Date.now();
    // Typed in the registry by someone who checked it: reviewed from the start.
    const participant = { ...makeParticipant({ ...value, badgeCode }, seriesId, newId, now), reviewedAt: now };
    await db.participants.add(participant);
    return { ok: true, participantId: participant.id };
  });
}

/**
 * Saves the fields that changed, and only those, and marks the record reviewed: Save in the
 * registry is someone confirming the record (what takes a walk-in off the list to review),
 * even when nothing needed changing.
 */
export async function updateParticipant(db: SessionDeskDb, participantId: string, input: ParticipantInput): Promise<ParticipantResult> {
  return db.transaction('rw', db.participants, async () => {
    const current = await db.participants.get(participantId);
    if (!current) throw new Error(`No participant ${participantId}`);
    const problems = validateParticipant(input, await badgesOfOthers(db, current.seriesId, participantId));
    if (problems.length > 0) return { ok: false, problems };
    const changes = participantChanges(current, input);
    const now = Date.now();
    await db.participants.update(participantId, { ...changes, reviewedAt: now, updatedAt: now });
    return { ok: true, participantId };
  });
}

/**
 * Deletes a participant with their check-ins; their slots stay in the programme without a speaker.
 * Invariant: no slot or check-in names a participant who no longer exists.
 */
export async function deleteParticipant(db: SessionDeskDb, participantId: string): Promise<void> {
  await db.transaction('rw', db.participants, db.slots, db.checkIns, async () => {
    const now = Date.now();
    await db.slots.where('participantId').equals(participantId).modify({ participantId: null, updatedAt: now });
    await db.checkIns.where('participantId').equals(participantId).delete();
    await db.participants.delete(participantId);
  });
}

/**
 * Merges a duplicate into the record kept: slots and check-ins of the duplicate move to the
 * kept record, then the duplicate is deleted. Both must belong to the same series.
 */
export async function mergeParticipants(db: SessionDeskDb, keepId: string, duplicateId: string): Promise<void> {
  if (keepId === duplicateId) throw new Error('Cannot merge a participant with itself');
  await db.transaction('rw', db.participants, db.slots, db.checkIns, async () => {
    const [keep, duplicate] = await Promise.all([db.participants.get(keepId), db.participants.get(duplicateId)]);
    if (!keep || !duplicate) throw new Error('Both participants must exist');
    if (keep.seriesId !== duplicate.seriesId) throw new Error('Participants of different series cannot be merged');
    const now = Date.now();
    await db.participants.put(mergeParticipantRecords(keep, duplicate, now));
    await db.slots.where('participantId').equals(duplicateId).modify({ participantId: keepId, updatedAt: now });
    // Check-ins are append-only events: re-pointing them keeps the history of who came, under one person.
    await db.checkIns.where('participantId').equals(duplicateId).modify({ participantId: keepId });
    await db.participants.delete(duplicateId);
  });
}
