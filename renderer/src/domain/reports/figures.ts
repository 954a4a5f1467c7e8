/**
 * Facts and Figures of a series, as UPR Info publishes them after the Pre-sessions, computed
 * from the record rather than counted by hand from attendance sheets. The published sentence:
 * "Of the 58 CSOs who took the floor, 30 were represented by women, and 39 were national CSOs,
 * including three National Human Rights Institutions."
 *
 * Definitions (each figure's unit is written beside it):
 * - CSOs that took the floor: panellist slots whose speaker is a CSO or an NHRI and spoke
 *   (slots, so an organisation speaking in two sessions counts twice, as two briefings). NHRIs
 *   are counted among the CSOs, as published, and have their own figure too.
 * - represented by women: of those slots, the speaker's gender is "woman". National CSOs: of
 *   those slots, the CSO's scope is "national"; an NHRI is national by definition.
 * - Unknown is not zero: a speaker whose gender (or a CSO whose scope) is not recorded is
 *   counted as not recorded, and a share is of the speakers for whom it is recorded.
 * - NHRIs: panellist slots whose speaker is an NHRI and spoke.
 * - Permanent Missions: States, not people. Present = a mission delegate checked in; in each
 *   session the State under Review's own mission is not counted (it is reviewed, not
 *   briefed). Took the floor = a floor slot of that State that was spoken in.
 * - Per session: the average, over the sessions held, of missions present, and of their share
 *   of all the different missions present over the series.
 * - States under Review that attended (see surAttended) and made their statement (the SuR
 *   statement slot done with time spoken), over the sessions of the series.
 */
import type { Category, Session, StateCode } from '../core/model';
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
  /** CSOs (NHRIs included) that took the floor in the session. */
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
  /** CSOs that took the floor, NHRIs included. */
  csoSpeakers: number;
  /** Of csoSpeakers, the NHRIs ("including three NHRIs"). */
  csoNhris: number;
  csoWomen: number;
  /** Of csoSpeakers, those whose gender is not recorded. */
  csoGenderNotRecorded: number;
  /** csoWomen / the CSOs whose gender is recorded, 0..1; 0 when none is. */
  csoWomenShare: number;
  /** National CSOs, NHRIs included. */
  csoNational: number;
  /** Of csoSpeakers, the CSOs whose national or international scope is not recorded. */
  csoScopeNotRecorded: number;
  /** csoNational / the CSOs whose scope is known, 0..1; 0 when none is. */
  csoNationalShare: number;
  nhriSpeakers: number;
  /** Panellists who spoke without being a CSO or an NHRI (another category, or no record): not counted above. */
  otherPanellists: number;
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

/** CSOs that brief the missions: NHRIs are counted among them, as UPR Info publishes. */
export const isCsoSpeaker = (category: Category): boolean => category === 'cso' || category === 'nhri';

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const average = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/** Every session's report, in programme order. */
export function sessionReports(record: ReportRecord, now: number): SessionReport[] {
  const people = new Map(record.participants.map((p) => [p.id, p]));
  return sessionsInOrder(record.sessions).map((s) => sessionReport(record, s, now, people));
}

export function factsAndFigures(record: ReportRecord, now: number, reports: readonly SessionReport[] = sessionReports(record, now)): FactsAndFigures {
  let csoSpeakers = 0;
  let csoNhris = 0;
  let csoWomen = 0;
  let csoGenderNotRecorded = 0;
  let csoNational = 0;
  let csoScopeNotRecorded = 0;
  let otherPanellists = 0;
  const missions = new Set<StateCode>();
  const floor = new Set<StateCode>();
  for (const report of reports) {
    for (const state of report.missionsPresent) missions.add(state);
    for (const state of report.missionsTookFloor) floor.add(state);
    for (const line of report.lines) {
      if (line.kind !== 'panellist' || !line.spoke) continue;
      const person = line.participant;
      if (!person || !isCsoSpeaker(person.category)) {
        otherPanellists += 1;
        continue;
      }
      csoSpeakers += 1;
      if (person.gender === null) csoGenderNotRecorded += 1;
      else if (person.gender === 'woman') csoWomen += 1;
      if (person.category === 'nhri') {
        csoNhris += 1;
        csoNational += 1;
      } else if (person.scope === null) csoScopeNotRecorded += 1;
      else if (person.scope === 'national') csoNational += 1;
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
      csoSpeakers: panellists.filter((l) => l.participant && isCsoSpeaker(l.participant.category)).length,
      surAttended: r.surAttended,
      surStatementMade: r.surStatementMade,
      topThemes: r.themes.slice(0, 3),
    };
  });
  return {
    sessions: reports.length,
    sessionsHeld: held.length,
    csoSpeakers,
    csoNhris,
    csoWomen,
    csoGenderNotRecorded,
    csoWomenShare: share(csoWomen, csoSpeakers - csoGenderNotRecorded),
    csoNational,
    csoScopeNotRecorded,
    csoNationalShare: share(csoNational, csoSpeakers - csoScopeNotRecorded),
    nhriSpeakers: csoNhris,
    otherPanellists,
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
