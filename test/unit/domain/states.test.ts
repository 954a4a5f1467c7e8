import { describe, expect, it } from 'vitest';
import { UN_STATES, stateByCode, stateName, statesSorted, withoutArticle } from '../../../renderer/src/domain/states/states';

describe('the UN list of States', () => {
  it('holds 193 members, 2 observer States and 2 non-member States', () => {
    expect(UN_STATES.filter((s) => s.status === 'member')).toHaveLength(193);
    expect(
      UN_STATES.filter((s) => s.status === 'observer state')
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(['PSE', 'VAT']);
    expect(
      UN_STATES.filter((s) => s.status === 'non-member state')
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(['COK', 'NIU']);
    expect(new Set(UN_STATES.map((s) => s.iso3)).size).toBe(UN_STATES.length);
  });

  it('drops the bracketed article for plates and display, in English and French', () => {
    expect(stateName('RUS', 'en')).toBe('Russian Federation');
    expect(stateName('RUS', 'fr')).toBe('Fédération de Russie');
    expect(stateName('GBR', 'en')).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(stateName('AFG', 'fr')).toBe('Afghanistan');
    expect(stateByCode('RUS')?.unShortName.en).toBe('Russian Federation (the)');
  });

  it('keeps a bracket that is part of the name', () => {
    expect(stateName('BOL', 'en')).toBe('Bolivia (Plurinational State of)');
    expect(withoutArticle('Iran (Islamic Republic of)')).toBe('Iran (Islamic Republic of)');
  });

  it('sorts by the name without its article, and says the code of an unknown State rather than nothing', () => {
    const french = statesSorted('fr').map((s) => s.name.fr);
    expect(french.indexOf('Fédération de Russie')).toBeLessThan(french.indexOf('Finlande'));
    expect(stateName('XXX', 'en')).toBe('XXX');
    expect(stateName(null, 'en')).toBe('');
  });
});
