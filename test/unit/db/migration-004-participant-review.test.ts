import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { SessionDeskDb } from '../../../renderer/src/db/database';
import type { Participant } from '../../../renderer/src/domain/core/model';

/** Migration 4 (participant review): open at 3, seed, open at 4, assert. */
describe('schema migration 4', () => {
  it('marks every existing participant as never confirmed and leaves the rest of the record as it was', async () => {
    const name = `migration-v4-${Date.now()}`;
    const v3 = new SessionDeskDb(name, 3);
    await v3.open();
    const before = {
      id: 'walk-in',
      seriesId: 's',
      name: 'Ingrid Testperson',
      organisation: '',
      category: 'cso',
      scope: 'national',
      gender: null,
      stateCode: null,
      email: '',
      phone: '',
      badgeCode: 'PS30-0116',
      confidential: false,
      plateConsent: false,
      registrations: [{ sessionId: 'x', role: 'observer' }],
      createdAt: 3,
      updatedAt: 4,
    };
    await v3.participants.add(before as unknown as Participant);
    v3.close();

    const v4 = new SessionDeskDb(name, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(await v4.participants.get('walk-in')).toEqual({ ...before, reviewedAt: null });
    expect(await v4.participants.where('badgeCode').equals('PS30-0116').count()).toBe(1);
    v4.close();
    await Dexie.delete(name);
  });
});
