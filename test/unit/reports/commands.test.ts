import { describe, expect, it } from 'vitest';
import { addSeriesTheme, setSlotThemes } from '../../../renderer/src/db/commands/reports';
import { readReportRecord, readSeriesThemes } from '../../../renderer/src/db/queries/reports';
import { importEventFile } from '../../../renderer/src/db/commands/event-file';
import { parseEventFile, serializeEventFile } from '../../../renderer/src/domain/event-file';
import { REPORTS_APP, REPORTS_EXPORTED_AT, REPORTS_SNAPSHOT } from '../../fixtures/reports/reports-series';
import { freshDb } from '../db/test-db';

async function seeded() {
  const db = freshDb();
  await db.open();
  const seriesId = await importEventFile(db, parseEventFile(serializeEventFile(REPORTS_SNAPSHOT, REPORTS_APP, REPORTS_EXPORTED_AT)), 'replace', {
    importedLabel: 'imported',
  });
  return { db, seriesId };
}

describe('Reports commands', () => {
  it('tag a slot with known themes only, once each, in catalogue order, touching nothing else', async () => {
    const { db, seriesId } = await seeded();
    const slot = (await db.slots.where('seriesId').equals(seriesId).toArray()).find((s) => s.kind === 'panellist' && s.status === 'done');
    if (!slot) throw new Error('fixture');
    const stored = await setSlotThemes(db, slot.id, ['torture', 'not-a-theme', 'womens-rights', 'torture', 'custom-forced-evictions-0a1b2c3d'], 42);
    expect(stored).toEqual(['womens-rights', 'torture', 'custom-forced-evictions-0a1b2c3d']);
    const after = await db.slots.get(slot.id);
    expect(after).toEqual({ ...slot, themes: stored, updatedAt: 42 });
    db.close();
  });

  it('add a theme of the series, refusing an empty or an existing name, and read it back in the record', async () => {
    const { db, seriesId } = await seeded();
    const added = await addSeriesTheme(db, seriesId, ' Water and sanitation ', 'Eau et assainissement');
    if (typeof added === 'string') throw new Error(added);
    expect(added.id).toMatch(/^custom-water-and-sanitation-[0-9a-f]{8}$/);
    expect(await addSeriesTheme(db, seriesId, '', ' ')).toBe('empty');
    expect(await addSeriesTheme(db, seriesId, 'women’s rights', '')).toBe('duplicate');
    expect(await addSeriesTheme(db, seriesId, '', 'expulsions FORCÉES')).toBe('duplicate');
    expect((await readSeriesThemes(db, seriesId)).map((t) => t.name.fr)).toEqual(['Expulsions forcées', 'Eau et assainissement']);
    const record = await readReportRecord(db, seriesId);
    expect(record?.themes.at(-1)?.id).toBe(added.id);
    expect(record?.slots).toHaveLength(REPORTS_SNAPSHOT.slots.length);
    db.close();
  });
});
