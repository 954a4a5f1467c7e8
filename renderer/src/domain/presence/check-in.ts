/**
 * Check-in rules at the desk, on the append-only events of presence.ts: a check-in is added
 * only where the person is not already present (never counted twice), and an undo names the
 * check-in it cancels (never an edit or a deletion), so two desks' events merge by union.
 */
import type { IdMaker } from '../core/ids';
import type { CheckIn, Participant } from '../core/model';
import { activeCheckIns } from './presence';

export type CheckInMethod = CheckIn['method'];

export interface CheckInRequest {
  seriesId: string;
  participantId: string;
  /** The sessions to check in to: the one running, or those chosen at the desk. */
  sessionIds: readonly string[];
  station: string;
  method: CheckInMethod;
  at: number;
}

export interface CheckInPlan {
  /** The events to append: one per session where the person was not yet present. */
  add: CheckIn[];
  /** Sessions where the person already was present: the check-in still in force there. */
  already: CheckIn[];
}

/** The check-in in force for a person in a session, or null. `events` may hold anyone's. */
export function activeCheckInOf(events: readonly CheckIn[], participantId: string, sessionId: string): CheckIn | null {
  return activeCheckIns(events.filter((e) => e.participantId === participantId && e.sessionId === sessionId))[0] ?? null;
}

/** What checking someone in adds, given the events recorded so far for them. */
export function planCheckIn(events: readonly CheckIn[], request: CheckInRequest, newId: IdMaker): CheckInPlan {
  const add: CheckIn[] = [];
  const already: CheckIn[] = [];
  for (const sessionId of new Set(request.sessionIds)) {
    const existing = activeCheckInOf(events, request.participantId, sessionId);
    if (existing) {
      already.push(existing);
      continue;
    }
    add.push({
      id: newId(),
      seriesId: request.seriesId,
      participantId: request.participantId,
      sessionId,
      at: request.at,
      station: request.station,
      method: request.method,
      kind: 'check-in',
      undoes: null,
    });
  }
  return { add, already };
}

/** The undo event cancelling someone's check-in in a session, or null when they are not checked in. */
export function planCheckInUndo(
  events: readonly CheckIn[],
  participantId: string,
  sessionId: string,
  station: string,
  at: number,
  newId: IdMaker,
): CheckIn | null {
  const active = activeCheckInOf(events, participantId, sessionId);
  if (!active) return null;
  return { ...active, id: newId(), at, station, kind: 'undo', undoes: active.id };
}

/** Who came in as a walk-in (registered at the desk), to be reviewed later in Participants. */
export function walkInIds(events: readonly CheckIn[]): Set<string> {
  return new Set(events.filter((e) => e.kind === 'check-in' && e.method === 'walk-in').map((e) => e.participantId));
}

/** The walk-ins nobody has confirmed in the registry yet (`reviewedAt` still null). */
export function walkInsToReview(events: readonly CheckIn[], participants: readonly Pick<Participant, 'id' | 'reviewedAt'>[]): Set<string> {
  const walkIns = walkInIds(events);
  return new Set(participants.filter((p) => p.reviewedAt === null && walkIns.has(p.id)).map((p) => p.id));
}
