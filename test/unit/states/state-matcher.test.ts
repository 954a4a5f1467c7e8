/**
 * The app's one State matcher, with a table of how people type States: at the import (a whole
 * cell), in a type-ahead (the floor queue, the registry's State filter, the placards) and at
 * the desk (words of a search).
 */
import { describe, expect, it } from 'vitest';
import { identifyState, stateWords } from '../../../renderer/src/domain/states/matching';
import { findStates, resolveStateEntry } from '../../../renderer/src/domain/states/type-ahead';
import { UN_STATES } from '../../../renderer/src/domain/states/states';
import { matchMissions } from '../../../renderer/src/domain/moderator/floor-queue';
import { buildDeskIndex, findAtDesk } from '../../../renderer/src/domain/desk/search';
import { buildParticipantIndex, searchParticipantIndex } from '../../../renderer/src/domain/participants/filter';
import { makeParticipant } from '../../../renderer/src/domain/participants/records';
import { EMPTY_PARTICIPANT } from '../../../renderer/src/domain/participants/records';

/** What a person types, and the State they mean. */
const TYPED: ReadonlyArray<readonly [string, string]> = [
  ['UK', 'GBR'],
  ['U.K.', 'GBR'],
  ['GB', 'GBR'],
  ['GBR', 'GBR'],
  ['Royaume-Uni', 'GBR'],
  ['royaume uni', 'GBR'],
  ['Great Britain', 'GBR'],
  ['United Kingdom', 'GBR'],
  ['US', 'USA'],
  ['USA', 'USA'],
  ['U.S.', 'USA'],
  ['États-Unis', 'USA'],
  ['etats unis', 'USA'],
  ['United States of America', 'USA'],
  ['Russia', 'RUS'],
  ['Russie', 'RUS'],
  ['Fédération de Russie', 'RUS'],
  ['RU', 'RUS'],
  ['Turquie', 'TUR'],
  ['Turkey', 'TUR'],
  ['Türkiye', 'TUR'],
  ['turkiye', 'TUR'],
  ['Ivory Coast', 'CIV'],
  ["Côte d'Ivoire", 'CIV'],
  ['cote divoire', 'CIV'],
  ['CI', 'CIV'],
  ['Allemagne', 'DEU'],
  ['DEU', 'DEU'],
  ['Germany', 'DEU'],
  ['la France', 'FRA'],
  ['the Netherlands', 'NLD'],
  ['Pays-Bas', 'NLD'],
  ['Holland', 'NLD'],
  ['Suisse', 'CHE'],
  ['Switzerland', 'CHE'],
  ['Iran', 'IRN'],
  ['South Korea', 'KOR'],
  ['Corée du Sud', 'KOR'],
  ['North Korea', 'PRK'],
  ['DPRK', 'PRK'],
  ['DRC', 'COD'],
  ['RDC', 'COD'],
  ['Congo-Brazzaville', 'COG'],
  ['Viet Nam', 'VNM'],
  ['Vietnam', 'VNM'],
  ['Bolivia', 'BOL'],
  ['Syria', 'SYR'],
  ['Niger', 'NER'],
  ['Nigeria', 'NGA'],
  ['Guinea', 'GIN'],
  ['Guinée-Bissau', 'GNB'],
  ['Dominica', 'DMA'],
  ['Saint Lucia', 'LCA'],
  ['St Lucia', 'LCA'],
  ['Holy See', 'VAT'],
  ['Saint-Siège', 'VAT'],
  ['Palestine', 'PSE'],
  ['Turkménistan', 'TKM'],
  ['Burkina', 'BFA'],
  ['kingdom of bahrain', 'BHR'],
];

describe('identifyState (a whole cell, at the import)', () => {
  it.each(TYPED.filter(([text]) => text !== 'Burkina'))('%s is %s', (text, code) => {
    expect(identifyState(text)).toMatchObject({ kind: 'one', code });
  });

  it('knows every UN State by its short and formal names in English and French and its codes', () => {
    for (const state of UN_STATES) {
      for (const text of [state.name.en, state.name.fr, state.formalName.en, state.formalName.fr, state.iso3]) {
        const found = identifyState(text);
        // "Congo" is the UN short name of one State and what people call two: it asks.
        if (found.kind === 'ambiguous') expect(found.codes, text).toContain(state.iso3);
        else expect(found, text).toMatchObject({ kind: 'one', code: state.iso3 });
      }
    }
  });

  it.each([
    ['Congo', ['COG', 'COD']],
    ['le Congo', ['COG', 'COD']],
    ['Korea', ['KOR', 'PRK']],
    ['Corée', ['KOR', 'PRK']],
  ])('%s names more than one State: it asks', (text, codes) => {
    const found = identifyState(text);
    expect(found.kind).toBe('ambiguous');
    if (found.kind === 'ambiguous') expect(found.codes.sort()).toEqual([...codes].sort());
  });

  it('identifies nothing it would have to guess', () => {
    for (const text of ['', 'Atlantis', 'Kosovo', 'England', 'Frnace', 'NA', 'Saint', 'Burkina', 'Republic of', 'x'.repeat(500)]) {
      expect(identifyState(text).kind, text).toBe('none');
    }
  });

  it('reads "ST" and "AND" as the codes they are, not as "Saint" and "and"', () => {
    expect(identifyState('ST')).toMatchObject({ kind: 'one', code: 'STP' });
    expect(identifyState('AND')).toMatchObject({ kind: 'one', code: 'AND' });
  });
});

describe('resolveStateEntry (a type-ahead: the floor queue, the State filter, the placards)', () => {
  it.each(TYPED.filter(([text]) => !['UK', 'U.K.', 'US', 'U.S.', 'RU', 'CI', 'DEU', 'GB', 'GBR', 'USA', 'DRC', 'RDC', 'DPRK'].includes(text)))(
    '%s picks %s',
    (text, code) => {
      const entry = resolveStateEntry(text, { language: 'en' });
      expect(entry.kind, text).toBe('one');
      if (entry.kind === 'one') expect(entry.state.iso3).toBe(code);
    },
  );

  it.each([
    ['GB', 'GBR'],
    ['GBR', 'GBR'],
    ['US', 'USA'],
    ['USA', 'USA'],
    ['DEU', 'DEU'],
    ['DRC', 'COD'],
    // A later word of "Congo-Brazzaville" begins with it, no name does.
    ['BRA', 'BRA'],
  ])('the code %s begins no other name: it picks %s', (text, code) => {
    const entry = resolveStateEntry(text, { language: 'en' });
    expect(entry.kind === 'one' && entry.state.iso3).toBe(code);
  });

  it('asks when a code also begins another name, the State it names first: "UK" is the United Kingdom or the start of Ukraine', () => {
    const entry = resolveStateEntry('UK', { language: 'en', present: new Set(['UKR']) });
    expect(entry.kind).toBe('choose');
    expect(entry.candidates.map((c) => c.state.iso3).slice(0, 2)).toEqual(['GBR', 'UKR']);
    const tur = resolveStateEntry('Tur', { language: 'en' });
    expect(tur.kind).toBe('choose');
    expect(tur.candidates.map((c) => c.state.iso3)).toEqual(['TUR', 'TKM']);
  });

  it('asks for a name of two States, and for a beginning that fits several', () => {
    expect(resolveStateEntry('Congo', { language: 'fr' }).kind).toBe('choose');
    expect(resolveStateEntry('Korea', { language: 'en' }).kind).toBe('choose');
    expect(resolveStateEntry('Ni', { language: 'en' }).kind).toBe('choose');
    expect(resolveStateEntry('United', { language: 'en' }).kind).toBe('choose');
  });

  it('puts missions checked in first among the matches that are not exact', () => {
    const present = new Set(['NGA']);
    expect(findStates('Nig', { language: 'en', present }).map((c) => c.state.iso3)).toEqual(['NGA', 'NER']);
    expect(findStates('Nig', { language: 'en' }).map((c) => c.state.iso3)).toEqual(['NER', 'NGA']);
    // A State named exactly stays first even when another is present.
    expect(findStates('Niger', { language: 'en', present }).map((c) => c.state.iso3)[0]).toBe('NER');
  });

  it('finds a later word of a name, and words of a name in any order', () => {
    expect(findStates('kingdom', { language: 'en', limit: 20 }).map((c) => c.state.iso3)).toEqual(expect.arrayContaining(['GBR', 'BEL', 'BHR']));
    expect(findStates('rep congo', { language: 'en' }).map((c) => c.state.iso3)).toEqual(expect.arrayContaining(['COG', 'COD']));
  });

  it('gives nothing for nothing, and no guess for a typo', () => {
    expect(resolveStateEntry('', { language: 'en' }).kind).toBe('none');
    expect(resolveStateEntry('Frnace', { language: 'en' }).kind).toBe('none');
  });

  it('serves the floor queue: "UK" with the British delegate checked in asks, the United Kingdom first', () => {
    const { matches, pick } = matchMissions('UK', 'en', new Set(['GBR']));
    expect(pick).toBeNull();
    expect(matches[0]).toMatchObject({ state: { iso3: 'GBR' }, present: true });
    expect(matchMissions('Royaume-Uni', 'fr', new Set()).pick?.iso3).toBe('GBR');
    expect(matchMissions('GB', 'en', new Set()).pick?.iso3).toBe('GBR');
  });
});

describe('stateWords (the desk and the registry search)', () => {
  const person = (name: string, stateCode: string) =>
    makeParticipant({ ...EMPTY_PARTICIPANT, name, category: 'mission', stateCode }, 's1', () => `id-${name}`, 0);
  const people = [
    person('Alice Brown', 'GBR'),
    person('Oleh Shevchenko', 'UKR'),
    person('Mehmet Yılmaz', 'TUR'),
    person('Joe Smith', 'USA'),
    person('Awa Koné', 'CIV'),
  ];

  it('holds the common names and codes of a State', () => {
    expect(stateWords('GBR')).toEqual(expect.arrayContaining(['uk', 'gb', 'gbr', 'royaume', 'uni', 'britain']));
    expect(stateWords('TUR')).toEqual(expect.arrayContaining(['turquie', 'turkey', 'turkiye']));
  });

  it.each([
    ['UK', 'Alice Brown'],
    ['Royaume-Uni', 'Alice Brown'],
    ['gb', 'Alice Brown'],
    ['Turquie', 'Mehmet Yılmaz'],
    ['Türkiye', 'Mehmet Yılmaz'],
    ['USA', 'Joe Smith'],
    ['Etats-Unis', 'Joe Smith'],
    ['Ivory Coast', 'Awa Koné'],
    ['Ukraine', 'Oleh Shevchenko'],
  ])('the desk finds the delegate of %s first', (query, name) => {
    const found = findAtDesk(buildDeskIndex(people), query).found;
    expect(found[0]?.name).toBe(name);
  });

  it.each([
    ['UK', ['Alice Brown', 'Oleh Shevchenko']],
    ['turquie', ['Mehmet Yılmaz']],
    ['ivory coast', ['Awa Koné']],
  ])('the registry search finds %s', (query, names) => {
    const found = searchParticipantIndex(buildParticipantIndex(people, 'en'), { query, category: 'all' }).map((p) => p.name);
    // "UK" is a word of the United Kingdom and the start of "Ukraine": both are shown.
    expect(found.sort()).toEqual([...names].sort());
  });
});
