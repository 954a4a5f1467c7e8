import { describe, expect, it } from 'vitest';
import { badgeFor, panellistPlate } from '../../../renderer/src/domain/plates';
import { buildDemoSeries } from '../../../renderer/src/domain/demo/demo-series';
import { newId } from '../../../renderer/src/domain/core/ids';

/**
 * The shared public labels that exist today (plates and badges): a confidential person without
 * consent never has their name on them. The room display and public reports are checked by
 * their own tests.
 */
describe('confidential people on plates and badges', () => {
  const people = buildDemoSeries(newId, 0).participants;
  const confidential = people.filter((p) => p.confidential);

  it('the demo has confidential people to check', () => {
    expect(confidential.length).toBeGreaterThan(0);
  });

  it('without consent: no face of the plate and no line of the badge holds the name', () => {
    for (const person of confidential) {
      const plate = panellistPlate({ ...person, plateConsent: false }, 'Panellist');
      const badge = badgeFor({ ...person, plateConsent: false }, 'Panellist', 'en');
      const shown = JSON.stringify([plate.front, plate.back, badge.name, badge.organisation, badge.role]);
      expect(shown).not.toContain(person.name);
      // Nor any part of it long enough to identify them (a surname on its own).
      for (const part of person.name.split(/\s+/).filter((w) => w.length > 3)) expect(shown).not.toContain(part);
    }
  });

  it('with consent: the name is on the plate', () => {
    for (const person of confidential) expect(panellistPlate({ ...person, plateConsent: true }, 'Panellist').front.title).toBe(person.name.trim());
  });
});
