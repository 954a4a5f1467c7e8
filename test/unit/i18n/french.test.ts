/** French as French is written: lower-case months and weekdays, participles that agree with the person. */
import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { en } from '../../../renderer/src/i18n/en';
import { fr } from '../../../renderer/src/i18n/fr';
import { genderContext } from '../../../renderer/src/i18n/gender-context';
import { formatDateRange, formatDayLong } from '../../../renderer/src/ui/format';

const i18n = i18next.createInstance();
void i18n.init({ resources: { en: { translation: en }, fr: { translation: fr } }, lng: 'fr', initAsync: false, interpolation: { escapeValue: false } });
const t = i18n.getFixedT('fr') as TFunction;
const tEn = i18n.getFixedT('en') as TFunction;

describe('French dates', () => {
  it('writes weekdays and months in lower case', () => {
    expect(formatDayLong('2018-04-11', 'fr')).toBe('mercredi 11 avril 2018');
    expect(formatDateRange('2018-04-11', '2018-04-13', 'fr')).toMatch(/^11\s?–\s?13 avril 2018$/);
  });
});

describe('French participles agree with the person', () => {
  it.each([
    ['woman', 'Arrivée à 10:05', 'Arrivée', 'Absente', 'Inscrite : Panéliste'],
    ['man', 'Arrivé à 10:05', 'Arrivé', 'Absent', 'Inscrit : Panéliste'],
    [null, 'Arrivé·e à 10:05', 'Arrivé·e', 'Absent·e', 'Inscrit·e : Panéliste'],
  ] as const)('%s', (gender, desk, moderator, absent, registered) => {
    const context = genderContext(gender);
    expect(t('desk.checkedInAt', { time: '10:05', context })).toBe(desk);
    expect(t('moderator.arrived', { context })).toBe(moderator);
    expect(t('moderator.status.absent', { context })).toBe(absent);
    expect(t('desk.registeredAs', { roles: 'Panéliste', context })).toBe(registered);
    // English does not change.
    expect(tEn('moderator.arrived', { context })).toBe('Arrived');
  });

  it('counts sessions in the partial check-in, singular and plural', () => {
    expect(t('desk.partlyCheckedIn', { count: 1, total: 2, context: 'woman' })).toBe('Arrivée pour 1 séance sur 2');
    expect(t('desk.partlyCheckedIn', { count: 2, total: 3 })).toBe('Arrivé·e pour 2 séances sur 3');
  });
});
