import { describe, expect, it } from 'vitest';
import { ambiguousStateKeys, matchState, STATE_VARIANTS } from '../../../renderer/src/domain/states/matching';
import { UN_STATES } from '../../../renderer/src/domain/states/states';

describe('matchState', () => {
  it('matches every UN State by its English and French names and ISO codes', () => {
    // "Congo" is the UN short name of one State and what people call two: it names neither alone.
    for (const state of UN_STATES.filter((s) => s.iso3 !== 'COG')) {
      expect(matchState(state.name.en), state.name.en).toBe(state.iso3);
      expect(matchState(state.name.fr), state.name.fr).toBe(state.iso3);
      expect(matchState(state.unShortName.en), state.unShortName.en).toBe(state.iso3);
      expect(matchState(state.formalName.en), state.formalName.en).toBe(state.iso3);
      expect(matchState(state.formalName.fr), state.formalName.fr).toBe(state.iso3);
      expect(matchState(state.iso3), state.iso3).toBe(state.iso3);
      expect(matchState(state.iso3.toLowerCase())).toBe(state.iso3);
      if (state.iso2 !== 'NA') expect(matchState(state.iso2), state.iso2).toBe(state.iso3);
    }
  });

  it.each([
    ['Russia', 'RUS'],
    ['Russie', 'RUS'],
    ['UK', 'GBR'],
    ['U.K.', 'GBR'],
    ['Great Britain', 'GBR'],
    ['Royaume-Uni', 'GBR'],
    ['United Kingdom', 'GBR'],
    ['Turkey', 'TUR'],
    ['Türkiye', 'TUR'],
    ['Turkiye', 'TUR'],
    ['Turquie', 'TUR'],
    ['Ivory Coast', 'CIV'],
    ["Côte d'Ivoire", 'CIV'],
    ['Cote d’Ivoire', 'CIV'],
    ['COTE D IVOIRE', 'CIV'],
    ['Côte-d’Ivoire', 'CIV'],
    ['USA', 'USA'],
    ['United States', 'USA'],
    ['U.S.A.', 'USA'],
    ['États-Unis', 'USA'],
    ['Etats-Unis d’Amérique', 'USA'],
    ['South Korea', 'KOR'],
    ['Korea, Republic of', 'KOR'],
    ['Corée du Sud', 'KOR'],
    ['North Korea', 'PRK'],
    ['DPRK', 'PRK'],
    ['Iran', 'IRN'],
    ['Iran (Islamic Republic of)', 'IRN'],
    ['Syria', 'SYR'],
    ['Syrie', 'SYR'],
    ['Vietnam', 'VNM'],
    ['Viet Nam', 'VNM'],
    ['Laos', 'LAO'],
    ['Lao PDR', 'LAO'],
    ['Bolivia', 'BOL'],
    ['Bolivie', 'BOL'],
    ['Venezuela', 'VEN'],
    ['Tanzania', 'TZA'],
    ['Moldova', 'MDA'],
    ['Moldavie', 'MDA'],
    ['Czech Republic', 'CZE'],
    ['Czechia', 'CZE'],
    ['Tchéquie', 'CZE'],
    ['Holy See', 'VAT'],
    ['Vatican', 'VAT'],
    ['Saint-Siège', 'VAT'],
    ['Palestine', 'PSE'],
    ['State of Palestine', 'PSE'],
    ['The Netherlands', 'NLD'],
    ['Pays-Bas', 'NLD'],
    ['Netherlands (the)', 'NLD'],
    ['DRC', 'COD'],
    ['RDC', 'COD'],
    ['Democratic Republic of Congo', 'COD'],
    ['Congo-Brazzaville', 'COG'],
    ['Antigua & Barbuda', 'ATG'],
    ['St Lucia', 'LCA'],
    ['Saint Vincent and Grenadines', 'VCT'],
    ['Trinité et Tobago', 'TTO'],
    ['Cape Verde', 'CPV'],
    ['Swaziland', 'SWZ'],
    ['Burma', 'MMR'],
    ['Macedonia', 'MKD'],
    ['The Gambia', 'GMB'],
    ['Allemagne', 'DEU'],
    ['Suisse', 'CHE'],
    ['  france  ', 'FRA'],
    ['FRANCE', 'FRA'],
    ['Fédération de Russie', 'RUS'],
    ['L’Allemagne', 'DEU'],
    ['la France', 'FRA'],
  ])('%s -> %s', (text, code) => {
    expect(matchState(text)).toBe(code);
  });

  it('guesses nothing: unknown, partial or misspelt names give null', () => {
    for (const text of [
      '',
      '   ',
      'Atlantis',
      'Kosovo',
      'Taiwan',
      'Korea',
      'Congo',
      'Guinea-Bisau',
      'Frnace',
      'Germany (Berlin)',
      'N/A',
      'NA',
      'England',
      'Europe',
      'Republic of',
    ]) {
      expect(matchState(text), text).toBeNull();
    }
  });

  it('lists variants only for States of the UN list, and each variant matches its State', () => {
    for (const [code, variants] of Object.entries(STATE_VARIANTS)) {
      expect(
        UN_STATES.some((s) => s.iso3 === code),
        code,
      ).toBe(true);
      for (const variant of variants) expect(matchState(variant), variant).toBe(code);
    }
  });

  it('has no name or code shared by two States', () => {
    expect(ambiguousStateKeys()).toEqual([]);
  });
});
