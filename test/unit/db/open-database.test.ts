import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { classifyOpenError, openDatabase } from '../../../renderer/src/db/open-database';
import { SessionDeskDb } from '../../../renderer/src/db/database';

describe('opening the store', () => {
  it('opens a fresh store', async () => {
    const result = await openDatabase(() => new SessionDeskDb(`open-ok-${Date.now()}`));
    expect(result.ok).toBe(true);
    if (result.ok) result.db.close();
  });

  it('reports data written by a newer version instead of failing blank', async () => {
    const name = `open-newer-${Date.now()}`;
    const newer = new Dexie(name);
    newer.version(99).stores({ series: 'id' });
    await newer.open();
    newer.close();
    const result = await openDatabase(() => new SessionDeskDb(name));
    expect(result).toMatchObject({ ok: false, problem: 'newer-version' });
    await Dexie.delete(name);
  });

  it('reports a store blocked by another window that keeps an older version open', async () => {
    const name = `open-blocked-${Date.now()}`;
    // An "old window" that ignores the request to close.
    const old = new Dexie(name);
    old.version(1).stores({ series: 'id' });
    old.on('versionchange', () => false);
    await old.open();
    class Upgraded extends SessionDeskDb {
      constructor() {
        super(name);
        this.version(5).stores({ extra: 'id' });
      }
    }
    const result = await openDatabase(() => new Upgraded(), 50);
    expect(result).toMatchObject({ ok: false, problem: 'blocked' });
    old.close();
  });

  it('classifies the errors the user can act on', () => {
    const quota = new Error('full');
    quota.name = 'QuotaExceededError';
    expect(classifyOpenError(quota).problem).toBe('quota');
    const missing = new Error('no idb');
    missing.name = 'MissingAPIError';
    expect(classifyOpenError(missing).problem).toBe('unavailable');
    expect(classifyOpenError('weird').problem).toBe('failed');
  });
});
