import { EMPTY_WALK_IN } from '../../../renderer/src/domain/desk/walk-in';
import { describe, expect, it } from 'vitest';
import { checkIn, undoCheckIn } from '../../../renderer/src/db/commands/check-ins';
import { registerWalkIn } from '../../../renderer/src/db/commands/walk-ins';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { readPresentIn } from '../../../renderer/src/db/queries/presence';
import { readSeriesCheckIns } from '../../../renderer/src/db/queries/desk';
import { readProgramme } from '../../../renderer/src/db/queries/series';
import { walkInIds, walkInsToReview } from '../../../renderer/src/domain/presence/check-in';
import { updateParticipant } from '../../../renderer/src/db/commands/participants';
import { toParticipantInput } from '../../../renderer/src/domain/participants/records';
import { freshDb } from '../db/test-db';

async function demo() {
  const db = freshDb();
  const seriesId = await openDemoSeries(db);
  const programme = await readProgramme(db, seriesId);
  const [first, second] = programme.map((p) => p.session.id);
  const someone = await db.participants.where('badgeCode').equals('PS30-0001').first();
  if (!first || !second || !someone) throw new Error('demo incomplete');
  return { db, seriesId, first, second, someone };
}

describe('check-in commands', () => {
  it('checks someone in to several sessions, refuses a second check-in, and undoes one', async () => {
    const { db, seriesId, first, second, someone } = await demo();
    const options = { seriesId, participantId: someone.id, station: 'desk-1', method: 'search' as const };
    const result = await checkIn(db, { ...options, sessionIds: [first, second] });
    expect(result.ok && result.added.map((e) => e.sessionId)).toEqual([first, second]);
    expect((await readPresentIn(db, first)).has(someone.id)).toBe(true);

    const again = await checkIn(db, { ...options, sessionIds: [first] });
    expect(again).toMatchObject({ ok: false, reason: 'already-checked-in' });
    expect(await db.checkIns.count()).toBe(2);

    expect(await undoCheckIn(db, someone.id, first, 'desk-1')).toBe(true);
    expect(await undoCheckIn(db, someone.id, first, 'desk-1')).toBe(false);
    expect((await readPresentIn(db, first)).has(someone.id)).toBe(false);
    expect((await readPresentIn(db, second)).has(someone.id)).toBe(true);
    // Append-only: the first check-in is still there, cancelled by an undo that names it.
    const events = await readSeriesCheckIns(db, seriesId);
    expect(events).toHaveLength(3);
    expect(events.filter((e) => e.kind === 'undo')).toHaveLength(1);
  });

  it('refuses a check-in without a session', async () => {
    const { db, seriesId, someone } = await demo();
    expect(await checkIn(db, { seriesId, participantId: someone.id, sessionIds: [], station: 'd', method: 'code' })).toEqual({
      ok: false,
      reason: 'no-session',
    });
  });
});

describe('walk-in command', () => {
  it('adds the person with a free badge code, registers and checks them in, flagged as a walk-in', async () => {
    const { db, seriesId, first } = await demo();
    const before = await db.participants.count();
    const result = await registerWalkIn(
      db,
      seriesId,
      { ...EMPTY_WALK_IN, name: '  Ingrid  Eriksen ', organisation: 'Permanent Mission of Norway', category: 'mission', stateCode: 'NOR' },
      [first],
      'desk-1',
    );
    if (!result.ok) throw new Error('refused');
    expect(await db.participants.count()).toBe(before + 1);
    const person = await db.participants.get(result.participantId);
    expect(person).toMatchObject({ name: 'Ingrid Eriksen', stateCode: 'NOR', registrations: [{ sessionId: first, role: 'delegate' }] });
    expect(result.badgeCode).toMatch(/^PS30-\d{4}$/);
    expect(await db.participants.where('badgeCode').equals(result.badgeCode).count()).toBe(1);
    expect((await readPresentIn(db, first)).has(result.participantId)).toBe(true);
    expect(walkInIds(await readSeriesCheckIns(db, seriesId)).has(result.participantId)).toBe(true);
  });

  it('stays to review until someone saves the record in the registry, even unchanged', async () => {
    const { db, seriesId, first } = await demo();
    const result = await registerWalkIn(
      db,
      seriesId,
      { ...EMPTY_WALK_IN, name: 'Ingrid Eriksen', organisation: '', category: 'cso', stateCode: null },
      [first],
      'desk-1',
    );
    if (!result.ok) throw new Error('refused');
    const toReview = async () => walkInsToReview(await readSeriesCheckIns(db, seriesId), await db.participants.where('seriesId').equals(seriesId).toArray());
    expect([...(await toReview())]).toEqual([result.participantId]);
    expect((await db.participants.get(result.participantId))?.reviewedAt).toBeNull();

    const person = await db.participants.get(result.participantId);
    if (!person) throw new Error('gone');
    expect(await updateParticipant(db, person.id, toParticipantInput(person))).toEqual({ ok: true, participantId: person.id });
    expect((await toReview()).size).toBe(0);
    expect((await db.participants.get(person.id))?.reviewedAt).toEqual(expect.any(Number));
    // Still a walk-in in the record of who came: only the review is done.
    expect(walkInIds(await readSeriesCheckIns(db, seriesId)).has(person.id)).toBe(true);
  });

  it('keeps a panellist registered at the door confidential until someone reviews the record', async () => {
    const { db, seriesId, first } = await demo();
    const result = await registerWalkIn(
      db,
      seriesId,
      { ...EMPTY_WALK_IN, name: 'Amal Haddad', organisation: 'Rights Now', role: 'panellist' },
      [first],
      'desk-1',
    );
    if (!result.ok) throw new Error('refused');
    const person = await db.participants.get(result.participantId);
    if (!person) throw new Error('gone');
    expect(person).toMatchObject({ confidential: true, reviewedAt: null, registrations: [{ sessionId: first, role: 'panellist' }] });
    // The reviewer decides: saving the record with the flag off makes it public, and reviewed.
    expect(await updateParticipant(db, person.id, { ...toParticipantInput(person), confidential: false })).toMatchObject({ ok: true });
    expect(await db.participants.get(person.id)).toMatchObject({ confidential: false, reviewedAt: expect.any(Number) });
  });

  it('writes nothing for a mission without its State', async () => {
    const { db, seriesId, first } = await demo();
    const before = await db.participants.count();
    expect(await registerWalkIn(db, seriesId, { ...EMPTY_WALK_IN, name: 'X', organisation: '', category: 'mission', stateCode: null }, [first], 'd')).toEqual({
      ok: false,
      problems: ['state-required'],
    });
    expect(await db.participants.count()).toBe(before);
    expect(await db.checkIns.count()).toBe(0);
  });
});
