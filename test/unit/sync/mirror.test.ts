import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { checkIn, undoCheckIn } from '../../../renderer/src/db/commands/check-ins';
import { updateParticipant } from '../../../renderer/src/db/commands/participants';
import { moveSlot, deleteSlot } from '../../../renderer/src/db/commands/programme';
import { startSlot, pauseSpeaker } from '../../../renderer/src/db/commands/moderator';
import { readPresentIn } from '../../../renderer/src/db/queries/presence';
import { sortByOrder } from '../../../renderer/src/domain/programme/slot-order';
import { toParticipantInput as participantInputOf } from '../../../renderer/src/domain/participants/records';
import { freshDb } from '../db/test-db';
import { network, station } from './linked-stations';

async function twoStations() {
  const dbA = freshDb();
  const seriesId = await openDemoSeries(dbA);
  const a = await station(seriesId, dbA);
  const b = await station(seriesId);
  const net = network([a, b]);
  net.up(a, b);
  await net.settled();
  const session = (await dbA.sessions.where('seriesId').equals(seriesId).first())!;
  const people = await dbA.participants.where('seriesId').equals(seriesId).sortBy('name');
  return { a, b, net, seriesId, session, people };
}

describe('the mirror between a series document and the store', () => {
  it('gives a joining station the whole series', async () => {
    const { a, b, seriesId } = await twoStations();
    for (const table of ['sessions', 'slots', 'participants'] as const) {
      expect(await b.db.table(table).where('seriesId').equals(seriesId).count()).toBe(await a.db.table(table).where('seriesId').equals(seriesId).count());
    }
    expect(await b.db.series.get(seriesId)).toEqual(await a.db.series.get(seriesId));
  });

  it('carries a check-in from one desk to the other station, and does not echo it back', async () => {
    const { a, b, net, seriesId, session, people } = await twoStations();
    let updatesOnA = 0;
    a.doc.on('update', () => (updatesOnA += 1));
    await checkIn(a.db, { seriesId, participantId: people[0]!.id, sessionIds: [session.id], station: 'desk-a', method: 'search' });
    await net.settled();
    expect(await readPresentIn(b.db, session.id)).toEqual(new Set([people[0]!.id]));
    // One update: A's own. B's store received it without sending anything back.
    expect(updatesOnA).toBe(1);
  });

  it('counts once a person checked in on two desks at the same moment, and an undo on one undoes it everywhere', async () => {
    const { a, b, net, seriesId, session, people } = await twoStations();
    net.down(a, b);
    const person = people[1]!.id;
    await checkIn(a.db, { seriesId, participantId: person, sessionIds: [session.id], station: 'desk-a', method: 'search' });
    await checkIn(b.db, { seriesId, participantId: person, sessionIds: [session.id], station: 'desk-b', method: 'scan' });
    net.up(a, b);
    await net.settled();
    for (const s of [a, b]) {
      expect(await s.db.checkIns.where('participantId').equals(person).count()).toBe(2);
      expect((await readPresentIn(s.db, session.id)).size).toBe(1);
    }
    expect(await undoCheckIn(b.db, person, session.id, 'desk-b')).toBe(true);
    await net.settled();
    for (const s of [a, b]) expect(await readPresentIn(s.db, session.id)).toEqual(new Set());
  });

  it('keeps both edits of one record made on two stations apart, field by field', async () => {
    const { a, b, net, people } = await twoStations();
    const person = people[2]!;
    net.down(a, b);
    await updateParticipant(a.db, person.id, { ...participantInputOf(person), email: 'new@example.org' });
    await updateParticipant(b.db, person.id, { ...participantInputOf(person), phone: '+41 22 000 00 00' });
    net.up(a, b);
    await net.settled();
    for (const s of [a, b]) {
      const got = await s.db.participants.get(person.id);
      expect(got?.email).toBe('new@example.org');
      expect(got?.phone).toBe('+41 22 000 00 00');
    }
  });

  it('ends concurrent reorders and a move against a delete in one sane order on both', async () => {
    const { a, b, net, session } = await twoStations();
    const slots = sortByOrder(await a.db.slots.where('sessionId').equals(session.id).toArray());
    expect(slots.length).toBeGreaterThan(4);
    net.down(a, b);
    await moveSlot(a.db, slots[1]!.id, 3);
    await moveSlot(b.db, slots[1]!.id, 0);
    await moveSlot(b.db, slots[2]!.id, 4);
    await moveSlot(a.db, slots[4]!.id, 0);
    await deleteSlot(b.db, slots[4]!.id);
    net.up(a, b);
    await net.settled();
    const orderA = sortByOrder(await a.db.slots.where('sessionId').equals(session.id).toArray()).map((s) => s.id);
    const orderB = sortByOrder(await b.db.slots.where('sessionId').equals(session.id).toArray()).map((s) => s.id);
    expect(orderA).toEqual(orderB);
    expect(new Set(orderA).size).toBe(orderA.length);
    expect(orderA).not.toContain(slots[4]!.id);
    expect(orderA.length).toBe(slots.length - 1);
  });

  it('merges two consoles records of one slot as the union of their entries', async () => {
    const { a, b, net, session } = await twoStations();
    net.down(a, b);
    await startSlot(a.db, session.id, undefined, 1_000);
    await startSlot(b.db, session.id, undefined, 1_500);
    await pauseSpeaker(b.db, session.id, 2_000);
    net.up(a, b);
    await net.settled();
    const logA = (await a.db.slots.where('sessionId').equals(session.id).toArray())
      .flatMap((s) => s.log)
      .map((e) => e.id)
      .sort();
    const logB = (await b.db.slots.where('sessionId').equals(session.id).toArray())
      .flatMap((s) => s.log)
      .map((e) => e.id)
      .sort();
    expect(logA).toEqual(logB);
    // Both consoles' entries on the slot they started (the demo's floor requests hold entries of their own).
    const started = (await a.db.slots.where('sessionId').equals(session.id).toArray()).find((s) => s.status !== 'pending');
    expect(started?.log.map((e) => e.kind)).toEqual(['start', 'start', 'pause']);
  });

  it('loses nothing written while two stations were apart, with a relaunch in between', async () => {
    const { a, b, net, seriesId, session, people } = await twoStations();
    net.down(a, b);
    for (const p of people.slice(0, 30)) await checkIn(a.db, { seriesId, participantId: p.id, sessionIds: [session.id], station: 'a', method: 'search' });
    for (const p of people.slice(20, 50)) await checkIn(b.db, { seriesId, participantId: p.id, sessionIds: [session.id], station: 'b', method: 'scan' });
    // B quits and starts again offline: a new document from what its store holds.
    b.mirror.stop();
    const b2 = await station(seriesId, b.db);
    const net2 = network([a, b2]);
    net2.up(a, b2);
    await net2.settled();
    for (const s of [a.db, b2.db]) {
      expect(await s.checkIns.where('sessionId').equals(session.id).count()).toBe(60);
      expect((await readPresentIn(s, session.id)).size).toBe(50);
    }
  });

  it('rebuilds the store from the document at start when they disagree', async () => {
    const dbA = freshDb();
    const seriesId = await openDemoSeries(dbA);
    const doc = new Y.Doc();
    const { reconcile } = await import('../../../renderer/src/modules/sync/mirror');
    await reconcile(dbA, doc, seriesId);
    const person = (await dbA.participants.where('seriesId').equals(seriesId).first())!;
    // The document holds a newer value the store never received (a crash before the mirror wrote it).
    (doc.getMap('participants').get(person.id) as Y.Map<unknown>).set('email', 'from-the-document@example.org');
    const again = await reconcile(dbA, doc, seriesId);
    expect(again.toStore).toBe(1);
    expect((await dbA.participants.get(person.id))?.email).toBe('from-the-document@example.org');
  });
});

describe('a purge made on one station', () => {
  it('reaches the other, and one that was offline purges what it recorded meanwhile when it reconnects', async () => {
    const { purgePersonalData } = await import('../../../renderer/src/db/commands/purge');
    const { registerWalkIn } = await import('../../../renderer/src/db/commands/walk-ins');
    const { followPurge } = await import('../../../renderer/src/modules/sync/purge-follower');
    const { a, b, net, seriesId, session } = await twoStations();
    const check = followPurge(b.db, seriesId);
    net.down(a, b);
    await purgePersonalData(a.db, seriesId);
    const walkIn = await registerWalkIn(
      b.db,
      seriesId,
      { name: 'Late Arrival Person', organisation: 'Org', category: 'cso', stateCode: null, gender: null, scope: null, role: null, confidential: false },
      [session.id],
      'desk-b',
    );
    if (!walkIn.ok) throw new Error('walk-in');
    net.up(a, b);
    await net.settled();
    check();
    await expect.poll(async () => (await b.db.participants.get(walkIn.participantId))?.name, { timeout: 5000 }).toMatch(/^Participant \d{4}$/);
    await net.settled();
    for (const s of [a, b]) {
      const names = (await s.db.participants.where('seriesId').equals(seriesId).toArray()).map((p) => p.name);
      expect(names.every((name) => /^Participant \d{4}$/.test(name))).toBe(true);
    }
  });
});
