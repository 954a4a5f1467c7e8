import { describe, expect, it } from 'vitest';
import { addSlot, createSession, deleteSession, duplicateSession, moveSlot, updateSession, updateSlot } from '../../../renderer/src/db/commands/programme';
import { createParticipant, deleteParticipant, mergeParticipants } from '../../../renderer/src/db/commands/participants';
import { assignSpeaker } from '../../../renderer/src/db/commands/registrations';
import { createSeries } from '../../../renderer/src/db/commands/series';
import { readSession } from '../../../renderer/src/db/queries/series';
import { EMPTY_PARTICIPANT } from '../../../renderer/src/domain/participants/records';
import { freshDb } from './test-db';

async function setup() {
  const db = freshDb();
  const series = await createSeries(db, { name: 'PS', startDate: '2026-04-07', endDate: '2026-04-09', venue: '' });
  if (!series.ok) throw new Error('setup');
  const session = await createSession(db, series.seriesId, { stateCode: 'TUR', date: '2026-04-07', start: '10:00', end: '11:00', room: 'XXIV', moderator: '' });
  if (!session.ok) throw new Error('setup');
  return { db, seriesId: series.seriesId, sessionId: session.sessionId };
}

describe('programme commands', () => {
  it('create, reorder, edit and delete slots', async () => {
    const { db, sessionId } = await setup();
    const panel = await addSlot(db, sessionId, 'panellist');
    await moveSlot(db, panel, 0);
    await moveSlot(db, panel, 2);
    await updateSlot(db, panel, { allottedSec: 420 });
    const read = await readSession(db, sessionId);
    expect(read?.slots.map((s) => s.kind)).toEqual(['opening', 'sur-statement', 'panellist', 'moderator-questions', 'floor', 'closing']);
    expect(read?.slots[2]?.allottedSec).toBe(420);
    await expect(updateSlot(db, panel, { allottedSec: -5 })).rejects.toThrow();
  });

  it('add each new slot where its kind goes: a panellist after the last panellist, never after the closing', async () => {
    const { db, sessionId } = await setup();
    const kinds = async () => (await readSession(db, sessionId))?.slots.map((s) => s.label || s.kind);
    await addSlot(db, sessionId, 'panellist', { label: 'P1' });
    await addSlot(db, sessionId, 'panellist', { label: 'P2' });
    expect(await kinds()).toEqual(['opening', 'sur-statement', 'P1', 'P2', 'moderator-questions', 'floor', 'closing']);
    // The organiser put P2 first: the next one still goes after the last panellist.
    const p2 = (await readSession(db, sessionId))?.slots.find((s) => s.label === 'P2');
    await moveSlot(db, p2?.id ?? '', 2);
    await addSlot(db, sessionId, 'panellist', { label: 'P3' });
    expect(await kinds()).toEqual(['opening', 'sur-statement', 'P2', 'P1', 'P3', 'moderator-questions', 'floor', 'closing']);
    // A second floor block follows the first; an opening goes first.
    await addSlot(db, sessionId, 'floor', { label: 'Second round' });
    await addSlot(db, sessionId, 'opening', { label: 'Welcome' });
    expect(await kinds()).toEqual(['opening', 'Welcome', 'sur-statement', 'P2', 'P1', 'P3', 'moderator-questions', 'floor', 'Second round', 'closing']);
  });

  it('refuse a session that ends before it starts, and write nothing', async () => {
    const { db, seriesId } = await setup();
    const before = await db.sessions.count();
    const result = await createSession(db, seriesId, { stateCode: 'FRA', date: '2026-04-07', start: '11:00', end: '10:00', room: '', moderator: '' });
    expect(result).toEqual({ ok: false, problems: ['end-before-start'] });
    expect(await db.sessions.count()).toBe(before);
  });

  it('update only what changed', async () => {
    const { db, sessionId } = await setup();
    await updateSession(db, sessionId, { stateCode: 'CHL', date: '2026-04-07', start: '10:00', end: '11:30', room: 'XXIV', moderator: '' });
    const read = await readSession(db, sessionId);
    expect(read?.session.stateCode).toBe('CHL');
    expect(read?.session.end).toBe('11:30');
  });

  it('a speaker assigned to a slot is registered as a panellist; deleting the session removes the registration', async () => {
    const { db, seriesId, sessionId } = await setup();
    const created = await createParticipant(db, seriesId, { ...EMPTY_PARTICIPANT, name: 'Amina' });
    if (!created.ok) throw new Error('setup');
    const slot = await addSlot(db, sessionId, 'panellist');
    await assignSpeaker(db, slot, created.participantId);
    expect((await db.participants.get(created.participantId))?.registrations).toEqual([{ sessionId, role: 'panellist' }]);
    const copy = await duplicateSession(db, sessionId);
    expect((await readSession(db, copy))?.slots.find((s) => s.kind === 'panellist')?.participantId).toBeNull();
    await deleteSession(db, sessionId);
    expect(await db.slots.where('sessionId').equals(sessionId).count()).toBe(0);
    expect((await db.participants.get(created.participantId))?.registrations).toEqual([]);
  });

  it('merging moves slots and check-ins to the kept record; deleting leaves the slot without a speaker', async () => {
    const { db, seriesId, sessionId } = await setup();
    const a = await createParticipant(db, seriesId, { ...EMPTY_PARTICIPANT, name: 'Amina' });
    const b = await createParticipant(db, seriesId, { ...EMPTY_PARTICIPANT, name: 'Amina A.', email: 'a@x.org' });
    if (!a.ok || !b.ok) throw new Error('setup');
    const slot = await addSlot(db, sessionId, 'panellist');
    await assignSpeaker(db, slot, b.participantId);
    await db.checkIns.add({
      id: 'c1',
      seriesId,
      participantId: b.participantId,
      sessionId,
      at: 1,
      station: 'desk',
      method: 'search',
      kind: 'check-in',
      undoes: null,
    });
    await mergeParticipants(db, a.participantId, b.participantId);
    expect(await db.participants.get(b.participantId)).toBeUndefined();
    expect((await db.participants.get(a.participantId))?.email).toBe('a@x.org');
    expect((await db.slots.get(slot))?.participantId).toBe(a.participantId);
    expect((await db.checkIns.get('c1'))?.participantId).toBe(a.participantId);
    await deleteParticipant(db, a.participantId);
    expect((await db.slots.get(slot))?.participantId).toBeNull();
    expect(await db.checkIns.count()).toBe(0);
  });

  it('give a missing badge code the next free one and refuse a taken one', async () => {
    const { db, seriesId } = await setup();
    const first = await createParticipant(db, seriesId, { ...EMPTY_PARTICIPANT, name: 'A' });
    const second = await createParticipant(db, seriesId, { ...EMPTY_PARTICIPANT, name: 'B' });
    if (!first.ok || !second.ok) throw new Error('setup');
    expect((await db.participants.get(first.participantId))?.badgeCode).toBe('SD-0001');
    expect((await db.participants.get(second.participantId))?.badgeCode).toBe('SD-0002');
    expect(await createParticipant(db, seriesId, { ...EMPTY_PARTICIPANT, name: 'C', badgeCode: 'sd-0002' })).toEqual({ ok: false, problems: ['badge-taken'] });
  });
});
