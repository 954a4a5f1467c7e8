import { describe, expect, it } from 'vitest';
import { importEventFile } from '../../../renderer/src/db/commands/event-file';
import { readEventSnapshot } from '../../../renderer/src/db/queries/event-file';
import { readSettings } from '../../../renderer/src/db/queries/settings';
import { listSeries } from '../../../renderer/src/db/queries/series';
import type { SessionDeskDb } from '../../../renderer/src/db/database';
import { parseEventFile, seriesSettingKey, serializeEventFile } from '../../../renderer/src/domain/event-file';
import { freshDb } from '../db/test-db';
import { allIds, APP, countTables, MARKUP_NAME, NOW, seedDemo, withNaturalKeys } from './helpers';

async function exportSeries(db: SessionDeskDb, seriesId: string, now = NOW): Promise<string> {
  const snapshot = await readEventSnapshot(db, seriesId);
  if (!snapshot) throw new Error(`no series ${seriesId}`);
  return serializeEventFile(snapshot, APP, now);
}

describe('event file round trip', () => {
  it('exports what the database holds, sorted, one record per line', async () => {
    const db = freshDb();
    const seriesId = await seedDemo(db);
    const text = await exportSeries(db, seriesId);
    const file = JSON.parse(text) as Record<string, unknown[]>;
    const counts = await countTables(db);
    expect(file['sessions']).toHaveLength(counts.sessions);
    expect(file['slots']).toHaveLength(counts.slots);
    expect(file['participants']).toHaveLength(counts.participants);
    expect(file['checkIns']).toHaveLength(counts.checkIns);
    // Series settings travel; app-wide preferences (language, current series) do not.
    expect(file['settings']).toEqual({ timerThresholds: { warningSec: 60, finalSec: 30, labels: ['a', 'é'] } });
    expect(text).toMatch(/^\{\n {2}"format": "session-desk\/event",\n {2}"formatVersion": 4,\n {2}"exportedAt": "2018-04-11T07:00:00.000Z",/);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(counts.participants + counts.slots);
    expect(await readEventSnapshot(db, 'no-such-series')).toBeNull();
  });

  it('imports as a new copy with fresh ids and exports the same series again', async () => {
    const source = freshDb();
    const seriesId = await seedDemo(source);
    const original = await exportSeries(source, seriesId);

    const target = freshDb();
    const importedId = await importEventFile(target, parseEventFile(original), 'new-copy');
    expect(importedId).not.toBe(seriesId);
    expect((await readSettings(target)).currentSeriesId).toBe(importedId);

    const again = await exportSeries(target, importedId);
    expect(withNaturalKeys(again)).toEqual(withNaturalKeys(original));
    // No id of the original survives in the copy.
    const originalIds = allIds(original);
    for (const id of allIds(again)) expect(originalIds.has(id)).toBe(false);
    // The timing record, the undo and the markup came through as they were.
    const copy = parseEventFile(again);
    expect(copy.slots.some((s) => s.status === 'speaking' && s.startedAt === NOW + 190_000 && s.elapsedBeforeMs === 12_500)).toBe(true);
    expect(copy.slots.some((s) => s.status === 'done' && s.startedAt === null && s.elapsedBeforeMs === 185_431)).toBe(true);
    const undo = copy.checkIns.find((c) => c.kind === 'undo');
    expect(copy.checkIns.find((c) => c.id === undo?.undoes)?.kind).toBe('check-in');
    expect(copy.participants.find((p) => p.badgeCode === 'PS30-9999')?.name).toBe(MARKUP_NAME);
    expect(await target.settings.get(seriesSettingKey(importedId, 'timerThresholds'))).toBeDefined();
  });

  it('imports the same file twice as two independent series, the second named "(imported)"', async () => {
    const source = freshDb();
    const seriesId = await seedDemo(source);
    const text = await exportSeries(source, seriesId);
    const first = await importEventFile(source, parseEventFile(text));
    const second = await importEventFile(source, parseEventFile(text));
    const nameOf = new Map((await listSeries(source)).map((s) => [s.id, s.name]));
    expect([nameOf.get(seriesId), nameOf.get(first), nameOf.get(second)]).toEqual([
      'Pre-sessions 30',
      'Pre-sessions 30 (imported)',
      'Pre-sessions 30 (imported 2)',
    ]);
    expect(new Set([seriesId, first, second]).size).toBe(3);
    const counts = await countTables(source);
    const one = parseEventFile(text);
    expect(counts.participants).toBe(3 * one.participants.length);
    expect(counts.checkIns).toBe(3 * one.checkIns.length);
    // Three series, each with its own setting, plus the two app-wide preferences.
    expect(counts.settings).toBe(3 + 2);
    expect((await readSettings(source)).currentSeriesId).toBe(second);
    // Each copy still exports as the original series (apart from its name).
    const copy = withNaturalKeys(await exportSeries(source, second));
    const original = withNaturalKeys(text);
    expect({ ...copy, series: { ...(copy['series'] as object), name: 'x' } }).toEqual({
      ...original,
      series: { ...(original['series'] as object), name: 'x' },
    });
  });

  it("'replace' restores a series byte for byte, into an empty database", async () => {
    const source = freshDb();
    const seriesId = await seedDemo(source);
    const original = await exportSeries(source, seriesId);

    const target = freshDb();
    const restoredId = await importEventFile(target, parseEventFile(original), 'replace');
    expect(restoredId).toBe(seriesId);
    expect(await exportSeries(target, seriesId)).toBe(original);
    // Apart from exportedAt, whenever it is exported.
    const later = await exportSeries(target, seriesId, NOW + 3_600_000);
    expect(later).not.toBe(original);
    expect(later.replace(/"exportedAt": "[^"]*"/, '')).toBe(original.replace(/"exportedAt": "[^"]*"/, ''));
  });

  it("'replace' over the live series removes what was added since and brings back what was removed", async () => {
    const db = freshDb();
    const seriesId = await seedDemo(db);
    const backup = await exportSeries(db, seriesId);
    const before = await countTables(db);

    // The morning goes on: someone deleted, a check-in added, a slot renamed, a setting added.
    const someone = await db.participants.where('seriesId').equals(seriesId).first();
    const aSlot = await db.slots.where('seriesId').equals(seriesId).first();
    if (!someone || !aSlot) throw new Error('seeded');
    await db.participants.delete(someone.id);
    await db.slots.update(aSlot.id, { label: 'Changed' });
    await db.checkIns.add({ ...((await db.checkIns.toCollection().first()) ?? (undefined as never)), id: 'added-later', at: NOW + 99_000 });
    await db.settings.put({ key: seriesSettingKey(seriesId, 'addedLater'), value: true });

    await importEventFile(db, parseEventFile(backup), 'replace');
    expect(await exportSeries(db, seriesId)).toBe(backup);
    expect(await countTables(db)).toEqual(before);
  });
});
