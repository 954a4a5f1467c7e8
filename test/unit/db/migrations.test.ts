import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { MIGRATIONS, LATEST_VERSION } from '../../../renderer/src/db/migrations';
import { SessionDeskDb } from '../../../renderer/src/db/database';
import type { Slot } from '../../../renderer/src/domain/core/model';

/**
 * One test per migration: open at N-1, seed, open at N, assert.
 * Version 1 starts from an empty browser profile, so its "N-1" is no database at all.
 */
describe('schema migrations', () => {
  it('are numbered 1, 2, 3… without gaps, each with a description', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.description.length).toBeGreaterThan(5);
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('v1 creates every table with UUID primary keys and the indexes the app queries', async () => {
    const name = `migration-v1-${Date.now()}`;
    const db = new SessionDeskDb(name, 1);
    await db.open();
    expect(db.verno).toBe(1);
    const tables = Object.fromEntries(db.tables.map((t) => [t.name, t.schema]));
    expect(Object.keys(tables).sort()).toEqual(['checkIns', 'series', 'sessions', 'settings', 'slots', 'participants'].sort());
    for (const table of ['series', 'sessions', 'slots', 'participants', 'checkIns']) {
      expect(tables[table]?.primKey.keyPath).toBe('id');
      expect(tables[table]?.primKey.auto).toBe(false);
    }
    expect(tables.slots?.idxByName['[sessionId+order]']).toBeDefined();
    expect(tables.checkIns?.idxByName['[sessionId+participantId]']).toBeDefined();
    expect(tables.participants?.idxByName.badgeCode).toBeDefined();
    // A slot as version 1 stored it (before stateCode and log existed).
    await db.slots.add({
      id: 's1',
      sessionId: 'x',
      seriesId: 'y',
      order: 'a0',
      kind: 'opening',
      participantId: null,
      label: '',
      allottedSec: 60,
      status: 'pending',
      startedAt: null,
      elapsedBeforeMs: 0,
      updatedAt: 0,
    } as unknown as Slot);
    db.close();
    // Reopening at the latest version keeps what v1 held.
    const latest = new SessionDeskDb(name);
    expect((await latest.slots.get('s1'))?.order).toBe('a0');
    latest.close();
    await Dexie.delete(name);
  });

  it('v2 gives every existing slot no floor mission and an empty moderator record', async () => {
    const name = `migration-v2-${Date.now()}`;
    const v1 = new SessionDeskDb(name, 1);
    await v1.open();
    await v1.slots.add({
      id: 'old',
      sessionId: 'x',
      seriesId: 'y',
      order: 'a0',
      kind: 'panellist',
      participantId: 'p',
      label: '',
      allottedSec: 360,
      status: 'done',
      startedAt: null,
      elapsedBeforeMs: 355_000,
      updatedAt: 5,
    } as unknown as Slot);
    v1.close();
    const v2 = new SessionDeskDb(name, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const slot = await v2.slots.get('old');
    expect(slot).toMatchObject({ stateCode: null, log: [], status: 'done', elapsedBeforeMs: 355_000, updatedAt: 5 });
    v2.close();
    await Dexie.delete(name);
  });
});
