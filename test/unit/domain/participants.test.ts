import { describe, expect, it } from 'vitest';
import {
  EMPTY_PARTICIPANT,
  makeParticipant,
  mergeParticipantRecords,
  nextBadgeCode,
  participantChanges,
  validateParticipant,
} from '../../../renderer/src/domain/participants/records';
import { buildParticipantIndex, searchParticipantIndex, type ParticipantFilter } from '../../../renderer/src/domain/participants/filter';
import type { Participant } from '../../../renderer/src/domain/core/model';

const filterParticipants = (list: readonly Participant[], filter: ParticipantFilter, language: string) =>
  searchParticipantIndex(buildParticipantIndex(list, language), filter);

const person = (fields: Partial<typeof EMPTY_PARTICIPANT>, id = 'p') => makeParticipant({ ...EMPTY_PARTICIPANT, ...fields }, 'series', () => id, 0);

describe('participants', () => {
  it('are checked: name, State of a mission, email, unique badge code', () => {
    expect(validateParticipant({ ...EMPTY_PARTICIPANT, name: ' ' }, new Set())).toEqual(['name-required']);
    expect(validateParticipant({ ...EMPTY_PARTICIPANT, name: 'A', category: 'mission' }, new Set())).toEqual(['state-required']);
    expect(validateParticipant({ ...EMPTY_PARTICIPANT, name: 'A', email: 'x@' }, new Set())).toEqual(['email-invalid']);
    expect(validateParticipant({ ...EMPTY_PARTICIPANT, name: 'A', badgeCode: 'ps30-0001' }, new Set(['PS30-0001']))).toEqual(['badge-taken']);
  });

  it('keep scope for CSOs only and consent only when confidential', () => {
    const mission = person({ name: 'A', category: 'mission', stateCode: 'che', scope: 'national', plateConsent: true });
    expect(mission.scope).toBeNull();
    expect(mission.stateCode).toBe('CHE');
    expect(mission.plateConsent).toBe(false);
  });

  it('edits touch only the fields that changed', () => {
    const p = person({ name: 'Amina', organisation: 'Org' });
    expect(participantChanges(p, { ...EMPTY_PARTICIPANT, name: 'Amina', organisation: 'Org 2' })).toEqual({ organisation: 'Org 2' });
  });

  it('merge fills gaps from the duplicate, unites registrations and never loses confidentiality', () => {
    const keep = { ...person({ name: 'Amina', registrations: [{ sessionId: 's1', role: 'panellist' }] }, 'k'), email: '' };
    const dup = person(
      {
        name: 'Amina A.',
        email: 'a@x.org',
        confidential: true,
        registrations: [
          { sessionId: 's1', role: 'observer' },
          { sessionId: 's2', role: 'observer' },
        ],
      },
      'd',
    );
    const merged = mergeParticipantRecords(keep, dup, 9);
    expect(merged.id).toBe('k');
    expect(merged.name).toBe('Amina');
    expect(merged.email).toBe('a@x.org');
    expect(merged.confidential).toBe(true);
    expect(merged.registrations).toEqual([
      { sessionId: 's1', role: 'panellist' },
      { sessionId: 's2', role: 'observer' },
    ]);
  });

  it('get the next badge code of the series', () => {
    expect(nextBadgeCode(['PS30-0001', 'PS30-0129', 'PS30-0007'])).toBe('PS30-0130');
    expect(nextBadgeCode([])).toBe('SD-0001');
  });

  it('are found by name, organisation, badge or State in English or French, without accents', () => {
    const list = [
      person({ name: 'José González', organisation: 'Observatorio', stateCode: 'COL' }, '1'),
      person({ name: 'Aya Koné', organisation: 'Ligue ivoirienne', stateCode: 'CIV', badgeCode: 'PS-0042' }, '2'),
    ];
    const find = (query: string) => filterParticipants(list, { query, category: 'all' }, 'en').map((p) => p.id);
    expect(find('gonzalez')).toEqual(['1']);
    expect(find('cote')).toEqual(['2']);
    expect(find('ps-0042')).toEqual(['2']);
    expect(find('colombie')).toEqual(['1']);
    expect(find('')).toEqual(['2', '1']);
    // The walk-ins to review: only the people named, still searchable among themselves.
    const only = new Set(['1']);
    expect(filterParticipants(list, { query: '', category: 'all', onlyIds: only }, 'en').map((p) => p.id)).toEqual(['1']);
    expect(filterParticipants(list, { query: 'cote', category: 'all', onlyIds: only }, 'en')).toEqual([]);
  });
});
