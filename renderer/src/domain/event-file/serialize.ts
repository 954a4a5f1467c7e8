/**
 * Writing an event file. The output is deterministic: the same records give the same bytes
 * (apart from `exportedAt`), whatever order the database handed them in. Records are sorted
 * and their fields written in the order of the format, one record per line, so that a file
 * stays readable and two backups compare line by line.
 */
import type { CheckIn, Participant, Registration, Series, Session, Slot, SlotDurations, SlotLogEntry, SlotRunState } from '../core/model';
import { EVENT_FILE_EXTENSION, EVENT_FILE_FORMAT, EVENT_FILE_VERSION, type JsonValue } from './schema';
import type { EventSnapshot } from './snapshot';

export interface AppInfo {
  name: string;
  version: string;
}

/** Plain code-unit comparison: the same order on every machine and in every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Each record rebuilt field by field, in the order of the format. An object literal typed as
// the model makes the compiler insist on every field.
const durations = (d: SlotDurations): SlotDurations => ({
  opening: d.opening,
  surStatement: d.surStatement,
  panellist: d.panellist,
  moderatorQuestions: d.moderatorQuestions,
  floor: d.floor,
  closing: d.closing,
});
const seriesRecord = (s: Series): Series => ({
  id: s.id,
  name: s.name,
  startDate: s.startDate,
  endDate: s.endDate,
  venue: s.venue,
  defaults: durations(s.defaults),
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});
const sessionRecord = (s: Session): Session => ({
  id: s.id,
  seriesId: s.seriesId,
  stateCode: s.stateCode,
  date: s.date,
  start: s.start,
  end: s.end,
  room: s.room,
  moderator: s.moderator,
  updatedAt: s.updatedAt,
});
const runState = (r: SlotRunState): SlotRunState => ({
  status: r.status,
  startedAt: r.startedAt,
  elapsedBeforeMs: r.elapsedBeforeMs,
  allottedSec: r.allottedSec,
  order: r.order,
});
const slotLogRecord = (e: SlotLogEntry): SlotLogEntry => ({
  id: e.id,
  action: e.action,
  kind: e.kind,
  at: e.at,
  deltaSec: e.deltaSec,
  reason: e.reason,
  reasonPublic: e.reasonPublic,
  before: e.before === null ? null : runState(e.before),
  undoes: e.undoes,
  ...(e.station === undefined ? {} : { station: e.station }),
});
const slotRecord = (s: Slot): Slot => ({
  id: s.id,
  sessionId: s.sessionId,
  seriesId: s.seriesId,
  order: s.order,
  kind: s.kind,
  participantId: s.participantId,
  label: s.label,
  allottedSec: s.allottedSec,
  status: s.status,
  startedAt: s.startedAt,
  elapsedBeforeMs: s.elapsedBeforeMs,
  stateCode: s.stateCode,
  log: s.log.map(slotLogRecord),
  themes: [...s.themes],
  updatedAt: s.updatedAt,
});
const registrationRecord = (r: Registration): Registration => ({ sessionId: r.sessionId, role: r.role });
const participantRecord = (p: Participant): Participant => ({
  id: p.id,
  seriesId: p.seriesId,
  name: p.name,
  organisation: p.organisation,
  category: p.category,
  scope: p.scope,
  gender: p.gender,
  stateCode: p.stateCode,
  email: p.email,
  phone: p.phone,
  badgeCode: p.badgeCode,
  confidential: p.confidential,
  plateConsent: p.plateConsent,
  registrations: p.registrations.map(registrationRecord),
  reviewedAt: p.reviewedAt,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});
const checkInRecord = (c: CheckIn): CheckIn => ({
  id: c.id,
  seriesId: c.seriesId,
  participantId: c.participantId,
  sessionId: c.sessionId,
  at: c.at,
  station: c.station,
  method: c.method,
  kind: c.kind,
  undoes: c.undoes,
});

/** Sessions by day and start time; slots by session, then programme order; people by name; check-ins oldest first. */
export function sortSnapshot(snapshot: EventSnapshot): EventSnapshot {
  const sessions = [...snapshot.sessions].sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      compareText(a.start, b.start) ||
      compareText(a.end, b.end) ||
      compareText(a.stateCode, b.stateCode) ||
      compareText(a.id, b.id),
  );
  const sessionRank = new Map(sessions.map((s, i) => [s.id, i]));
  const rank = (sessionId: string) => sessionRank.get(sessionId) ?? Number.MAX_SAFE_INTEGER;
  const slots = [...snapshot.slots].sort(
    (a, b) => rank(a.sessionId) - rank(b.sessionId) || compareText(a.sessionId, b.sessionId) || compareText(a.order, b.order) || compareText(a.id, b.id),
  );
  const participants = [...snapshot.participants].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const checkIns = [...snapshot.checkIns].sort((a, b) => a.at - b.at || compareText(a.id, b.id));
  const settings: Record<string, JsonValue> = {};
  for (const name of Object.keys(snapshot.settings).sort(compareText)) {
    const value = snapshot.settings[name];
    if (value !== undefined) settings[name] = value;
  }
  return { series: snapshot.series, sessions, slots, participants, checkIns, settings };
}

function list<T>(records: readonly T[], canonical: (record: T) => T): string {
  if (records.length === 0) return '[]';
  const lines = records.map((record) => `    ${JSON.stringify(canonical(record))}`);
  return `[\n${lines.join(',\n')}\n  ]`;
}

/**
 * The event file of a snapshot, as text (UTF-8 when written; no byte-order mark).
 * @param now epoch ms, written as `exportedAt`.
 */
export function serializeEventFile(snapshot: EventSnapshot, app: AppInfo, now: number): string {
  const sorted = sortSnapshot(snapshot);
  const field = (name: string, json: string) => `  ${JSON.stringify(name)}: ${json}`;
  const fields = [
    field('format', JSON.stringify(EVENT_FILE_FORMAT)),
    field('formatVersion', JSON.stringify(EVENT_FILE_VERSION)),
    field('exportedAt', JSON.stringify(new Date(now).toISOString())),
    field('app', JSON.stringify({ name: app.name, version: app.version })),
    field('series', JSON.stringify(seriesRecord(sorted.series))),
    field('sessions', list(sorted.sessions, sessionRecord)),
    field('slots', list(sorted.slots, slotRecord)),
    field('participants', list(sorted.participants, participantRecord)),
    field('checkIns', list(sorted.checkIns, checkInRecord)),
    field('settings', JSON.stringify(sorted.settings)),
  ];
  return `{\n${fields.join(',\n')}\n}\n`;
}

// Characters no file system accepts, or that mean something to one.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/**
 * A name to suggest when saving: "Pre-sessions 30 2018-04-11.sessiondesk.json" (the series
 * name, made safe for every file system, and the day of export, UTC).
 */
export function suggestEventFileName(seriesName: string, now: number): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const base =
    seriesName
      .replace(UNSAFE_IN_FILE_NAME, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+|\.+$/g, '')
      .slice(0, 120)
      .trim() || 'Session Desk event';
  return `${base} ${day}${EVENT_FILE_EXTENSION}`;
}
