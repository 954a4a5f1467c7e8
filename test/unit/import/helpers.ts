import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Participant, Session } from '../../../renderer/src/domain/core/model';
import { makeSessionFinder, type ImportContext, type ImportFile } from '../../../renderer/src/domain/import';
import { SYNTHETIC_SUR_CODES } from '../../fixtures/import/synthetic';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export function fixture(name: string): ImportFile {
  return { name, bytes: new Uint8Array(readFileSync(FIXTURES + name)) };
}

/** One session per State under Review of series 30, ids "s-AZE", "s-BGD", ... */
export const SESSIONS: Array<Pick<Session, 'id' | 'stateCode'>> = SYNTHETIC_SUR_CODES.map((code) => ({
  id: `s-${code}`,
  stateCode: code,
}));

export const SERIES_ID = 'series-30';

export function makeContext(existing: Participant[] = [], extra: Partial<ImportContext> = {}): ImportContext {
  let n = 0;
  return {
    existing,
    seriesId: SERIES_ID,
    findSession: makeSessionFinder(SESSIONS),
    allSessionIds: SESSIONS.map((s) => s.id),
    now: Date.UTC(2018, 3, 1),
    newId: () => `new-${++n}`,
    ...extra,
  };
}

export function existingParticipant(overrides: Partial<Participant>): Participant {
  return {
    id: 'existing-1',
    seriesId: SERIES_ID,
    name: 'Someone',
    organisation: '',
    category: 'cso',
    scope: null,
    gender: null,
    stateCode: null,
    email: '',
    phone: '',
    badgeCode: '',
    confidential: false,
    plateConsent: false,
    registrations: [],
    reviewedAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}
