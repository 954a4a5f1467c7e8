import { describe, expect, it } from 'vitest';
import { createSeries, deleteSeries, selectSeries } from '../../../renderer/src/db/commands/series';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { setSetting } from '../../../renderer/src/db/commands/settings';
import { readSettings } from '../../../renderer/src/db/queries/settings';
import { listSeries, readProgramme } from '../../../renderer/src/db/queries/series';
import { freshDb } from './test-db';

describe('series commands', () => {
  it('creates a series, makes it current and lists it', async () => {
    const db = freshDb();
    const result = await createSeries(db, { name: 'Pre-sessions 45', startDate: '2026-04-01', endDate: '2026-04-03', venue: 'Geneva' });
    expect(result.ok).toBe(true);
    const settings = await readSettings(db);
    const all = await listSeries(db);
    expect(all.map((s) => s.name)).toEqual(['Pre-sessions 45']);
    expect(settings.currentSeriesId).toBe(all[0]?.id);
  });

  it('refuses a series without a name and writes nothing', async () => {
    const db = freshDb();
    const result = await createSeries(db, { name: '', startDate: '2026-04-01', endDate: '2026-04-03', venue: '' });
    expect(result).toEqual({ ok: false, problems: ['name-required'] });
    expect(await db.series.count()).toBe(0);
  });

  it('deletes a series with everything recorded for it and clears the current choice', async () => {
    const db = freshDb();
    const demoId = await openDemoSeries(db);
    const other = await createSeries(db, { name: 'Other', startDate: '2026-01-01', endDate: '2026-01-01', venue: '' });
    if (!other.ok) throw new Error('setup');
    await selectSeries(db, demoId);
    await deleteSeries(db, demoId);
    expect(await db.sessions.where('seriesId').equals(demoId).count()).toBe(0);
    expect(await db.slots.where('seriesId').equals(demoId).count()).toBe(0);
    expect(await db.participants.where('seriesId').equals(demoId).count()).toBe(0);
    expect((await readSettings(db)).currentSeriesId).toBeNull();
    expect((await listSeries(db)).map((s) => s.name)).toEqual(['Other']);
  });

  it('refuses to select a series that does not exist', async () => {
    const db = freshDb();
    await expect(selectSeries(db, 'missing')).rejects.toThrow();
  });
});

describe('the demo series', () => {
  it('is written once and reused, with its programme in order', async () => {
    const db = freshDb();
    const first = await openDemoSeries(db);
    const second = await openDemoSeries(db);
    expect(second).toBe(first);
    expect(await db.series.count()).toBe(1);
    const programme = await readProgramme(db, first);
    expect(programme).toHaveLength(12);
    expect(programme[0]?.session.date).toBe('2018-04-11');
    expect(programme[0]?.slots[0]?.kind).toBe('opening');
    expect(programme[0]?.slots.at(-1)?.kind).toBe('closing');
  });
});

describe('settings', () => {
  it('fall back to defaults and keep what is set', async () => {
    const db = freshDb();
    expect(await readSettings(db)).toEqual({ language: 'en', theme: 'light', currentSeriesId: null });
    await setSetting(db, 'language', 'fr');
    await setSetting(db, 'theme', 'dark');
    await db.settings.put({ key: 'currentSeriesId', value: 42 });
    expect(await readSettings(db)).toEqual({ language: 'fr', theme: 'dark', currentSeriesId: null });
  });
});
