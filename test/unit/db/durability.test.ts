import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkIn, undoCheckIn } from '../../../renderer/src/db/commands/check-ins';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { addToFloor, adjustTime, nextSpeaker, toggleTimer, undoLastAction } from '../../../renderer/src/db/commands/moderator';
import { freshDb } from './test-db';

/** The durability asked for by each read-write transaction opened on the store. */
const seen: string[] = [];

// Dexie binds IDBDatabase.transaction when the store opens: spied on before any store is opened.
// The IndexedDB is fake-indexeddb's, installed as the global one in setup.ts.
beforeAll(() => {
  const prototype = globalThis.IDBDatabase.prototype;
  const original = prototype.transaction;
  vi.spyOn(prototype, 'transaction').mockImplementation(function (this: IDBDatabase, names, mode, options) {
    if (mode === 'readwrite') seen.push(options?.durability ?? 'default');
    return original.call(this, names, mode, options);
  });
});
afterAll(() => vi.restoreAllMocks());

async function writeDurabilities(run: () => Promise<unknown>): Promise<string[]> {
  seen.length = 0;
  await run();
  return [...seen];
}

describe('writes the app acknowledges are durable', () => {
  it('commits check-ins and the console’s actions with strict durability (on the disk, not only handed to the OS)', async () => {
    const db = freshDb();
    const seriesId = await openDemoSeries(db);
    const participant = await db.participants.where('seriesId').equals(seriesId).first();
    const session = await db.sessions.where('seriesId').equals(seriesId).first();
    if (!participant || !session) throw new Error('demo series');

    const desk = await writeDurabilities(async () => {
      const result = await checkIn(db, { seriesId, participantId: participant.id, sessionIds: [session.id], station: 'desk-1', method: 'search' });
      expect(result.ok).toBe(true);
      expect(await undoCheckIn(db, participant.id, session.id, 'desk-1')).toBe(true);
    });
    expect(desk).toEqual(['strict', 'strict']);

    const console = await writeDurabilities(async () => {
      expect(await toggleTimer(db, session.id)).toBe(true);
      await adjustTime(db, session.id, 30);
      await nextSpeaker(db, session.id);
      await addToFloor(db, session.id, 'FRA');
      expect(await undoLastAction(db, session.id)).not.toBeNull();
    });
    expect(console.length).toBeGreaterThanOrEqual(5);
    expect(new Set(console)).toEqual(new Set(['strict']));
  });
});
