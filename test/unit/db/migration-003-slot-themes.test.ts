import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { SessionDeskDb } from '../../../renderer/src/db/database';
import type { Slot } from '../../../renderer/src/domain/core/model';

/** Migration 3 (slot themes): open at 2, seed, open at 3, assert. */
describe('schema migration 3', () => {
  it('gives every existing slot no themes and leaves the rest of it as it was', async () => {
    const name = `migration-v3-${Date.now()}`;
    const v2 = new SessionDeskDb(name, 2);
    await v2.open();
    await v2.slots.bulkAdd([
      {
        id: 'done',
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
        stateCode: null,
        log: [{ id: 'e', action: 'a', kind: 'start', at: 1, deltaSec: 0, reason: '', reasonPublic: false, before: null, undoes: null }],
        updatedAt: 5,
      },
      {
        id: 'floor',
        sessionId: 'x',
        seriesId: 'y',
        order: 'a1',
        kind: 'floor',
        participantId: null,
        label: '',
        allottedSec: 120,
        status: 'pending',
        startedAt: null,
        elapsedBeforeMs: 0,
        stateCode: 'SWE',
        log: [],
        updatedAt: 6,
      },
    ] as unknown as Slot[]);
    v2.close();

    const v3 = new SessionDeskDb(name, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    const done = await v3.slots.get('done');
    expect(done).toMatchObject({ themes: [], status: 'done', elapsedBeforeMs: 355_000, updatedAt: 5, stateCode: null });
    expect(done?.log).toHaveLength(1);
    expect(await v3.slots.get('floor')).toMatchObject({ themes: [], stateCode: 'SWE', updatedAt: 6 });
    v3.close();
    await Dexie.delete(name);
  });
});
