/**
 * The one rule for what each surface may show of a person. Panellists can be at risk of
 * reprisals: a **confidential** person must not be singled out anywhere the public sees or
 * takes away. Every surface that shows people asks this function; none decides on its own
 * (test/unit/privacy/public-surfaces.test.ts holds every surface to it).
 *
 * - room display, and the display-only link over the venue network: a name and organisation;
 *   a confidential person by organisation only (an organisation is a public body that chose to
 *   speak; the person behind it is not named);
 * - plate and badge: the same, unless the confidential person agreed that their name may
 *   appear on their own plate (`plateConsent`); a badge also carries its code (to check in);
 * - public export (the spreadsheets and the printed report handed out): a person is a row with
 *   name, organisation, category, scope, gender and State, exact times and themes; a
 *   confidential person is not listed at all, since any of these (even the session, an arrival
 *   time or a theme) can point to one person in a room of forty;
 * - news paragraph: figures only, nobody by name;
 * - internal (the organisers' own screens and exports): everything.
 * Contact details (email, phone) never leave on a public surface.
 */
import type { Category, CsoScope, Gender, Participant, StateCode } from '../core/model';

export const PUBLIC_SURFACES = ['room-display', 'display-link', 'plate', 'badge', 'public-export', 'news'] as const;
export type PublicSurface = (typeof PUBLIC_SURFACES)[number];
export type Surface = PublicSurface | 'internal';

/** What a surface may show of one person; null where it must show nothing. */
export interface PersonOnSurface {
  /** Whether the person may appear at all (a row, a line, a card). */
  listed: boolean;
  name: string | null;
  organisation: string | null;
  category: Category | null;
  scope: CsoScope | null;
  gender: Gender | null;
  stateCode: StateCode | null;
  email: string | null;
  phone: string | null;
  badgeCode: string | null;
  /** Exact arrival and speaking times, and the themes they raised. */
  timesAndThemes: boolean;
  /** Something of the person was held back for confidentiality (a surface may say so). */
  withheld: boolean;
}

export type PersonFacts = Pick<
  Participant,
  'name' | 'organisation' | 'category' | 'scope' | 'gender' | 'stateCode' | 'email' | 'phone' | 'badgeCode' | 'confidential' | 'plateConsent'
>;

const NOTHING: PersonOnSurface = {
  listed: false,
  name: null,
  organisation: null,
  category: null,
  scope: null,
  gender: null,
  stateCode: null,
  email: null,
  phone: null,
  badgeCode: null,
  timesAndThemes: false,
  withheld: false,
};

const orNull = (text: string): string | null => (text.trim() ? text : null);

export function personOnSurface(person: PersonFacts, surface: Surface): PersonOnSurface {
  const hidden = person.confidential;
  switch (surface) {
    case 'internal':
      return {
        listed: true,
        name: person.name,
        organisation: person.organisation,
        category: person.category,
        scope: person.scope,
        gender: person.gender,
        stateCode: person.stateCode,
        email: person.email,
        phone: person.phone,
        badgeCode: person.badgeCode,
        timesAndThemes: true,
        withheld: false,
      };
    case 'room-display':
    case 'display-link':
      return { ...NOTHING, listed: true, name: hidden ? null : person.name, organisation: orNull(person.organisation), withheld: hidden };
    case 'plate':
    case 'badge': {
      const nameHidden = hidden && !person.plateConsent;
      return {
        ...NOTHING,
        listed: true,
        name: nameHidden ? null : person.name,
        organisation: orNull(person.organisation),
        // A badge carries its code (to check in) and the role its category gives.
        category: surface === 'badge' ? person.category : null,
        // A mission's State is its organisation; anyone else's could point to a confidential person.
        stateCode: surface === 'badge' && (!hidden || person.category === 'mission') ? person.stateCode : null,
        badgeCode: surface === 'badge' ? person.badgeCode : null,
        withheld: nameHidden,
      };
    }
    case 'public-export':
      if (hidden) return { ...NOTHING, withheld: true };
      return {
        ...NOTHING,
        listed: true,
        name: person.name,
        organisation: person.organisation,
        category: person.category,
        scope: person.scope,
        gender: person.gender,
        stateCode: person.stateCode,
        timesAndThemes: true,
      };
    case 'news':
      return { ...NOTHING, withheld: hidden };
  }
}
