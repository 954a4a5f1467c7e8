import { describe, expect, it } from 'vitest';
import { buildDeskIndex, findAtDesk, type DeskIndex } from '../../../renderer/src/domain/desk/search';
import type { Participant, StateCode } from '../../../renderer/src/domain/core/model';
import { seededRandom } from '../../../renderer/src/domain/demo/seeded-random';
import { foldText } from '../../../renderer/src/domain/core/text';
import { makeSyntheticRows } from '../../fixtures/import/synthetic';
import * as reference from './desk-search-reference';

/** The best matches of a query, best first: what the desk shows. */
const searchDesk = (index: DeskIndex, query: string, limit?: number, expectedIn: readonly string[] = []) => findAtDesk(index, query, limit, expectedIn).found;

// The fast index skips people and words a plain scan would look at and find nothing in, and
// reuses what it matched one keystroke earlier. These tests type the way a desk clerk does,
// letter by letter, with slips, and require exactly what scanning everyone gives, in order.

const STATES: StateCode[] = ['COL', 'DEU', 'CIV', 'RUS', 'VNM', 'GBR', 'FRA', 'TUR', 'USA', 'KOR', 'CHE', 'BRA'];
const SESSIONS = ['s1', 's2', 's3', 's4'];

function registry(size: number): Participant[] {
  return makeSyntheticRows(size)
    .slice(1)
    .map((row, i) => ({
      id: `p${i}`,
      seriesId: 's',
      name: row[0] as string,
      organisation: row[1] as string,
      category: 'cso',
      scope: 'national',
      gender: null,
      // Some without a State, some with one the index must spell in English and French.
      stateCode: i % 13 === 0 ? null : (STATES[i % STATES.length] as StateCode),
      email: '',
      phone: '',
      badgeCode: i % 17 === 0 ? '' : (row[9] as string),
      confidential: i % 11 === 0,
      plateConsent: false,
      registrations: i % 3 === 0 ? [] : [{ sessionId: SESSIONS[i % SESSIONS.length] as string, role: 'observer' }],
      reviewedAt: null,
      createdAt: 0,
      updatedAt: 0,
    }));
}

/** One slip of the finger: a letter wrong, doubled, left out, or swapped with the next. */
function slip(word: string, random: () => number): string {
  const at = Math.floor(random() * word.length);
  const letter = 'abcdeilmnorstuz'[Math.floor(random() * 15)] as string;
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + letter + word.slice(at);
    case 2:
      return word.slice(0, at) + word.slice(at + 1);
    default:
      return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
  }
}

/** What a clerk might type for this person: part of the name, the organisation, a State, a code. */
function queryFor(person: Participant, random: () => number): string {
  const name = person.name.split(' ');
  const choices = [
    () => name.slice(0, 2).join(' '),
    () => `${name[1] ?? ''} ${name[0] ?? ''}`,
    () => `${slip(foldText(name[1] ?? 'x'), random)} ${name[0] ?? ''}`,
    () => `${person.organisation.split(' ')[0] ?? ''} ${name[0] ?? ''}`,
    () => person.badgeCode || 'SYN-0',
    () => `${name[0] ?? ''} ${person.stateCode === 'CIV' ? 'cote ivoire' : person.stateCode === 'DEU' ? 'allemagne' : 'colombia'}`,
    () => slip(person.name, random),
    () => String(Math.floor(random() * 3000)),
  ];
  return (choices[Math.floor(random() * choices.length)] as () => string)();
}

describe('desk search index', () => {
  const people = registry(3000);
  const fast = buildDeskIndex(people);
  const plain = reference.buildDeskIndex(people);
  const ids = (found: readonly Participant[]) => found.map((p) => p.id);

  it('finds what a scan of everyone finds, in the same order, keystroke by keystroke', () => {
    const random = seededRandom(2026);
    let keystrokes = 0;
    for (let round = 0; round < 120; round += 1) {
      const query = queryFor(people[Math.floor(random() * people.length)] as Participant, random);
      const expected = random() < 0.5 ? [SESSIONS[Math.floor(random() * SESSIONS.length)] as string] : [];
      for (let end = 1; end <= query.length; end += 1) {
        const typed = query.slice(0, end);
        expect(ids(searchDesk(fast, typed, 30, expected)), typed).toEqual(ids(reference.searchDesk(plain, typed, 30, expected)));
        keystrokes += 1;
      }
      // Then deleting back, as a clerk does after a wrong turn.
      for (let end = query.length - 1; end > query.length / 2; end -= 1) {
        const typed = query.slice(0, end);
        expect(ids(searchDesk(fast, typed, 30, expected)), typed).toEqual(ids(reference.searchDesk(plain, typed, 30, expected)));
      }
    }
    expect(keystrokes).toBeGreaterThan(1000);
  });

  it('agrees on short, broad queries and on a limit of one', () => {
    for (const typed of ['a', 's', 'SYN', 'syn-0', '1', 'co', 'mision', 'mission perm', 'zz', 'gonzale mu', 'ana 12', 'ærø', 'nguyen']) {
      expect(ids(searchDesk(fast, typed)), typed).toEqual(ids(reference.searchDesk(plain, typed, 10)));
      expect(ids(searchDesk(fast, typed, 1, ['s2'])), typed).toEqual(ids(reference.searchDesk(plain, typed, 1, ['s2'])));
    }
  });

  it('counts every match, beyond those shown', () => {
    for (const typed of ['a', 'SYN-0', 'gonzalez', 'gonzales ana', 'SYN-000042', 'SY N-000042', 'zz']) {
      expect(findAtDesk(fast, typed).total, typed).toBe(reference.searchDesk(plain, typed, people.length).length);
    }
  });

  it('gives the same answer to the same query however it was reached', () => {
    const fresh = () => ids(searchDesk(buildDeskIndex(people), 'gonzales ana'));
    for (const typed of ['g', 'go', 'gon', 'gonz', 'gonza', 'gonzal', 'gonzale', 'gonzales', 'gonzales ', 'gonzales a', 'gonzales an']) searchDesk(fast, typed);
    expect(ids(searchDesk(fast, 'gonzales ana'))).toEqual(fresh());
  });
});
