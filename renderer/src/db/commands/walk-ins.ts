/** Walk-ins: a person added at the door and checked in at once. */
import type { SessionDeskDb } from '../database';
import { newId } from '../../domain/core/ids';
import type { CheckIn, Participant } from '../../domain/core/model';
import { planCheckIn } from '../../domain/presence/check-in';
import { makeParticipant, nextBadgeCode, normaliseParticipantInput } from '../../domain/participants/records';
import { validateWalkIn, walkInParticipantInput, type WalkInInput, type WalkInProblem } from '../../domain/desk/walk-in';

export type WalkInResult =
  { ok: true; participant: Participant; participantId: string; badgeCode: string; added: CheckIn[] } | { ok: false; problems: WalkInProblem[] };

/**
 * Registers a walk-in for the sessions given and checks them in to those sessions.
 * Invariants: the person and their check-ins are written together or not at all; the badge
 * code given is free in the series; the check-ins carry method 'walk-in', which is what flags
 * the person for review later (domain/presence/check-in.ts `walkInIds`).
 * The duplicate check is the screen's (it offers the existing person first); this only adds.
 */
export async function registerWalkIn(
  db: SessionDeskDb,
  seriesId: string,
  input: WalkInInput,
  sessionIds: readonly string[],
  station: string,
): Promise<WalkInResult> {
  const problems = validateWalkIn(input);
  if (problems.length > 0) return { ok: false, problems };
  return db.transaction('rw', db.participants, db.checkIns, async () => {
    const badges = (await db.participants.where('seriesId').equals(seriesId).toArray()).map((p) => p.badgeCode).filter(Boolean);
    const now = Date.now();
    const value = normaliseParticipantInput(walkInParticipantInput(input, sessionIds));
    const participant = makeParticipant({ ...value, badgeCode: nextBadgeCode(badges) }, seriesId, newId, now);
    await db.participants.add(participant);
    const plan = planCheckIn([], { seriesId, participantId: participant.id, sessionIds, station, method: 'walk-in', at: now }, newId);
    await db.checkIns.bulkAdd(plan.add);
    return { ok: true, participant, participantId: participant.id, badgeCode: participant.badgeCode, added: plan.add };
  });
}
