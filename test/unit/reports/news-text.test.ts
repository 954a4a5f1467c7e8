import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { en } from '../../../renderer/src/i18n/en';
import { fr } from '../../../renderer/src/i18n/fr';
import { factsAndFigures, type FactsAndFigures } from '../../../renderer/src/domain/reports';
import { csoSentence, newsParagraph } from '../../../renderer/src/features/reports/news-text';
import { keyFigures } from '../../../renderer/src/features/reports/key-figures';
import { fixtureRecord, LATER } from './helpers';

const i18n = i18next.createInstance();
void i18n.init({ resources: { en: { translation: en }, fr: { translation: fr } }, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });
const tEn = i18n.getFixedT('en') as TFunction;
const tFr = i18n.getFixedT('fr') as TFunction;

/** The published record: 58 CSOs (3 of them NHRIs), 30 represented by women, 39 national. */
function published(over: Partial<FactsAndFigures> = {}): FactsAndFigures {
  const base = factsAndFigures(fixtureRecord(), LATER);
  return {
    ...base,
    csoSpeakers: 58,
    csoNhris: 3,
    nhriSpeakers: 3,
    csoWomen: 30,
    csoGenderNotRecorded: 0,
    csoWomenShare: 30 / 58,
    csoNational: 39,
    csoScopeNotRecorded: 0,
    csoNationalShare: 39 / 58,
    ...over,
  };
}

describe('the CSO sentence of the news paragraph', () => {
  it('reads as UPR Info publishes it, in English and in French', () => {
    expect(csoSentence(published(), 'en', tEn)).toBe(
      'Of the 58 CSOs who took the floor, 30 were represented by women, and 39 were national CSOs, including three National Human Rights Institutions.',
    );
    expect(csoSentence(published(), 'fr', tFr)).toBe(
      'Sur les 58 OSC qui ont pris la parole, 30 étaient représentées par des femmes et 39 étaient des OSC nationales, dont trois institutions nationales des droits de l’homme.',
    );
  });

  it('leaves out a figure it cannot state, and keeps the others', () => {
    const noScope = published({ csoNational: 3, csoScopeNotRecorded: 55 });
    expect(csoSentence(noScope, 'en', tEn)).toBe(
      'Of the 58 CSOs who took the floor, including three National Human Rights Institutions, 30 were represented by women.',
    );
    expect(csoSentence(noScope, 'en', tEn)).not.toMatch(/national CSOs/);
    const noGender = published({ csoWomen: 0, csoGenderNotRecorded: 12 });
    expect(csoSentence(noGender, 'en', tEn)).toBe(
      'Of the 58 CSOs who took the floor, 39 were national CSOs, including three National Human Rights Institutions.',
    );
    const neither = published({ csoGenderNotRecorded: 1, csoScopeNotRecorded: 1, csoNhris: 0 });
    expect(csoSentence(neither, 'fr', tFr)).toBe('58 OSC ont pris la parole.');
  });

  it('says none rather than a bare zero, and one in words', () => {
    expect(csoSentence(published({ csoWomen: 0, csoNhris: 1 }), 'en', tEn)).toBe(
      'Of the 58 CSOs who took the floor, none were represented by women, and 39 were national CSOs, including one National Human Rights Institution.',
    );
    expect(csoSentence(published({ csoSpeakers: 0 }), 'fr', tFr)).toBe('Aucune OSC n’a pris la parole.');
  });
});

describe('the key figures on screen and in print', () => {
  it('say "not recorded for 12 of 31" and show no zero for what nobody recorded', () => {
    const some = keyFigures(published({ csoSpeakers: 31, csoWomen: 10, csoGenderNotRecorded: 12, csoWomenShare: 10 / 19 }), 'en', tEn);
    const women = some.find((f) => f.id === 'csoWomen');
    expect(women?.value).toBe('10');
    expect(women?.details).toEqual(['53% of the 19 recorded', 'not recorded for 12 of 31']);
    const none = keyFigures(published({ csoSpeakers: 31, csoNational: 0, csoNhris: 0, csoScopeNotRecorded: 31 }), 'en', tEn);
    expect(none.find((f) => f.id === 'csoNational')).toMatchObject({ value: '—', details: ['not recorded for 31 of 31'] });
  });

  it('show the NHRIs among the CSOs and keep their own figure', () => {
    const figures = keyFigures(published(), 'en', tEn);
    expect(figures.find((f) => f.id === 'csoSpeakers')).toMatchObject({ value: '58', details: ['including 3 NHRIs'] });
    expect(figures.find((f) => f.id === 'nhriSpeakers')?.value).toBe('3');
  });
});

describe('the other sentences in French', () => {
  it('make each verb agree with its own number', () => {
    const series = {
      id: 's',
      name: 'Pré-sessions 30',
      startDate: '2018-04-11',
      endDate: '2018-04-13',
      venue: '',
      defaults: {} as never,
      createdAt: 0,
      updatedAt: 0,
    };
    const one = published({ missionsTookFloor: ['FRA'], surAttended: 2, surStatements: 1, sessions: 3 });
    const text = newsParagraph(one, series, [], 'fr', tFr);
    expect(text).toContain('et 1 a pris la parole.');
    expect(text).toContain('2 des 3 États examinés ont assisté à leur propre séance, et 1 a fait une déclaration.');
    const none = newsParagraph(published({ surStatements: 0 }), series, [], 'fr', tFr);
    expect(none).toContain('et aucun n’a fait de déclaration.');
  });
});
