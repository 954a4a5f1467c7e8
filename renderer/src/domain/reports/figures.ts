/**
 * Facts and Figures of a series, as UPR Info publishes them after the Pre-sessions, computed
 * from the record rather than counted by hand from attendance sheets.
 *
 * Definitions (each figure's unit is written beside it):
 * - CSOs that took the floor: panellist slots whose speaker is a CSO and spoke (slots, so an
 *   organisation speaking in two sessions counts twice, as two briefings).
 * - represented by women: of those slots, the speaker's gender is "woman"; the share is of the
 *   CSO slots. National CSOs: of those slots, the CSO's scope is "national".
 * - NHRIs: panellist slots whose speaker is an NHRI and spoke.
 * - Permanent Missions: States, not people. Present = a mission delegate checked in; in each
 *   session the State under Review's own mission is not counted (it is reviewed, not
 *   briefed). Took the floor = a floor slot of that State that was spoken in.
 * - Per session: the average, over the sessions held, of missions present, and of their share
 *   of all the different missions present over the series.
 * - States under Review that attended (see surAttended) and made their statement (the SuR
 *   statement slot done with time spoken), over the sessions of the series.
 */
import type { Session, StateCode } from '../core/model';
import { sessionsInOrder, type ReportRecord } from './record';
import { countThemes, sessionReport, type SessionReport, type ThemeCount } from './session-report';

export interface SessionFigures {
  session: Session;
  held: boolean;
  present: number;
  missionsPresent: number;
  /** missionsPresent / the series' different missions present; 0 when there are none. */
  missionShare: number;
  missionsTookFloor: number;
  panellistsSpoke: number;
  csoSpeakers: number;
  surAttended: boolean;
  surStatementMade: boolean;
  /** The three themes most raised in the session. */
  topThemes: ThemeCount[];
}

export interface SeriesThemeCount {
  id: string;
  /** Sessions where it was raised. */
  sessions: number;
  /** Panellist slots that raised it. */
  slots: number;
}

export interface FactsAndFigures {
  sessions: number;
  sessionsHeld: number;
  csoSpeakers: number;
  csoWomen: number;
  /** csoWomen / csoSpeakers, 0..1; 0 when no CSO spoke. */
  csoWomenShare: number;
  csoNational: number;
  csoNationalShare: number;
  nhriSpeakers: number;
  /** Different States whose mission attended at least one session. */
  missionsPresent: StateCode[];
  /** Different States whose mission took the floor at least once. */
  missionsTookFloor: StateCode[];
  /** Average missions present per session held. */
  averageMissionsPerSession: number;
  /** Average share (0..1) of the series' missions present per session held. */
  averageMissionShare: number;
  surAttended: number;
  surStatements: number;
  /** Themes over the series, raised in the most sessions first. */
  topThemes: SeriesThemeCount[];
  perSession: SessionFigures[];
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const average = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/** Every session's report, in programme order. */
export function sessionReports(record: ReportRecord, now: number): SessionReport[] {
  const people = new Map(record.participants.map((p) => [p.id, p]));
  return sessionsInOrder(record.sessions).map((s) => sessionReport(record, s, now, people));
}

export function factsAndFigures(record: ReportRecord, now: number, reports: readonly SessionReport[] = sessionReports(record, now)): FactsAndFigures {
  let csoSpeakers = 0;
  let csoWomen = 0;
  let csoNational = 0;
  let nhriSpeakers = 0;
  const missions = new Set<StateCode>();
  const floor = new Set<StateCode>();
  for (const report of reports) {
    for (const state of report.missionsPresent) missions.add(state);
    for (const state of report.missionsTookFloor) floor.add(state);
    for (const line of report.lines) {
      if (line.kind !== 'panellist' || !line.spoke) continue;
      if (line.participant?.category === 'cso') {
        csoSpeakers += 1;
        if (line.participant.gender === 'woman') csoWomen += 1;
        if (line.participant.scope === 'national') csoNational += 1;
      }
      if (line.participant?.category === 'nhri') nhriSpeakers += 1;
    }
  }
  const held = reports.filter((r) => r.held);
  const perSession = reports.map((r): SessionFigures => {
    const panellists = r.lines.filter((l) => l.kind === 'panellist' && l.spoke);
    return {
      session: r.session,
      held: r.held,
      present: r.present,
      missionsPresent: r.missionsPresent.length,
      missionShare: share(r.missionsPresent.length, missions.size),
      missionsTookFloor: r.missionsTookFloor.length,
      panellistsSpoke: panellists.length,
      csoSpeakers: panellists.filter((l) => l.participant?.category === 'cso').length,
      surAttended: r.surAttended,
      surStatementMade: r.surStatementMade,
      topThemes: r.themes.slice(0, 3),
    };
  });
  return {
    sessions: reports.length,
    sessionsHeld: held.length,
    csoSpeakers,
    csoWomen,
    csoWomenShare: share(csoWomen, csoSpeakers),
    csoNational,
    csoNationalShare: share(csoNational, csoSpeakers),
    nhriSpeakers,
    missionsPresent: [...missions].sort(),
    missionsTookFloor: [...floor].sort(),
    averageMissionsPerSession: average(held.map((r) => r.missionsPresent.length)),
    averageMissionShare: average(held.map((r) => share(r.missionsPresent.length, missions.size))),
    surAttended: reports.filter((r) => r.surAttended).length,
    surStatements: reports.filter((r) => r.surStatementMade).length,
    topThemes: seriesThemes(reports, record),
    perSession,
  };
}

function seriesThemes(reports: readonly SessionReport[], record: ReportRecord): SeriesThemeCount[] {
  const slots = new Map<string, number>();
  for (const r of reports) for (const t of r.themes) slots.set(t.id, (slots.get(t.id) ?? 0) + t.count);
  // Ranked by sessions where raised (a theme every session heard), then by slots.
  const bySessions = countThemes(
    reports.map((r) => r.themes.map((t) => t.id)),
    record.themes,
  );
  return bySessions
    .map((t) => ({ id: t.id, sessions: t.count, slots: slots.get(t.id) ?? 0 }))
    .sort((a, b) => b.sessions - a.sessions || b.slots - a.slots || bySessions.findIndex((x) => x.id === a.id) - bySessions.findIndex((x) => x.id === b.id));
}
