// One rule for every public surface (domain/privacy/public-surfaces.ts). For each surface of
// PUBLIC_SURFACES: what it produces for a confidential panellist shows nothing the rule holds
// back, and it is produced *through* the rule: with the rule swapped for a marker, the marker
// shows on that surface. A surface that decides on its own fails here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import * as privacy from '../../../renderer/src/domain/privacy/public-surfaces';
import { PUBLIC_SURFACES, type PersonOnSurface, type PublicSurface } from '../../../renderer/src/domain/privacy/public-surfaces';
import { speakerLabel } from '../../../renderer/src/domain/room-display/view';
import { badgeFor, panellistPlate } from '../../../renderer/src/domain/plates';
import { exportTables, factsAndFigures, reportForAudience, sessionReports, toCsv } from '../../../renderer/src/domain/reports';
import { purgeParticipants } from '../../../renderer/src/domain/protection/purge';
import { newsParagraph } from '../../../renderer/src/features/reports/news-text';
import { SLOT_KINDS, type Participant, type Slot } from '../../../renderer/src/domain/core/model';
import { CONFIDENTIAL_NAME, CONFIDENTIAL_ORGANISATION, REPORTS_SNAPSHOT } from '../../fixtures/reports/reports-series';
import { fixtureRecord, LATER, TEXT } from '../reports/helpers';

vi.mock('../../../renderer/src/domain/privacy/public-surfaces', async (importOriginal) => {
  const actual = await importOriginal<typeof privacy>();
  return { ...actual, personOnSurface: vi.fn(actual.personOnSurface) };
});
const rule = vi.mocked(privacy.personOnSurface);
/** The rule itself, apart from the spy every surface calls. */
const { personOnSurface } = await vi.importActual<typeof privacy>('../../../renderer/src/domain/privacy/public-surfaces');
afterEach(() => {
  rule.mockClear();
  rule.mockImplementation(personOnSurface);
});

const record = fixtureRecord();
const chantal = REPORTS_SNAPSHOT.participants.find((p) => p.name === CONFIDENTIAL_NAME) as Participant;
const chantalSlot = REPORTS_SNAPSHOT.slots.find((s) => s.participantId === chantal.id) as Slot;
const words = {
  kinds: Object.fromEntries(SLOT_KINDS.map((k) => [k, k])) as Record<(typeof SLOT_KINDS)[number], string>,
  mission: 'Permanent Mission',
  floorBlock: 'Floor',
};

/** What a surface produces for the record, as text a person could read or take away. */
const SURFACES: Record<PublicSurface, () => string> = {
  'room-display': () => JSON.stringify(speakerLabel(chantalSlot, chantal, 'en', words)),
  'display-link': () => JSON.stringify(speakerLabel(chantalSlot, chantal, 'en', words, 'display-link')),
  plate: () => JSON.stringify(panellistPlate(chantal, 'Panellist')),
  badge: () => JSON.stringify(badgeFor(chantal, 'Panellist', 'en')),
  'public-export': () => {
    const reports = sessionReports(record, LATER);
    return exportTables(record, reports, factsAndFigures(record, LATER, reports), 'public', TEXT)
      .map((t) => toCsv(t.header, t.rows))
      .join('\n');
  },
  news: () => {
    const reports = sessionReports(record, LATER);
    return newsParagraph(factsAndFigures(record, LATER, reports), record.series, record.themes, 'en', i18next.getFixedT('en'));
  },
};

/** The rule's verdict with a marker in every field it lets through. */
const MARKED: PersonOnSurface = {
  listed: true,
  name: 'MARK-NAME',
  organisation: 'MARK-ORG',
  category: 'cso',
  scope: 'national',
  gender: 'woman',
  stateCode: 'ISL',
  email: '',
  phone: '',
  badgeCode: 'MARK-CODE',
  timesAndThemes: true,
  withheld: false,
};

describe('one rule for every public surface', () => {
  for (const surface of PUBLIC_SURFACES) {
    it(`${surface}: never names a confidential panellist without consent, nor gives her contact details`, () => {
      const shown = SURFACES[surface]();
      expect(shown).not.toContain(CONFIDENTIAL_NAME);
      expect(shown).not.toContain('chantal@example.org');
      if (surface === 'public-export' || surface === 'news') expect(shown).not.toContain(CONFIDENTIAL_ORGANISATION);
    });

    if (surface === 'news') {
      // The paragraph is written from the figures alone: nobody's record reaches it.
      it('news: names nobody at all', () => {
        const shown = SURFACES.news();
        for (const p of record.participants) expect(shown).not.toContain(p.name);
        expect(rule).not.toHaveBeenCalled();
      });
      continue;
    }

    it(`${surface}: shows what the rule says, and only through it`, () => {
      rule.mockImplementation((person, asked) => (asked === surface && person.name === CONFIDENTIAL_NAME ? MARKED : personOnSurface(person, asked)));
      const shown = SURFACES[surface]();
      expect(rule.mock.calls.some(([, asked]) => asked === surface)).toBe(true);
      expect(shown).toContain(surface === 'public-export' ? 'MARK-NAME' : 'MARK-');
    });
  }
});

describe('what the rule lets through', () => {
  const plain = { ...chantal, confidential: false };
  it('a confidential person is on the room display and the display link by organisation only', () => {
    for (const surface of ['room-display', 'display-link'] as const) {
      expect(personOnSurface(chantal, surface)).toMatchObject({
        listed: true,
        name: null,
        organisation: CONFIDENTIAL_ORGANISATION,
        stateCode: null,
        email: null,
      });
      expect(personOnSurface(plain, surface)).toMatchObject({ name: CONFIDENTIAL_NAME, organisation: CONFIDENTIAL_ORGANISATION });
    }
  });

  it('her plate and badge carry her name only with her consent; the badge keeps its code', () => {
    expect(personOnSurface(chantal, 'plate').name).toBeNull();
    expect(personOnSurface({ ...chantal, plateConsent: true }, 'plate').name).toBe(CONFIDENTIAL_NAME);
    expect(personOnSurface(chantal, 'badge')).toMatchObject({ name: null, badgeCode: chantal.badgeCode, stateCode: null });
  });

  it('a public export does not list her at all: not her State, her times or her themes', () => {
    expect(personOnSurface(chantal, 'public-export')).toMatchObject({
      listed: false,
      name: null,
      stateCode: null,
      category: null,
      timesAndThemes: false,
      withheld: true,
    });
    expect(personOnSurface(plain, 'public-export')).toMatchObject({ listed: true, stateCode: 'CMR', timesAndThemes: true, email: null });
    const cameroon = sessionReports(record, LATER).find((r) => r.lines.some((l) => l.participant?.id === chantal.id));
    if (!cameroon) throw new Error('fixture');
    const shown = reportForAudience(cameroon, 'public', record.themes);
    expect(shown.lines.some((l) => l.participant?.id === chantal.id)).toBe(false);
    expect(shown.withheld).toBe(1);
    // Her theme (media freedom) was raised by her alone in that session: it goes with her.
    expect(cameroon.themes.map((t) => t.id)).toContain('media-freedom');
    expect(shown.themes.map((t) => t.id)).not.toContain('media-freedom');
  });

  it('the purge keeps of an organisation what a public export may show', () => {
    const purged = purgeParticipants([chantal, { ...plain, id: 'not-confidential' }], 1);
    expect(purged.get(chantal.id)?.organisation).toBe('');
    expect(purged.get('not-confidential')?.organisation).toBe(CONFIDENTIAL_ORGANISATION);
    expect(rule.mock.calls.filter(([, asked]) => asked === 'public-export')).toHaveLength(2);
  });

  it('the organisers see everything', () => {
    expect(personOnSurface(chantal, 'internal')).toMatchObject({ listed: true, name: CONFIDENTIAL_NAME, email: 'chantal@example.org' });
  });
});
