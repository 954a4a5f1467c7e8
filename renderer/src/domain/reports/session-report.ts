/**
 * The record of one session: who spoke in which order, with allotted and actual time and
 * overtime; absent panellists and their reasons; the Permanent Missions present and those that
 * took the floor; whether the State under Review attended and made its statement; the themes
 * raised. Pure: from the record and the time of reading (a live slot counts up to `now`).
 */
import type { Participant, Session, Slot, SlotKind, SlotStatus, StateCode } from '../core/model';
import { slotTimings, undoneActions } from '../moderator/record';
import { activeCheckIns } from '../presence/presence';
import { sortByOrder } from '../programme/slot-order';
import { isWithdrawnRequest, spoke, type ReportRecord } from './record';
import { isFloorBlock, isFloorRequest, requestOutcome } from '../moderator/floor-block';

export interface SpeakerLine {
  slotId: string;
  kind: SlotKind;
  status: SlotStatus;
  /** The registered speaker, if any. */
  participant: Participant | null;
  label: string;
  /** For a floor slot: the mission's State. */
  stateCode: StateCode | null;
  allottedSec: number;
  spokenMs: number;
  overtimeMs: number;
  actualStart: number | null;
  actualEnd: number | null;
  spoke: boolean;
  absence: { reason: string; reasonPublic: boolean } | null;
  themes: string[];
}

export interface ThemeCount {
  id: string;
  /** Panellist slots that raised it. */
  count: number;
}

export interface SessionReport {
  session: Session;
  /** Every slot of the programme in order, but floor requests withdrawn or never given. */
  lines: SpeakerLine[];
  absentPanellists: SpeakerLine[];
  /** People checked in (and not undone). */
  present: number;
  /** States whose Permanent Mission had someone checked in, not counting the State under Review. */
  missionsPresent: StateCode[];
  /** States whose mission took the floor in the Q&A. */
  missionsTookFloor: StateCode[];
  /** Missions that asked for the floor and did not speak: withdrawn, or not reached when the floor closed. */
  floorNotHeard: Array<{ stateCode: StateCode; outcome: 'withdrawn' | 'not-reached' }>;
  surAttended: boolean;
  surStatementMade: boolean;
  /** Themes raised by panellists who spoke, most raised first. */
  themes: ThemeCount[];
  /** Something happened: a check-in or a slot that started. */
  held: boolean;
  /** Lines left out for the audience (confidential people in a public report); 0 in the full record. */
  withheld: number;
  actualStart: number | null;
  actualEnd: number | null;
}

/** The people checked in to a session (not undone), by id. */
export function presentInSession(record: Pick<ReportRecord, 'checkIns'>, sessionId: string): Set<string> {
  return new Set(activeCheckIns(record.checkIns.filter((e) => e.sessionId === sessionId)).map((e) => e.participantId));
}

/**
 * The State under Review attended its own session: someone of that State checked in, who is of
 * its Permanent Mission or registered for the session as its delegation.
 */
export function surAttended(session: Session, present: ReadonlySet<string>, people: ReadonlyMap<string, Participant>): boolean {
  for (const id of present) {
    const p = people.get(id);
    if (!p) continue;
    const delegation = p.registrations.some((r) => r.sessionId === session.id && r.role === 'sur-delegation');
    if (p.stateCode === session.stateCode && (p.category === 'mission' || delegation)) return true;
    // A delegation member registered as such, whose State was not entered, still counts.
    if (delegation && p.stateCode === null) return true;
  }
  return false;
}

function byCatalogue(themes: readonly { id: string }[]): Map<string, number> {
  return new Map(themes.map((t, i) => [t.id, i]));
}

/** Most raised first; ties in the order of the catalogue, then by id. */
export function countThemes(lists: readonly (readonly string[])[], catalogue: readonly { id: string }[]): ThemeCount[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const id of new Set(list)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const rank = byCatalogue(catalogue);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || a.id.localeCompare(b.id));
}

export function sessionReport(
  record: ReportRecord,
  session: Session,
  now: number,
  people: ReadonlyMap<string, Participant> = new Map(record.participants.map((p) => [p.id, p])),
): SessionReport {
  const slots = sortByOrder(record.slots.filter((s) => s.sessionId === session.id));
  const undone = undoneActions(slots);
  const lines: SpeakerLine[] = [];
  const floorNotHeard: SessionReport['floorNotHeard'] = [];
  for (const slot of slots) {
    // The floor block is a part of the programme, not a speaker: its missions are the speakers.
    if (isFloorBlock(slot)) continue;
    if (isFloorRequest(slot)) {
      const outcome = requestOutcome(slot);
      if (outcome === 'withdrawn' || outcome === 'not-reached') floorNotHeard.push({ stateCode: slot.stateCode as StateCode, outcome });
    }
    if (isWithdrawnRequest(slot)) continue;
    const timings = slotTimings(slot, undone, now);
    const line = toLine(slot, timings, people);
    // A mission that asked for the floor and never had it did not take part in the record of speakers.
    if (slot.kind === 'floor' && !line.spoke && slot.status !== 'absent') continue;
    lines.push(line);
  }
  const present = presentInSession(record, session.id);
  const missions = new Set<StateCode>();
  for (const id of present) {
    const p = people.get(id);
    if (p && p.category === 'mission' && p.stateCode && p.stateCode !== session.stateCode) missions.add(p.stateCode);
  }
  const floor = new Set<StateCode>();
  for (const line of lines) if (line.kind === 'floor' && line.spoke && line.stateCode) floor.add(line.stateCode);
  const starts = lines.map((l) => l.actualStart).filter((t): t is number => t !== null);
  const ends = lines.map((l) => l.actualEnd).filter((t): t is number => t !== null);
  return {
    session,
    lines,
    absentPanellists: lines.filter((l) => l.kind === 'panellist' && l.status === 'absent'),
    present: present.size,
    missionsPresent: [...missions].sort(),
    missionsTookFloor: [...floor].sort(),
    floorNotHeard,
    surAttended: surAttended(session, present, people),
    surStatementMade: lines.some((l) => l.kind === 'sur-statement' && l.status === 'done' && l.spoke),
    themes: countThemes(
      lines.filter((l) => l.kind === 'panellist' && l.spoke).map((l) => l.themes),
      record.themes,
    ),
    held: present.size > 0 || starts.length > 0,
    withheld: 0,
    actualStart: starts.length > 0 ? Math.min(...starts) : null,
    actualEnd: ends.length > 0 ? Math.max(...ends) : null,
  };
}

function toLine(slot: Slot, timings: ReturnType<typeof slotTimings>, people: ReadonlyMap<string, Participant>): SpeakerLine {
  return {
    slotId: slot.id,
    kind: slot.kind,
    status: slot.status,
    participant: slot.participantId ? (people.get(slot.participantId) ?? null) : null,
    label: slot.label,
    stateCode: slot.stateCode,
    allottedSec: slot.allottedSec,
    spokenMs: timings.spokenMs,
    overtimeMs: timings.overtimeMs,
    actualStart: timings.actualStart,
    actualEnd: timings.actualEnd,
    spoke: spoke(slot, timings),
    absence: slot.status === 'absent' ? (timings.absence ?? { reason: '', reasonPublic: false }) : null,
    themes: [...slot.themes],
  };
}
