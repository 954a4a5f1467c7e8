import { describe, expect, it } from 'vitest';
import {
  addToFloor,
  giveFloor,
  markAbsent,
  moveRequest,
  nextSpeaker,
  toggleTimer,
  undoLastAction,
  withdrawRequest,
} from '../../../renderer/src/db/commands/moderator';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { readProgramme, readSession } from '../../../renderer/src/db/queries/series';
import { readSessionPresence } from '../../../renderer/src/db/queries/moderator';
import { floorQueue } from '../../../renderer/src/domain/moderator/floor-queue';
import { runOfShow, localEpoch } from '../../../renderer/src/domain/moderator/run-of-show';
import { freshDb } from '../db/test-db';

async function demoSession() {
  const db = freshDb();
  const seriesId = await openDemoSeries(db);
  const [first] = await readProgramme(db, seriesId);
  if (!first) throw new Error('the demo has sessions');
  return { db, session: first.session };
}

describe('moderator commands', () => {
  it('run a session in the database: the record survives a reopen and undo reverts', async () => {
    const { db, session } = await demoSession();
    const t0 = localEpoch(session.date, session.start);
    await toggleTimer(db, session.id, t0); // opening starts
    await nextSpeaker(db, session.id, t0 + 170_000); // SuR statement starts
    await toggleTimer(db, session.id, t0 + 200_000); // paused after 30 s
    let read = await readSession(db, session.id);
    const statement = read?.slots.find((s) => s.kind === 'sur-statement');
    expect(statement).toMatchObject({ status: 'paused', startedAt: null, elapsedBeforeMs: 30_000 });
    expect(await undoLastAction(db, session.id, t0 + 201_000)).toBe('pause');
    read = await readSession(db, session.id);
    expect(read?.slots.find((s) => s.kind === 'sur-statement')).toMatchObject({ status: 'speaking', startedAt: t0 + 170_000 });
    const panellist = read?.slots.find((s) => s.kind === 'panellist');
    await markAbsent(db, session.id, panellist?.id ?? '', 'Visa refused', true, t0 + 202_000);
    expect((await db.slots.get(panellist?.id ?? ''))?.status).toBe('absent');

    const show = runOfShow(session, (await readSession(db, session.id))?.slots ?? [], t0 + 210_000);
    expect(show.actualStart).toBe(t0);
    expect(show.usedMs).toBe(170_000 + 40_000);
  });

  it('the floor queue adds, refuses a duplicate, reorders, removes and gives the floor', async () => {
    const { db, session } = await demoSession();
    const queue = () => readSession(db, session.id).then((r) => floorQueue(r?.slots ?? []).map((s) => s.stateCode));
    // The demo's missions that asked in advance wait in the session's floor block.
    const asked = await queue();
    expect(asked).toHaveLength(3);
    const deu = await addToFloor(db, session.id, 'DEU');
    expect(deu.kind).toBe('added');
    expect(await addToFloor(db, session.id, 'deu')).toEqual({ kind: 'already-queued', slotId: deu.slotId });
    const fra = await addToFloor(db, session.id, 'KEN');
    const bra = await addToFloor(db, session.id, 'GHA');
    await moveRequest(db, session.id, bra.slotId, 0);
    expect(await queue()).toEqual(['GHA', ...asked, 'DEU', 'KEN']);
    await withdrawRequest(db, session.id, deu.slotId);
    expect(await queue()).toEqual(['GHA', ...asked, 'KEN']);
    await giveFloor(db, session.id, fra.slotId);
    expect((await db.slots.get(fra.slotId))?.status).toBe('speaking');
    expect(await queue()).toEqual(['GHA', ...asked]);
  });

  it('knows which missions are in the room', async () => {
    const { db, session } = await demoSession();
    const delegate = (await db.participants.toArray()).find((p) => p.category === 'mission' && p.registrations.some((r) => r.sessionId === session.id));
    if (!delegate) throw new Error('the demo has delegates');
    await db.checkIns.add({
      id: 'c1',
      seriesId: session.seriesId,
      participantId: delegate.id,
      sessionId: session.id,
      at: 1,
      station: 'desk-1',
      method: 'search',
      kind: 'check-in',
      undoes: null,
    });
    const presence = await readSessionPresence(db, session.id);
    expect(presence.participants.has(delegate.id)).toBe(true);
    expect(presence.missions.has(delegate.stateCode ?? '')).toBe(true);
  });
});
