import { describe, expect, it } from 'vitest';
import { badgeFor, customPlates, panellistPlate, placardPlate, rolePlate } from '../../../renderer/src/domain/plates';

const person = {
  id: 'p1',
  name: 'Amina Aliyeva',
  organisation: 'Azerbaijan Centre for Civic Freedoms',
  category: 'cso' as const,
  scope: 'national' as const,
  gender: 'woman' as const,
  stateCode: 'AZE',
  email: 'amina@example.org',
  phone: '',
  badgeCode: 'PS30-0001',
  confidential: false,
  plateConsent: false,
};
const words = { moderator: 'Moderator', permanentMission: 'Permanent Mission', organiser: 'Organiser' };
const session = { id: 's1', stateCode: 'RUS', moderator: 'Laura Hartmann' };

describe('what each plate says', () => {
  it('a panellist: name large, organisation below, on both faces', () => {
    const plate = panellistPlate(person, 'Panellist');
    expect(plate.front).toEqual({ title: 'Amina Aliyeva', subtitle: 'Azerbaijan Centre for Civic Freedoms' });
    expect(plate.back).toEqual(plate.front);
  });

  it('a confidential panellist without consent: the organisation only; with consent: the name', () => {
    expect(panellistPlate({ ...person, confidential: true }, 'Panellist').front).toEqual({ title: 'Azerbaijan Centre for Civic Freedoms', subtitle: '' });
    expect(panellistPlate({ ...person, confidential: true, plateConsent: true }, 'Panellist').front.title).toBe('Amina Aliyeva');
  });

  it('a country placard: UN short name without the article, French below or on the back', () => {
    expect(placardPlate('RUS', 'same-face').front).toEqual({ title: 'Russian Federation', subtitle: 'Fédération de Russie' });
    const back = placardPlate('GBR', 'back');
    expect(back.front).toEqual({ title: 'United Kingdom of Great Britain and Northern Ireland', subtitle: '' });
    expect(back.back.title).toBe("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord");
    expect(placardPlate('BOL', 'same-face').front.title).toBe('Bolivia (Plurinational State of)');
    expect(placardPlate('CAN', 'same-face').front).toEqual({ title: 'Canada', subtitle: '' });
  });

  it('role plates: moderator with name, the SuR mission, the organiser', () => {
    expect(rolePlate('moderator', session, words, '', 'en').front).toEqual({ title: 'Moderator', subtitle: 'Laura Hartmann' });
    expect(rolePlate('sur-mission', session, words, '', 'en').front).toEqual({ title: 'Russian Federation', subtitle: 'Permanent Mission' });
    expect(rolePlate('organiser', session, words, 'UPR Info', 'en').front).toEqual({ title: 'UPR Info', subtitle: 'Organiser' });
    expect(rolePlate('organiser', session, words, ' ', 'en').front).toEqual({ title: 'Organiser', subtitle: '' });
  });

  it('custom text: one plate per line, "|" for a smaller line', () => {
    expect(customPlates('Rapporteur\n\n  Interpreters | English – French ').map((p) => p.front)).toEqual([
      { title: 'Rapporteur', subtitle: '' },
      { title: 'Interpreters', subtitle: 'English – French' },
    ]);
  });

  it('a badge: a mission delegate without organisation shows the State; confidential hides the name', () => {
    const delegate = { ...person, organisation: '', category: 'mission' as const, stateCode: 'FRA', badgeCode: 'PS30-0042' };
    expect(badgeFor(delegate, 'Delegate', 'fr')).toMatchObject({ name: 'Amina Aliyeva', organisation: 'France', code: 'PS30-0042' });
    const hidden = badgeFor({ ...person, category: 'cso', stateCode: null, badgeCode: 'X1', confidential: true }, 'Panellist', 'en');
    expect(hidden.name).toBe('Azerbaijan Centre for Civic Freedoms');
    expect(hidden.organisation).toBe('');
  });
});
