import { describe, expect, it } from 'vitest';
import { purgePersonalData } from '../../../renderer/src/db/commands/purge';
import { markAbsent } from '../../../renderer/src/db/commands/moderator';
import { readEventSnapshot } from '../../../renderer/src/db/queries/event-file';
import { serializeEventFile } from '../../../renderer/src/domain/event-file';
import { confirmsPurge, purgeParticipants, purgeSession, purgeSlot } from '../../../renderer/src/domain/protection/purge';
import { saveRoomDisplayState } from '../../../renderer/src/db/commands/room-display';
import { ROOM_DISPLAY_STATE_KEY } from '../../../renderer/src/db/settings-records';
import { DEFAULT_ROOM_DISPLAY_STATE, parseRoomDisplayState } from '../../../renderer/src/domain/room-display/state';
import type { Participant } from '../../../renderer/src/domain/core/model';
import { freshDb } from '../db/test-db';
import { APP, NOW, seedDemo } from '../event-file/helpers';

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Who is in the series, with contact details added so that the test has something to lose. */
async function seeded() {
  const db = freshDb();
  const seriesId = await seedDemo(db);
  const people = await db.participants.where('seriesId').equals(seriesId).toArray();
  await db.participants.bulkUpdate(
    people.map((p, i) => ({
      key: p.id,
      changes: { email: `person${i}@example.org`, phone: `+41 22 555 ${String(i).padStart(4, '0')}`, badgeCode: p.badgeCode || `PS30-${9000 + i}` },
    })),
  );
  const panellistSlot = (await db.slots.where('seriesId').equals(seriesId).toArray()).find((s) => s.kind === 'panellist' && s.status === 'pending');
  if (!panellistSlot) throw new Error('the demo has panellists');
  await markAbsent(db, panellistSlot.sessionId, panellistSlot.id, 'Travel ban imposed by the authorities', false, NOW);
  return { db, seriesId, before: await db.participants.where('seriesId').equals(seriesId).toArray() };
}

describe('purge of personal data', () => {
  it('leaves no name, email, phone, badge code, confidential organisation or absence reason in the exported event file', async () => {
    const { db, seriesId, before } = await seeded();
    const outcome = await purgePersonalData(db, seriesId);
    expect(outcome.participants).toBe(before.length);
    const snapshot = await readEventSnapshot(db, seriesId);
    if (!snapshot) throw new Error('series gone');
    const file = serializeEventFile(snapshot, APP, NOW);
    // JSON escapes some characters: compare against the text as it would be written there.
    const inFile = (text: string) => file.includes(JSON.stringify(text).slice(1, -1));
    for (const p of before) {
      expect(inFile(p.name), `name ${p.name}`).toBe(false);
      if (p.email) expect(inFile(p.email)).toBe(false);
      if (p.phone) expect(inFile(p.phone)).toBe(false);
      if (p.badgeCode) expect(inFile(`"${p.badgeCode}"`.slice(1, -1))).toBe(false);
    }
    const confidentialOrgs = before.filter(
      (p) => p.confidential && p.organisation && !before.some((o) => !o.confidential && o.organisation === p.organisation),
    );
    expect(confidentialOrgs.length).toBeGreaterThan(0);
    for (const p of confidentialOrgs) expect(inFile(p.organisation), p.organisation).toBe(false);
    expect(file).not.toContain('Travel ban');
    expect(file).toContain('Participant 0001');
  });

  it('clears the moderators, every free slot label and the room display message, which may all name someone', async () => {
    const { db, seriesId } = await seeded();
    const sessions = await db.sessions.where('seriesId').equals(seriesId).toArray();
    const moderators = sessions.map((s) => s.moderator).filter(Boolean);
    expect(moderators.length).toBeGreaterThan(0);
    const opening = (await db.slots.where('seriesId').equals(seriesId).toArray()).find((s) => s.kind === 'opening');
    if (!opening) throw new Error('the demo has an opening');
    await db.slots.update(opening.id, { label: 'Opening by H.E. Ms Ingrid Testperson' });
    await saveRoomDisplayState(db, { ...DEFAULT_ROOM_DISPLAY_STATE, message: 'Ms Testperson, please come to the desk', updatedAt: NOW });

    const outcome = await purgePersonalData(db, seriesId);
    expect(outcome.sessions).toBe(sessions.filter((s) => s.moderator !== '').length);
    const snapshot = await readEventSnapshot(db, seriesId);
    if (!snapshot) throw new Error('series gone');
    const file = serializeEventFile(snapshot, APP, NOW);
    for (const name of moderators) expect(file, name).not.toContain(JSON.stringify(name).slice(1, -1));
    expect(file).not.toContain('Testperson');
    expect(snapshot.slots.every((slot) => slot.label === '')).toBe(true);
    expect(parseRoomDisplayState((await db.settings.get(ROOM_DISPLAY_STATE_KEY))?.value).message).toBeNull();
  });

  it('keeps what the anonymous figures need: counts by category, scope, gender and State, registrations, check-ins, timings', async () => {
    const { db, seriesId, before } = await seeded();
    const checkInsBefore = await db.checkIns.where('seriesId').equals(seriesId).toArray();
    const slotsBefore = await db.slots.where('seriesId').equals(seriesId).toArray();
    await purgePersonalData(db, seriesId);
    const after = await db.participants.where('seriesId').equals(seriesId).toArray();
    const figures = (list: Participant[]) => ({
      category: countBy(list, (p) => p.category),
      gender: countBy(list, (p) => p.gender ?? 'none'),
      scope: countBy(list, (p) => p.scope ?? 'none'),
      state: countBy(list, (p) => p.stateCode ?? 'none'),
      women: list.filter((p) => p.category === 'cso' && p.gender === 'woman').length,
      registrations: list.reduce((sum, p) => sum + p.registrations.length, 0),
    });
    expect(figures(after)).toEqual(figures(before));
    expect(await db.checkIns.where('seriesId').equals(seriesId).toArray()).toEqual(checkInsBefore);
    const slotsAfter = await db.slots.where('seriesId').equals(seriesId).toArray();
    const timing = (s: (typeof slotsAfter)[number]) => ({
      id: s.id,
      status: s.status,
      startedAt: s.startedAt,
      elapsedBeforeMs: s.elapsedBeforeMs,
      allottedSec: s.allottedSec,
      participantId: s.participantId,
      kinds: s.log.map((e) => e.kind),
    });
    expect(slotsAfter.map(timing).sort((a, b) => a.id.localeCompare(b.id))).toEqual(slotsBefore.map(timing).sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('is one transaction: a series that does not exist changes nothing', async () => {
    const { db, seriesId, before } = await seeded();
    await expect(purgePersonalData(db, 'no-such-series')).rejects.toThrow();
    expect(await db.participants.where('seriesId').equals(seriesId).toArray()).toEqual(before);
  });

  it('numbers people in the order they registered, and leaves a slot without personal words alone', () => {
    const base: Omit<Participant, 'id' | 'name' | 'createdAt'> = {
      seriesId: 's',
      organisation: 'Org',
      category: 'cso',
      scope: null,
      gender: null,
      stateCode: null,
      email: 'a@b.c',
      phone: '1',
      badgeCode: 'B',
      confidential: false,
      plateConsent: false,
      registrations: [],
      reviewedAt: null,
      updatedAt: 0,
    };
    const changes = purgeParticipants(
      [
        { ...base, id: 'b', name: 'Second', createdAt: 2 },
        { ...base, id: 'a', name: 'First', createdAt: 1, confidential: true },
      ],
      9,
    );
    expect(changes.get('a')).toEqual({ name: 'Participant 0001', email: '', phone: '', badgeCode: '', organisation: '', updatedAt: 9 });
    expect(changes.get('b')?.organisation).toBe('Org');
    expect(purgeSlot({ kind: 'opening', label: '', log: [] } as never, 1)).toBeNull();
    expect(purgeSlot({ kind: 'opening', label: 'Opening by Ms Doe', log: [] } as never, 1)).toEqual({ label: '', log: [], updatedAt: 1 });
    expect(purgeSession({ moderator: '' } as never, 1)).toBeNull();
    expect(purgeSession({ moderator: 'Ms Doe' } as never, 1)).toEqual({ moderator: '', updatedAt: 1 });
  });

  it('is confirmed only by the series name', () => {
    expect(confirmsPurge(' Pre-sessions 30 ', 'Pre-sessions 30')).toBe(true);
    expect(confirmsPurge('pre-sessions 30', 'Pre-sessions 30')).toBe(false);
    expect(confirmsPurge('', '')).toBe(false);
  });
});
