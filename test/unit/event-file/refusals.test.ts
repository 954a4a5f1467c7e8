import { beforeAll, describe, expect, it } from 'vitest';
import { importEventFile } from '../../../renderer/src/db/commands/event-file';
import { readEventSnapshot } from '../../../renderer/src/db/queries/event-file';
import { readSettings } from '../../../renderer/src/db/queries/settings';
import type { SessionDeskDb } from '../../../renderer/src/db/database';
import {
  EVENT_FILE_MAX_BYTES,
  EventFileError,
  MAX_REPORTED_ISSUES,
  parseEventFile,
  rekeySnapshot,
  serializeEventFile,
  type EventFileErrorCode,
} from '../../../renderer/src/domain/event-file';
import { newId } from '../../../renderer/src/domain/core/ids';
import { freshDb } from '../db/test-db';
import { APP, countTables, NOW, seedDemo } from './helpers';

type FileJson = Record<string, unknown> & {
  series: Record<string, unknown>;
  sessions: Array<Record<string, unknown>>;
  slots: Array<Record<string, unknown>>;
  participants: Array<Record<string, unknown>>;
  checkIns: Array<Record<string, unknown>>;
};

let valid = '';
beforeAll(async () => {
  const db = freshDb();
  const seriesId = await seedDemo(db);
  const snapshot = await readEventSnapshot(db, seriesId);
  if (!snapshot) throw new Error('seeded');
  valid = serializeEventFile(snapshot, APP, NOW);
});

function edited(change: (file: FileJson) => void): string {
  const file = JSON.parse(valid) as FileJson;
  change(file);
  return JSON.stringify(file, null, 2);
}

function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/**
 * Reads and imports `text` into a database that already holds a series; expects the refusal
 * and checks that no table changed, nor the current series.
 */
async function expectRefused(text: string, code: EventFileErrorCode, mode: 'new-copy' | 'replace' = 'new-copy'): Promise<EventFileError> {
  const db: SessionDeskDb = freshDb();
  await seedDemo(db);
  const before = await countTables(db);
  const current = (await readSettings(db)).currentSeriesId;
  let caught: unknown;
  try {
    await importEventFile(db, parseEventFile(text), mode);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(EventFileError);
  const error = caught as EventFileError;
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(20);
  expect(await countTables(db)).toEqual(before);
  expect((await readSettings(db)).currentSeriesId).toBe(current);
  return error;
}

describe('event file refusals', () => {
  it('accepts the valid file (the control case) and a leading byte-order mark', () => {
    expect(parseEventFile(valid).series.name).toBe('Pre-sessions 30');
    expect(parseEventFile(`\uFEFF${valid}`).participants.length).toBeGreaterThan(50);
    expect(parseEventFile(valid).header).toEqual({ formatVersion: 4, exportedAt: '2018-04-11T07:00:00.000Z', app: APP });
  });

  it('refuses a file from a newer version, saying which app wrote it', async () => {
    const error = await expectRefused(
      edited((f) => {
        f['formatVersion'] = 5;
        f['app'] = { name: 'Session Desk', version: '3.0.0' };
        f['somethingNew'] = { whatever: true };
      }),
      'newer-version',
    );
    expect(error.details).toMatchObject({ fileVersion: 5, supportedVersion: 4, writtenBy: 'Session Desk 3.0.0' });
    expect(error.message).toContain('newer version of Session Desk (Session Desk 3.0.0)');
    expect(error.message).toContain('Update Session Desk');
  });

  it('refuses text that is not JSON', async () => {
    const error = await expectRefused('Name,Organisation\nAmina Aliyeva,Legal Aid Collective\n', 'not-json');
    expect(error.message).toMatch(/not JSON/);
    await expectRefused('', 'not-json');
    await expectRefused('   \n', 'not-json');
  });

  it('refuses JSON of another shape', async () => {
    const error = await expectRefused('{"name": "Pre-sessions 30", "participants": []}', 'not-an-event-file');
    expect(error.message).toBe('The file is JSON but not a Session Desk event file.');
    await expectRefused('[1, 2, 3]', 'not-an-event-file');
    await expectRefused('null', 'not-an-event-file');
    const other = await expectRefused('{"format": "something/else", "formatVersion": 1}', 'not-an-event-file');
    expect(other.message).toContain('"something/else"');
  });

  it('refuses a truncated file as damaged', async () => {
    const error = await expectRefused(valid.slice(0, Math.floor(valid.length / 2)), 'damaged');
    expect(error.message).toMatch(/cut short/);
    expect(error.issues).toHaveLength(1);
    // Even cut inside the first record.
    await expectRefused(valid.slice(0, 300), 'damaged');
  });

  it('refuses a slot that points at a missing session, naming the slot', async () => {
    const error = await expectRefused(
      edited((f) => {
        at(f.slots, 5)['sessionId'] = 'no-such-session';
      }),
      'damaged',
    );
    expect(error.issues).toEqual([{ path: 'slots[5].sessionId', message: 'no session has the id "no-such-session"' }]);
    expect(error.message).toBe('The event file is damaged (1 problem): slots[5].sessionId: no session has the id "no-such-session".');
  });

  it('refuses a duplicated id', async () => {
    const error = await expectRefused(
      edited((f) => {
        at(f.participants, 7)['id'] = at(f.participants, 2)['id'];
      }),
      'damaged',
    );
    expect(error.issues[0]?.path).toBe('participants[7].id');
    expect(error.issues[0]?.message).toMatch(/is used twice \(also by participants\[2\]\)/);
  });

  it('refuses a wrong type: a text for allottedSec', async () => {
    const error = await expectRefused(
      edited((f) => {
        at(f.slots, 3)['allottedSec'] = '360';
      }),
      'damaged',
    );
    expect(error.issues).toEqual([{ path: 'slots[3].allottedSec', message: 'expected a number, found text' }]);
  });

  it('refuses other breaches of the format, each with its path', async () => {
    const cases: Array<[(f: FileJson) => void, string, RegExp]> = [
      [(f) => void (at(f.participants, 0)['nickname'] = 'x'), 'participants[0]', /unknown field "nickname"/],
      [(f) => void delete at(f.participants, 0)['name'], 'participants[0].name', /missing: expected text/],
      [(f) => void (at(f.slots, 0)['status'] = 'talking'), 'slots[0].status', /expected one of "pending", .*found "talking"/],
      [(f) => void (at(f.slots, 0)['allottedSec'] = -5), 'slots[0].allottedSec', /must be at least 0/],
      [(f) => void (at(f.sessions, 0)['date'] = '2018-02-30'), 'sessions[0].date', /real calendar date/],
      [(f) => void (at(f.sessions, 0)['start'] = '9:00'), 'sessions[0].start', /"HH:MM"/],
      [(f) => void (at(f.sessions, 1)['seriesId'] = 'another'), 'sessions[1].seriesId', /belongs to another series/],
      [(f) => void (at(f.checkIns, 0)['participantId'] = 'ghost'), 'checkIns[0].participantId', /no participant has the id "ghost"/],
      [
        (f) => void (at(f.participants, 0)['registrations'] = [{ sessionId: 'gone', role: 'delegate' }]),
        'participants[0].registrations[0].sessionId',
        /no session/,
      ],
      [(f) => void (at(f.slots, 2)['participantId'] = 'ghost'), 'slots[2].participantId', /no participant/],
      [(f) => void (f['exportedAt'] = 'yesterday'), 'exportedAt', /ISO 8601/],
      [(f) => void (f['formatVersion'] = 0), 'formatVersion', /whole number from 1/],
      [(f) => void (f['settings'] = { 'bad key!': 1 }), 'settings["bad key!"]', /not a setting name/],
    ];
    for (const [change, path, message] of cases) {
      const error = await expectRefused(edited(change), 'damaged');
      expect(error.issues[0]?.path, `${path}: ${JSON.stringify(error.issues)}`).toBe(path);
      expect(error.issues[0]?.message).toMatch(message);
    }
  });

  it('keeps the first issues of a file broken everywhere, and counts them all', async () => {
    const error = await expectRefused(
      edited((f) => {
        for (const slot of f.slots) slot['allottedSec'] = 'long';
      }),
      'damaged',
    );
    const slots = (JSON.parse(valid) as FileJson).slots.length;
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(error.issueCount).toBe(slots);
    expect(error.message).toContain(`(${slots} problems)`);
    expect(error.message).toContain(`(and ${slots - 3} more)`);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await expectRefused(' '.repeat(EVENT_FILE_MAX_BYTES + 1), 'too-large');
    expect(error.details).toMatchObject({ limit: EVENT_FILE_MAX_BYTES, size: EVENT_FILE_MAX_BYTES + 1 });
  });

  it('accepts any JSON value as a series setting', () => {
    const settings = { thresholds: { nested: [1, 'two', null, true, { deep: -1.5 }] }, 'logo.file-name_2': 'logo.png', empty: {} };
    expect(parseEventFile(edited((f) => void (f['settings'] = settings))).settings).toEqual(settings);
  });

  it('keeps markup in names as text', () => {
    const text = edited((f) => {
      at(f.participants, 0)['name'] = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      f.series['name'] = '<b>Pre-sessions</b> 30';
    });
    const parsed = parseEventFile(text);
    expect(parsed.participants[0]?.name).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(parsed.series.name).toBe('<b>Pre-sessions</b> 30');
  });
});

describe('event file import is all or nothing', () => {
  it("a 'replace' that collides with another series' record changes nothing and says why", async () => {
    const db = freshDb();
    const seriesId = await seedDemo(db);
    const snapshot = await readEventSnapshot(db, seriesId);
    if (!snapshot) throw new Error('seeded');
    const before = await countTables(db);
    const exported = serializeEventFile(snapshot, APP, NOW);

    // A file for another series that reuses, in its last table, a check-in id of this one.
    const other = rekeySnapshot(snapshot, newId, 'Other').snapshot;
    const lastCheckIn = at(other.checkIns, other.checkIns.length - 1);
    const clash = at(snapshot.checkIns, 0).id;
    other.checkIns = other.checkIns.map((c) => (c.id === lastCheckIn.id ? { ...c, id: clash } : c.undoes === lastCheckIn.id ? { ...c, undoes: clash } : c));

    const error = await importEventFile(db, parseEventFile(serializeEventFile(other, APP, NOW)), 'replace').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventFileError);
    expect((error as EventFileError).code).toBe('id-conflict');
    expect(await countTables(db)).toEqual(before);
    expect(await db.series.get(other.series.id)).toBeUndefined();
    const after = await readEventSnapshot(db, seriesId);
    if (!after) throw new Error('still there');
    expect(serializeEventFile(after, APP, NOW)).toBe(exported);
  });

  it("a 'replace' that fails after deleting the old records puts them all back", async () => {
    const db = freshDb();
    const seriesId = await seedDemo(db);
    const snapshot = await readEventSnapshot(db, seriesId);
    if (!snapshot) throw new Error('seeded');
    const exported = serializeEventFile(snapshot, APP, NOW);
    // A second series whose check-in id the new version of the first one will reuse.
    const otherId = await importEventFile(db, parseEventFile(exported), 'new-copy');
    const otherCheckIn = await db.checkIns.where('seriesId').equals(otherId).first();
    if (!otherCheckIn) throw new Error('copied');
    const before = await countTables(db);

    const changed = structuredClone(snapshot);
    changed.series.name = 'Renamed';
    const last = at(changed.checkIns, changed.checkIns.length - 1);
    changed.checkIns = changed.checkIns.map((c) => (c === last ? { ...c, id: otherCheckIn.id } : c.undoes === last.id ? { ...c, undoes: otherCheckIn.id } : c));

    await expect(importEventFile(db, changed, 'replace')).rejects.toMatchObject({ code: 'id-conflict' });
    expect(await countTables(db)).toEqual(before);
    const after = await readEventSnapshot(db, seriesId);
    if (!after) throw new Error('still there');
    expect(serializeEventFile(after, APP, NOW)).toBe(exported);
    expect((await readSettings(db)).currentSeriesId).toBe(otherId);
  });

  it('checks the references of a snapshot that did not come from parseEventFile', async () => {
    const db = freshDb();
    const seriesId = await seedDemo(db);
    const snapshot = await readEventSnapshot(db, seriesId);
    if (!snapshot) throw new Error('seeded');
    const before = await countTables(db);
    const broken = { ...snapshot, slots: snapshot.slots.map((s, i) => (i === 0 ? { ...s, sessionId: 'missing' } : s)) };
    await expect(importEventFile(freshDb(), broken)).rejects.toMatchObject({ code: 'damaged' });
    await expect(importEventFile(db, broken, 'replace')).rejects.toMatchObject({ code: 'damaged' });
    expect(await countTables(db)).toEqual(before);
  });
});
