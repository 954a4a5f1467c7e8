import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyName } from '../../../renderer/src/db/commands/event-file';
import {
  eventFileJsonSchemaText,
  EVENT_FILE_VERSION,
  migrateEventFile,
  parseEventFile,
  rekeySnapshot,
  serializeEventFile,
  seriesSettingKey,
  seriesSettingName,
  suggestEventFileName,
  type EventFileMigration,
} from '../../../renderer/src/domain/event-file';
import { EXAMPLE_APP, EXAMPLE_EXPORTED_AT, EXAMPLE_SNAPSHOT } from '../../fixtures/event-file/example';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const EXAMPLE_FILE = read('../../fixtures/event-file/example-v1.sessiondesk.json');
/** The same series as version 2 wrote it. */
const EXAMPLE_V2_FILE = read('../../fixtures/event-file/example-v2.sessiondesk.json');
/** The same series as version 3 wrote it. */
const EXAMPLE_V3_FILE = read('../../fixtures/event-file/example-v3.sessiondesk.json');
/** The same series as the current version (4) writes it. */
const EXAMPLE_V4_FILE = read('../../fixtures/event-file/example-v4.sessiondesk.json');

describe('event file format', () => {
  it('still reads the committed version-1 example, exactly as it was written', () => {
    const parsed = parseEventFile(EXAMPLE_FILE);
    const { header, ...snapshot } = parsed;
    expect(header).toEqual({ formatVersion: 1, exportedAt: '2018-04-11T12:30:00.000Z', app: EXAMPLE_APP });
    // Version 1 had no themes on slots: its migration gives every slot none.
    expect(snapshot).toEqual(EXAMPLE_SNAPSHOT);
    expect(snapshot.slots.every((s) => s.themes.length === 0)).toBe(true);
  });

  it('still reads the committed version-2 example: nobody in it was reviewed yet', () => {
    const { header, ...snapshot } = parseEventFile(EXAMPLE_V2_FILE);
    expect(header.formatVersion).toBe(2);
    expect(snapshot).toEqual(EXAMPLE_SNAPSHOT);
    expect(snapshot.participants.every((p) => p.reviewedAt === null)).toBe(true);
  });

  it('still reads the committed version-3 example: its floor slot with a State is a request, and no moderator action names a station', () => {
    const { header, ...snapshot } = parseEventFile(EXAMPLE_V3_FILE);
    expect(header.formatVersion).toBe(3);
    expect(snapshot).toEqual(EXAMPLE_SNAPSHOT);
    expect(snapshot.slots.flatMap((s) => s.log).every((e) => e.station === undefined)).toBe(true);
  });

  it('reads and writes the committed version-4 example, byte for byte', () => {
    expect(EVENT_FILE_VERSION).toBe(4);
    const { header, ...snapshot } = parseEventFile(EXAMPLE_V4_FILE);
    expect(header.formatVersion).toBe(4);
    expect(snapshot).toEqual(EXAMPLE_SNAPSHOT);
    expect(serializeEventFile(snapshot, EXAMPLE_APP, EXAMPLE_EXPORTED_AT)).toBe(EXAMPLE_V4_FILE);
  });

  it('keeps a floor block and a request not reached when the floor closed', () => {
    const request = EXAMPLE_SNAPSHOT.slots.find((s) => s.kind === 'floor');
    if (!request) throw new Error('the example has a floor request');
    const block = { ...request, id: '19c0d1e2-6f7a-4b8c-9d4e-5f6a7b8c9d0f', stateCode: null, order: 'a1V', allottedSec: 900, participantId: null };
    const notReached = {
      ...request,
      id: '4cf3a4b5-9c0d-4e1f-8a7b-8c9d0e1f2a10',
      status: 'skipped' as const,
      log: [
        {
          id: '2ad1e2f3-7a8b-4c9d-8e5f-6a7b8c9d0e09',
          action: '3be2f3a4-8b9c-4d0e-9f6a-7b8c9d0e1f0a',
          kind: 'not-reached' as const,
          at: 1523448000000,
          deltaSec: 0,
          reason: '',
          reasonPublic: false,
          before: null,
          undoes: null,
        },
      ],
    };
    const withFloor = { ...EXAMPLE_SNAPSHOT, slots: [...EXAMPLE_SNAPSHOT.slots.filter((s) => s.id !== request.id), block, notReached] };
    const { header: _header, ...back } = parseEventFile(serializeEventFile(withFloor, EXAMPLE_APP, EXAMPLE_EXPORTED_AT));
    expect(back).toEqual(withFloor);
  });

  it('keeps the station of a moderator action', () => {
    const slots = EXAMPLE_SNAPSHOT.slots.map((s) => ({ ...s, log: s.log.map((e) => ({ ...e, station: 'station-a' })) }));
    const text = serializeEventFile({ ...EXAMPLE_SNAPSHOT, slots }, EXAMPLE_APP, EXAMPLE_EXPORTED_AT);
    const { header: _header, ...back } = parseEventFile(text);
    expect(back.slots.flatMap((s) => s.log).every((e) => e.station === 'station-a')).toBe(true);
  });

  it('keeps when a participant was reviewed', () => {
    const reviewed = { ...EXAMPLE_SNAPSHOT, participants: EXAMPLE_SNAPSHOT.participants.map((p, i) => (i === 0 ? { ...p, reviewedAt: 1523440000000 } : p)) };
    const { header: _header, ...back } = parseEventFile(serializeEventFile(reviewed, EXAMPLE_APP, EXAMPLE_EXPORTED_AT));
    expect(back).toEqual(reviewed);
  });

  it('keeps the themes tagged on a slot', () => {
    const tagged = {
      ...EXAMPLE_SNAPSHOT,
      slots: EXAMPLE_SNAPSHOT.slots.map((s) => (s.kind === 'panellist' ? { ...s, themes: ['womens-rights', 'custom-water-1a2b3c4d'] } : s)),
    };
    const { header: _header, ...back } = parseEventFile(serializeEventFile(tagged, EXAMPLE_APP, EXAMPLE_EXPORTED_AT));
    expect(back).toEqual(tagged);
    const bad = serializeEventFile(tagged, EXAMPLE_APP, EXAMPLE_EXPORTED_AT).replace('"womens-rights"', '"Women\'s rights"');
    expect(() => parseEventFile(bad)).toThrow(/theme id/);
  });

  it('writes the same bytes whatever order the records come in', () => {
    const shuffled = {
      ...EXAMPLE_SNAPSHOT,
      slots: [...EXAMPLE_SNAPSHOT.slots].reverse(),
      participants: [...EXAMPLE_SNAPSHOT.participants].reverse(),
      checkIns: [...EXAMPLE_SNAPSHOT.checkIns].reverse(),
      // Fields in another order, as a database may hand them back.
      series: Object.fromEntries(Object.entries(EXAMPLE_SNAPSHOT.series).reverse()) as typeof EXAMPLE_SNAPSHOT.series,
    };
    expect(serializeEventFile(shuffled, EXAMPLE_APP, EXAMPLE_EXPORTED_AT)).toBe(EXAMPLE_V4_FILE);
  });

  it('documents an example that is a valid event file', () => {
    const doc = read('../../../docs/event-file.md');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const parsed = parseEventFile(example ?? '');
    expect(parsed.series.name).toBe('Pre-sessions 30');
  });

  it('has a committed JSON Schema equal to a fresh generation (run: node scripts/build-event-schema.mjs)', () => {
    expect(read('../../../docs/event-file.schema.json')).toBe(eventFileJsonSchemaText());
  });

  it('has a JSON Schema that accepts the example and refuses a damaged copy', async () => {
    // ajv is not a dependency of the project; it comes with the toolchain. Skip without it.
    let Ajv2020: (new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } }) | undefined;
    try {
      const specifier = 'ajv/dist/2020.js';
      const imported = (await import(/* @vite-ignore */ specifier)) as { default: typeof Ajv2020 };
      Ajv2020 = imported.default;
    } catch {
      console.warn('ajv is not installed: the JSON Schema was not checked against the example');
      return;
    }
    if (!Ajv2020) return;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(read('../../../docs/event-file.schema.json')) as object);
    const example = JSON.parse(EXAMPLE_V4_FILE) as Record<string, unknown>;
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, extra: 1 })).toBe(false);
    expect(validate({ ...example, formatVersion: 5 })).toBe(false);
    expect(validate(JSON.parse(EXAMPLE_V3_FILE) as object)).toBe(false);
    // Older files are read through their migrations, not by the current schema.
    expect(validate(JSON.parse(EXAMPLE_FILE) as object)).toBe(false);
    expect(validate(JSON.parse(EXAMPLE_V2_FILE) as object)).toBe(false);
    expect(validate(JSON.parse(EXAMPLE_V3_FILE) as object)).toBe(false);
  });

  it('migrates older files one version at a time (a hook for version 2 and later)', () => {
    const migrations: EventFileMigration[] = [
      { from: 1, migrate: (file) => ({ ...file, formatVersion: 2, renamed: file['old'] }) },
      { from: 2, migrate: (file) => ({ ...file, formatVersion: 3 }) },
    ];
    expect(migrateEventFile({ formatVersion: 1, old: 'x' }, migrations, 3)).toEqual({ formatVersion: 3, old: 'x', renamed: 'x' });
    expect(migrateEventFile({ formatVersion: 3 }, migrations, 3)).toEqual({ formatVersion: 3 });
    expect(() => migrateEventFile({ formatVersion: 1 }, [], 2)).toThrow(/No migration/);
    // The current version: nothing to do.
    const file = { formatVersion: 4, a: 1 };
    expect(migrateEventFile(file)).toBe(file);
  });

  it('migrates version 1 to 2 by giving every slot no themes, keeping any it has', () => {
    const migrated = migrateEventFile({ formatVersion: 1, slots: [{ id: 'a' }, { id: 'b', themes: ['torture'] }, 'not a slot'] }, undefined, 2);
    expect(migrated).toEqual({ formatVersion: 2, slots: [{ id: 'a', themes: [] }, { id: 'b', themes: ['torture'] }, 'not a slot'] });
  });

  it('migrates version 2 to 3 by marking every participant never reviewed, keeping a review it has', () => {
    const migrated = migrateEventFile({ formatVersion: 2, participants: [{ id: 'a' }, { id: 'b', reviewedAt: 5 }, 'not a participant'] }, undefined, 3);
    expect(migrated).toEqual({ formatVersion: 3, participants: [{ id: 'a', reviewedAt: null }, { id: 'b', reviewedAt: 5 }, 'not a participant'] });
  });

  it('re-keys a copy with every reference following', () => {
    let n = 0;
    const { snapshot, ids } = rekeySnapshot(EXAMPLE_SNAPSHOT, () => `new-${++n}`, 'Copy');
    expect(snapshot.series).toMatchObject({ id: 'new-1', name: 'Copy' });
    const session = ids.sessions.get(EXAMPLE_SNAPSHOT.sessions[0]?.id ?? '');
    expect(snapshot.slots.every((s) => s.sessionId === session && s.seriesId === 'new-1')).toBe(true);
    expect(snapshot.slots[1]?.participantId).toBe(ids.participants.get(EXAMPLE_SNAPSHOT.participants[0]?.id ?? ''));
    expect(snapshot.checkIns[2]?.undoes).toBe(snapshot.checkIns[1]?.id);
    expect(snapshot.participants[0]?.registrations[0]?.sessionId).toBe(session);
    expect(EXAMPLE_SNAPSHOT.series.name).toBe('Pre-sessions 30');
  });

  it('names copies and files', () => {
    expect(copyName('A', new Set(['B']))).toBe('A');
    expect(copyName('A', new Set(['A']))).toBe('A (imported)');
    expect(copyName('A', new Set(['A', 'A (imported)']))).toBe('A (imported 2)');
    expect(copyName('A', new Set(['A']), 'importé')).toBe('A (importé)');
    expect(suggestEventFileName('Pre-sessions 30', EXAMPLE_EXPORTED_AT)).toBe('Pre-sessions 30 2018-04-11.sessiondesk.json');
    expect(suggestEventFileName('a/b: <c>?', EXAMPLE_EXPORTED_AT)).toBe('a b c 2018-04-11.sessiondesk.json');
    expect(suggestEventFileName(' ..', EXAMPLE_EXPORTED_AT)).toBe('Session Desk event 2018-04-11.sessiondesk.json');
  });

  it('keys series settings under their series', () => {
    expect(seriesSettingKey('s1', 'timerThresholds')).toBe('series:s1:timerThresholds');
    expect(seriesSettingName('s1', 'series:s1:timerThresholds')).toBe('timerThresholds');
    expect(seriesSettingName('s2', 'series:s1:timerThresholds')).toBeNull();
    expect(seriesSettingName('s1', 'language')).toBeNull();
    expect(() => seriesSettingKey('s1', 'bad name')).toThrow();
  });
});
