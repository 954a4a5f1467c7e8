/**
 * A copy of a snapshot under fresh ids, every reference following its record: importing the
 * same file twice as a copy gives two independent series. Everything else (names, times,
 * fractional order keys, timing records) is kept as it was.
 */
import type { IdMaker } from '../core/ids';
import type { CheckIn, Participant, Session, Slot } from '../core/model';
import type { EventSnapshot } from './snapshot';

export interface RekeyedSnapshot {
  snapshot: EventSnapshot;
  /** Old id -> new id, per table. */
  ids: {
    series: Map<string, string>;
    sessions: Map<string, string>;
    slots: Map<string, string>;
    participants: Map<string, string>;
    checkIns: Map<string, string>;
  };
}

function mapIds(records: readonly { id: string }[], newId: IdMaker): Map<string, string> {
  return new Map(records.map((r) => [r.id, newId()]));
}

function lookup(map: Map<string, string>, id: string, what: string): string {
  const found = map.get(id);
  // The snapshot was checked (assertSnapshotConsistent) before: this is a programming error.
  if (found === undefined) throw new Error(`No ${what} ${id} in the snapshot`);
  return found;
}

/**
 * @param snapshot a consistent snapshot (see assertSnapshotConsistent).
 * @param name the copy's series name (e.g. "Pre-sessions 30 (imported)").
 */
export function rekeySnapshot(snapshot: EventSnapshot, newId: IdMaker, name: string = snapshot.series.name): RekeyedSnapshot {
  const seriesId = newId();
  const series = new Map([[snapshot.series.id, seriesId]]);
  const sessions = mapIds(snapshot.sessions, newId);
  const slots = mapIds(snapshot.slots, newId);
  const participants = mapIds(snapshot.participants, newId);
  const checkIns = mapIds(snapshot.checkIns, newId);

  const session = (id: string) => lookup(sessions, id, 'session');
  const participant = (id: string) => lookup(participants, id, 'participant');

  return {
    snapshot: {
      series: { ...snapshot.series, id: seriesId, name, defaults: { ...snapshot.series.defaults } },
      sessions: snapshot.sessions.map((s): Session => ({ ...s, id: lookup(sessions, s.id, 'session'), seriesId })),
      slots: snapshot.slots.map((s): Slot => ({
        ...s,
        id: lookup(slots, s.id, 'slot'),
        seriesId,
        sessionId: session(s.sessionId),
        participantId: s.participantId === null ? null : participant(s.participantId),
      })),
      participants: snapshot.participants.map((p): Participant => ({
        ...p,
        id: participant(p.id),
        seriesId,
        registrations: p.registrations.map((r) => ({ ...r, sessionId: session(r.sessionId) })),
      })),
      checkIns: snapshot.checkIns.map((c): CheckIn => ({
        ...c,
        id: lookup(checkIns, c.id, 'check-in'),
        seriesId,
        participantId: participant(c.participantId),
        sessionId: session(c.sessionId),
        undoes: c.undoes === null ? null : lookup(checkIns, c.undoes, 'check-in'),
      })),
      settings: { ...snapshot.settings },
    },
    ids: { series, sessions, slots, participants, checkIns },
  };
}
