/**
 * A whole series as plain records: what an event file holds, what the database gives to be
 * exported and what an import writes. Also the checks that tie its records together.
 */
import type { CheckIn, Participant, Series, Session, Slot } from '../core/model';
import { IssueList } from './errors';
import type { JsonValue } from './schema';

export interface EventSnapshot {
  series: Series;
  sessions: Session[];
  slots: Slot[];
  participants: Participant[];
  checkIns: CheckIn[];
  /** Settings that belong to the series, by name (see series-settings.ts); often empty. */
  settings: Record<string, JsonValue>;
}

/** The envelope of a file that was read: who wrote it and when. */
export interface EventFileHeader {
  /** The version the file was written in (before any migration). */
  formatVersion: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  app: { name: string; version: string };
}

/** What `parseEventFile` gives: the snapshot, plus the header for the import dialog to show. */
export interface ParsedEventFile extends EventSnapshot {
  header: EventFileHeader;
}

function quote(id: string): string {
  return JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
}

function indexIds<T extends { id: string }>(table: string, records: readonly T[], issues: IssueList): Map<string, T> {
  const byId = new Map<string, T>();
  const firstIndex = new Map<string, number>();
  records.forEach((record, index) => {
    const earlier = firstIndex.get(record.id);
    if (earlier !== undefined) {
      issues.add(`${table}[${index}].id`, `the id ${quote(record.id)} is used twice (also by ${table}[${earlier}])`);
      return;
    }
    firstIndex.set(record.id, index);
    byId.set(record.id, record);
  });
  return byId;
}

/**
 * Every way the records of a snapshot fail to hold together: ids unique per table, every
 * record of the series, every reference (slot -> session and participant, registration ->
 * session, check-in -> participant, session and the check-in an undo cancels) pointing at a
 * record of the snapshot. Paths are those of the file ("slots[3].sessionId").
 */
export function findSnapshotProblems(snapshot: EventSnapshot, issues: IssueList = new IssueList()): IssueList {
  const seriesId = snapshot.series.id;
  const sessions = indexIds('sessions', snapshot.sessions, issues);
  indexIds('slots', snapshot.slots, issues);
  const participants = indexIds('participants', snapshot.participants, issues);
  const checkIns = indexIds('checkIns', snapshot.checkIns, issues);
  const notOfSeries = (path: string, value: string) =>
    issues.add(path, `belongs to another series (${quote(value)}), not to the file's series ${quote(seriesId)}`);

  snapshot.sessions.forEach((session, i) => {
    if (session.seriesId !== seriesId) notOfSeries(`sessions[${i}].seriesId`, session.seriesId);
  });
  snapshot.slots.forEach((slot, i) => {
    if (slot.seriesId !== seriesId) notOfSeries(`slots[${i}].seriesId`, slot.seriesId);
    if (!sessions.has(slot.sessionId)) issues.add(`slots[${i}].sessionId`, `no session has the id ${quote(slot.sessionId)}`);
    if (slot.participantId !== null && !participants.has(slot.participantId)) {
      issues.add(`slots[${i}].participantId`, `no participant has the id ${quote(slot.participantId)}`);
    }
  });
  snapshot.participants.forEach((participant, i) => {
    if (participant.seriesId !== seriesId) notOfSeries(`participants[${i}].seriesId`, participant.seriesId);
    participant.registrations.forEach((registration, r) => {
      if (!sessions.has(registration.sessionId)) {
        issues.add(`participants[${i}].registrations[${r}].sessionId`, `no session has the id ${quote(registration.sessionId)}`);
      }
    });
  });
  snapshot.checkIns.forEach((checkIn, i) => {
    if (checkIn.seriesId !== seriesId) notOfSeries(`checkIns[${i}].seriesId`, checkIn.seriesId);
    if (!participants.has(checkIn.participantId)) {
      issues.add(`checkIns[${i}].participantId`, `no participant has the id ${quote(checkIn.participantId)}`);
    }
    if (!sessions.has(checkIn.sessionId)) issues.add(`checkIns[${i}].sessionId`, `no session has the id ${quote(checkIn.sessionId)}`);
    if (checkIn.kind === 'check-in' && checkIn.undoes !== null) {
      issues.add(`checkIns[${i}].undoes`, 'a check-in cancels nothing: expected null (only an undo names a check-in)');
    }
    if (checkIn.kind === 'undo') {
      if (checkIn.undoes === null) issues.add(`checkIns[${i}].undoes`, 'an undo must name the check-in it cancels');
      else if (checkIns.get(checkIn.undoes)?.kind !== 'check-in') {
        issues.add(`checkIns[${i}].undoes`, `no check-in has the id ${quote(checkIn.undoes)}`);
      }
    }
  });
  return issues;
}

/** Throws a 'damaged' EventFileError when the records do not hold together. */
export function assertSnapshotConsistent(snapshot: EventSnapshot): void {
  const issues = findSnapshotProblems(snapshot);
  if (!issues.empty) throw issues.toError();
}
