/**
 * The exports of Reports as plain tables (a header and rows of cells), the same for CSV and
 * XLSX: attendance, speakers, timings and the figures. Every word comes from `ExportText`
 * (the interface language); every person passes through `shownPerson`, so a public export
 * never names a confidential participant nor carries an e-mail or a phone number.
 */
import type { Category, CsoScope, Gender, Participant, Role, SlotKind, SlotStatus, StateCode } from '../core/model';
import { activeCheckIns } from '../presence/presence';
import { listedFor, reportForAudience, shownPerson, shownReason, type Audience } from './audience';
import { personOnSurface } from '../privacy/public-surfaces';
import { wholeSeconds } from '../moderator/timer';
import type { Cell } from './csv';
import type { FactsAndFigures } from './figures';
import { sessionsInOrder, type ReportRecord } from './record';
import type { SessionReport, SpeakerLine } from './session-report';

export const EXPORT_TABLES = ['attendance', 'speakers', 'timings', 'figures'] as const;
export type ExportTableName = (typeof EXPORT_TABLES)[number];

export const COLUMNS = {
  attendance: ['session', 'date', 'name', 'organisation', 'category', 'scope', 'gender', 'state', 'role', 'checkedInAt', 'email', 'phone'],
  speakers: [
    'session',
    'date',
    'order',
    'kind',
    'speaker',
    'organisation',
    'category',
    'scope',
    'gender',
    'state',
    'status',
    'allottedSec',
    'spokenSec',
    'overtimeSec',
    'startedAt',
    'endedAt',
    'absenceReason',
    'themes',
  ],
  timings: [
    'session',
    'date',
    'plannedStart',
    'plannedEnd',
    'startedAt',
    'endedAt',
    'spokenSec',
    'overtimeSec',
    'present',
    'missionsPresent',
    'missionsTookFloor',
    'surAttended',
    'surStatement',
    'themes',
  ],
  figures: ['figure', 'value'],
} as const;
export type ColumnKey = (typeof COLUMNS)[ExportTableName][number];

export const FIGURE_KEYS = [
  'sessions',
  'sessionsHeld',
  'csoSpeakers',
  'csoNhris',
  'csoWomen',
  'csoWomenPercent',
  'csoGenderNotRecorded',
  'csoNational',
  'csoScopeNotRecorded',
  'nhriSpeakers',
  'missionsPresent',
  'missionsTookFloor',
  'averageMissionsPerSession',
  'averageMissionPercent',
  'surAttended',
  'surStatements',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number] | 'themeSessions';

export interface ExportText {
  /** "Confidential participant". */
  confidential: string;
  column(key: ColumnKey): string;
  figure(key: FigureKey): string;
  category(value: Category): string;
  scope(value: CsoScope): string;
  gender(value: Gender): string;
  role(value: Role): string;
  slotKind(value: SlotKind): string;
  status(value: SlotStatus): string;
  state(code: StateCode): string;
  theme(id: string): string;
  yesNo(value: boolean): string;
  /** A moment of the record as venue time, e.g. "14:03:27". */
  time(epochMs: number): string;
}

export interface ExportTable {
  name: ExportTableName;
  header: string[];
  rows: Cell[][];
}

/** Whole seconds by the timer's one rule: the figure the console and the room display showed. */
const seconds = wholeSeconds;
/** Shares are written as percentages with one decimal: what a reader of the sheet expects. */
const percent = (share: number) => Math.round(share * 1000) / 10;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function personCells(p: Participant | null, audience: Audience, text: ExportText) {
  if (!p) return { name: '', organisation: '', category: '', scope: '', gender: '', state: '', email: '', phone: '' };
  const shown = personOnSurface(p, audience === 'public' ? 'public-export' : 'internal');
  return {
    name: shown.name ?? text.confidential,
    organisation: shown.organisation ?? '',
    category: shown.category ? text.category(shown.category) : '',
    scope: shown.scope ? text.scope(shown.scope) : '',
    gender: shown.gender ? text.gender(shown.gender) : '',
    state: shown.stateCode ? text.state(shown.stateCode) : '',
    email: shown.email ?? '',
    phone: shown.phone ?? '',
  };
}

/** Who came to which session: one row per person checked in, by session then time of arrival. */
export function attendanceTable(record: ReportRecord, audience: Audience, text: ExportText): ExportTable {
  const people = new Map(record.participants.map((p) => [p.id, p]));
  const rows: Cell[][] = [];
  for (const session of sessionsInOrder(record.sessions)) {
    const firstArrival = new Map<string, number>();
    for (const e of activeCheckIns(record.checkIns.filter((c) => c.sessionId === session.id))) {
      firstArrival.set(e.participantId, Math.min(e.at, firstArrival.get(e.participantId) ?? Infinity));
    }
    const arrivals = [...firstArrival].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    for (const [id, at] of arrivals) {
      const p = people.get(id);
      // A confidential person's arrival, session and role could single them out: not in public.
      if (!p || !listedFor(p, audience)) continue;
      const cells = personCells(p, audience, text);
      const role = p.registrations.find((r) => r.sessionId === session.id)?.role;
      const row: Cell[] = [
        text.state(session.stateCode),
        session.date,
        cells.name,
        cells.organisation,
        cells.category,
        cells.scope,
        cells.gender,
        cells.state,
        role ? text.role(role) : '',
        text.time(at),
      ];
      if (audience === 'internal') row.push(cells.email, cells.phone);
      rows.push(row);
    }
  }
  return { name: 'attendance', header: headerOf('attendance', audience, text), rows };
}

function speakerName(line: SpeakerLine, audience: Audience, text: ExportText): string {
  if (line.kind === 'floor' && line.stateCode) return text.state(line.stateCode);
  if (line.participant) return shownPerson(line.participant, audience, text.confidential).name;
  return line.label || text.slotKind(line.kind);
}

/** Every slot of every session in order, with its times, absence and themes. */
export function speakersTable(reports: readonly SessionReport[], audience: Audience, text: ExportText): ExportTable {
  const rows: Cell[][] = [];
  for (const report of reports) {
    report.lines.forEach((line, index) => {
      const cells = personCells(line.participant, audience, text);
      rows.push([
        text.state(report.session.stateCode),
        report.session.date,
        index + 1,
        text.slotKind(line.kind),
        speakerName(line, audience, text),
        cells.organisation,
        cells.category,
        cells.scope,
        cells.gender,
        line.kind === 'floor' && line.stateCode ? text.state(line.stateCode) : cells.state,
        text.status(line.status),
        line.allottedSec,
        seconds(line.spokenMs),
        seconds(line.overtimeMs),
        line.actualStart === null ? '' : text.time(line.actualStart),
        line.actualEnd === null ? '' : text.time(line.actualEnd),
        shownReason(line.absence, audience),
        line.themes.map((id) => text.theme(id)).join('; '),
      ]);
    });
  }
  return { name: 'speakers', header: headerOf('speakers', audience, text), rows };
}

/** One row per session: planned and actual hours, time spoken, presence, the SuR. */
export function timingsTable(reports: readonly SessionReport[], text: ExportText): ExportTable {
  const rows = reports.map((r): Cell[] => [
    text.state(r.session.stateCode),
    r.session.date,
    r.session.start,
    r.session.end,
    r.actualStart === null ? '' : text.time(r.actualStart),
    r.actualEnd === null ? '' : text.time(r.actualEnd),
    seconds(r.lines.reduce((sum, l) => sum + l.spokenMs, 0)),
    seconds(r.lines.reduce((sum, l) => sum + l.overtimeMs, 0)),
    r.present,
    r.missionsPresent.length,
    r.missionsTookFloor.length,
    text.yesNo(r.surAttended),
    text.yesNo(r.surStatementMade),
    r.themes.map((t) => text.theme(t.id)).join('; '),
  ]);
  return { name: 'timings', header: headerOf('timings', 'public', text), rows };
}

/** The numbers of Facts and Figures, one per row, then the themes most raised. */
export function figuresTable(figures: FactsAndFigures, text: ExportText): ExportTable {
  const values: Record<(typeof FIGURE_KEYS)[number], number> = {
    sessions: figures.sessions,
    sessionsHeld: figures.sessionsHeld,
    csoSpeakers: figures.csoSpeakers,
    csoNhris: figures.csoNhris,
    csoWomen: figures.csoWomen,
    csoWomenPercent: percent(figures.csoWomenShare),
    csoGenderNotRecorded: figures.csoGenderNotRecorded,
    csoNational: figures.csoNational,
    csoScopeNotRecorded: figures.csoScopeNotRecorded,
    nhriSpeakers: figures.nhriSpeakers,
    missionsPresent: figures.missionsPresent.length,
    missionsTookFloor: figures.missionsTookFloor.length,
    averageMissionsPerSession: oneDecimal(figures.averageMissionsPerSession),
    averageMissionPercent: percent(figures.averageMissionShare),
    surAttended: figures.surAttended,
    surStatements: figures.surStatements,
  };
  const rows: Cell[][] = FIGURE_KEYS.map((key) => [text.figure(key), values[key]]);
  // Then each theme raised, with the number of sessions that heard it.
  for (const theme of figures.topThemes) rows.push([`${text.figure('themeSessions')}: ${text.theme(theme.id)}`, theme.sessions]);
  return { name: 'figures', header: headerOf('figures', 'public', text), rows };
}

function headerOf(table: ExportTableName, audience: Audience, text: ExportText): string[] {
  const keys: readonly ColumnKey[] = COLUMNS[table];
  // Contact details are columns of the internal attendance list only.
  return keys.filter((k) => audience === 'internal' || (k !== 'email' && k !== 'phone')).map((k) => text.column(k));
}

/** All four tables of a series. */
export function exportTables(
  record: ReportRecord,
  reports: readonly SessionReport[],
  figures: FactsAndFigures,
  audience: Audience,
  text: ExportText,
): ExportTable[] {
  const shown = reports.map((report) => reportForAudience(report, audience, record.themes));
  return [attendanceTable(record, audience, text), speakersTable(shown, audience, text), timingsTable(shown, text), figuresTable(figures, text)];
}
