import type { SessionDeskDb } from '../../../renderer/src/db/database';
import { buildDemoSeries } from '../../../renderer/src/domain/demo/demo-series';
import { newId } from '../../../renderer/src/domain/core/ids';
import type { CheckIn, Participant } from '../../../renderer/src/domain/core/model';
import { seriesSettingKey } from '../../../renderer/src/domain/event-file';

export const APP = { name: 'Session Desk', version: '0.1.0' };
/** 11 April 2018, 09:00 in Geneva. */
export const NOW = Date.UTC(2018, 3, 11, 7, 0, 0);
export const MARKUP_NAME = '<script>alert("x")</script> Amina <b>Aliyeva</b> & Co';

/**
 * The demo series written to a database with what a morning at the desk adds: check-ins (and
 * an undo), a finished slot and a running one, a series setting, and a name full of markup.
 */
export async function seedDemo(db: SessionDeskDb): Promise<string> {
  const demo = buildDemoSeries(newId, NOW - 86_400_000);
  const [first, second] = demo.sessions;
  if (!first || !second) throw new Error('the demo has sessions');
  const slotsOfFirst = demo.slots.filter((s) => s.sessionId === first.id);
  const [opening, statement] = slotsOfFirst;
  if (!opening || !statement) throw new Error('the demo has slots');
  Object.assign(opening, { status: 'done', startedAt: null, elapsedBeforeMs: 185_431, updatedAt: NOW + 185_431 });
  Object.assign(statement, { status: 'speaking', startedAt: NOW + 190_000, elapsedBeforeMs: 12_500, updatedAt: NOW + 190_000 });

  const marked: Participant = {
    id: newId(),
    seriesId: demo.series.id,
    name: MARKUP_NAME,
    organisation: '"Quoted" Org\\ with\nnewline',
    category: 'cso',
    scope: 'national',
    gender: 'woman',
    stateCode: 'AZE',
    email: 'amina@example.org',
    phone: '+41 22 000 00 00',
    badgeCode: 'PS30-9999',
    confidential: true,
    plateConsent: true,
    registrations: [
      { sessionId: first.id, role: 'panellist' },
      { sessionId: second.id, role: 'observer' },
    ],
    reviewedAt: null,
    createdAt: NOW,
    updatedAt: NOW,
  };
  demo.participants.push(marked);

  const people = demo.participants.slice(0, 4);
  const checkIns: CheckIn[] = people.map((person, i) => ({
    id: newId(),
    seriesId: demo.series.id,
    participantId: person.id,
    sessionId: first.id,
    at: NOW + i * 1000,
    station: `desk-${(i % 2) + 1}`,
    method: i === 3 ? 'scan' : 'search',
    kind: 'check-in',
    undoes: null,
  }));
  const undone = checkIns[2];
  if (!undone) throw new Error('four check-ins');
  checkIns.push({ ...undone, id: newId(), at: NOW + 10_000, kind: 'undo', undoes: undone.id, method: 'search' });
  checkIns.push({
    ...undone,
    id: newId(),
    at: NOW + 20_000,
    sessionId: second.id,
    participantId: marked.id,
    undoes: null,
    kind: 'check-in',
    method: 'walk-in',
  });

  await db.transaction('rw', [db.series, db.sessions, db.slots, db.participants, db.checkIns, db.settings], async () => {
    await db.series.add(demo.series);
    await db.sessions.bulkAdd(demo.sessions);
    await db.slots.bulkAdd(demo.slots);
    await db.participants.bulkAdd(demo.participants);
    await db.checkIns.bulkAdd(checkIns);
    await db.settings.put({ key: seriesSettingKey(demo.series.id, 'timerThresholds'), value: { warningSec: 60, finalSec: 30, labels: ['a', 'é'] } });
    await db.settings.put({ key: 'language', value: 'fr' });
    await db.settings.put({ key: 'currentSeriesId', value: demo.series.id });
  });
  return demo.series.id;
}

export interface TableCounts {
  series: number;
  sessions: number;
  slots: number;
  participants: number;
  checkIns: number;
  settings: number;
}

export async function countTables(db: SessionDeskDb): Promise<TableCounts> {
  return {
    series: await db.series.count(),
    sessions: await db.sessions.count(),
    slots: await db.slots.count(),
    participants: await db.participants.count(),
    checkIns: await db.checkIns.count(),
    settings: await db.settings.count(),
  };
}

type Json = Record<string, unknown>;
type Rec = Record<string, unknown> & { id: string };

/**
 * An exported file with every id replaced by a key made of what the record is (a session by
 * day, time and State; a participant by badge; a slot by session and order; a check-in by
 * person, session, time and kind), `exportedAt` dropped and lists sorted by those keys: two
 * exports of the same series under different ids then compare equal.
 */
export function withNaturalKeys(text: string): Json {
  const file = JSON.parse(text) as Json;
  const series = file['series'] as Rec;
  const sessions = file['sessions'] as Rec[];
  const slots = file['slots'] as Rec[];
  const participants = file['participants'] as Rec[];
  const checkIns = file['checkIns'] as Rec[];

  const sessionKey = new Map(sessions.map((s) => [s.id, `session ${String(s['date'])} ${String(s['start'])} ${String(s['stateCode'])}`]));
  const personKey = new Map(participants.map((p) => [p.id, `person ${String(p['badgeCode'])}`]));
  const get = (map: Map<string, string>, id: unknown) => {
    const key = map.get(String(id));
    if (key === undefined) throw new Error(`no key for ${String(id)}`);
    return key;
  };
  const slotKey = new Map(slots.map((s) => [s.id, `slot ${get(sessionKey, s['sessionId'])} ${String(s['order'])}`]));
  const checkInKey = new Map(
    checkIns.map((c) => [c.id, `check ${get(personKey, c['participantId'])} ${get(sessionKey, c['sessionId'])} ${String(c['at'])} ${String(c['kind'])}`]),
  );
  const byKey = (a: Rec, b: Rec) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const seriesKey = 'the series';

  return {
    ...file,
    exportedAt: undefined,
    series: { ...series, id: seriesKey },
    sessions: sessions.map((s) => ({ ...s, id: get(sessionKey, s.id), seriesId: seriesKey })).sort(byKey),
    slots: slots
      .map((s) => ({
        ...s,
        id: get(slotKey, s.id),
        seriesId: seriesKey,
        sessionId: get(sessionKey, s['sessionId']),
        participantId: s['participantId'] === null ? null : get(personKey, s['participantId']),
      }))
      .sort(byKey),
    participants: participants
      .map((p) => ({
        ...p,
        id: get(personKey, p.id),
        seriesId: seriesKey,
        registrations: (p['registrations'] as Json[]).map((r) => ({ ...r, sessionId: get(sessionKey, r['sessionId']) })),
      }))
      .sort(byKey),
    checkIns: checkIns
      .map((c) => ({
        ...c,
        id: get(checkInKey, c.id),
        seriesId: seriesKey,
        participantId: get(personKey, c['participantId']),
        sessionId: get(sessionKey, c['sessionId']),
        undoes: c['undoes'] === null ? null : get(checkInKey, c['undoes']),
      }))
      .sort(byKey),
  };
}

/** Every id in an exported file. */
export function allIds(text: string): Set<string> {
  const file = JSON.parse(text) as Record<string, Rec[] | Rec>;
  const ids = new Set<string>([(file['series'] as Rec).id]);
  for (const table of ['sessions', 'slots', 'participants', 'checkIns']) for (const r of file[table] as Rec[]) ids.add(r.id);
  return ids;
}
