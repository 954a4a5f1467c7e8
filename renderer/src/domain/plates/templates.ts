/**
 * What each plate says, face by face: panellist tent cards, country placards, role plates,
 * custom text and badges. Text only: sizes come from fit.ts, the page from document.ts.
 * Words of the interface (role names) are passed in, so the domain stays free of i18n.
 */
import type { Participant, Session, StateCode } from '../core/model';
import { stateName } from '../states/states';
import type { Language } from '../core/language';
import { personOnSurface, type PersonFacts } from '../privacy/public-surfaces';

/** One face of a tent card: a large title and an optional smaller line below. */
export interface FaceText {
  title: string;
  /** '' for none. */
  subtitle: string;
}

export type PlateKind = 'panellist' | 'placard' | 'role' | 'custom';

export interface PlateSpec {
  /** Stable key for lists and warnings. */
  key: string;
  kind: PlateKind;
  /** The lower face, upright when the sheet lies flat. */
  front: FaceText;
  /** The upper face, printed rotated 180°. */
  back: FaceText;
}

/** Where the French name of a State goes on its placard. */
export type FrenchPlacement = 'same-face' | 'back';

function both(key: string, kind: PlateKind, face: FaceText): PlateSpec {
  return { key, kind, front: face, back: face };
}

/**
 * A panellist's tent card: the name large, the organisation below. A confidential panellist
 * who has not agreed to show their name gets the organisation only: the seat is marked without
 * exposing the person.
 */
export function panellistPlate(person: Pick<Participant, 'id'> & PersonFacts, fallbackTitle: string): PlateSpec {
  const shown = personOnSurface(person, 'plate');
  const organisation = shown.organisation?.trim() ?? '';
  const face =
    shown.name === null ? { title: organisation || fallbackTitle, subtitle: '' } : { title: shown.name.trim() || fallbackTitle, subtitle: organisation };
  return both(`panellist:${person.id}`, 'panellist', face);
}

/**
 * A country placard: the UN short name without the article, English large; French below it on
 * both faces, or alone on the back face. A name that is the same in both languages
 * ("Canada") is not repeated.
 */
export function placardPlate(code: StateCode, french: FrenchPlacement): PlateSpec {
  const en = stateName(code, 'en');
  const fr = stateName(code, 'fr');
  const key = `placard:${code}`;
  if (french === 'back') return { key, kind: 'placard', front: { title: en, subtitle: '' }, back: { title: fr, subtitle: '' } };
  return both(key, 'placard', { title: en, subtitle: fr === en ? '' : fr });
}

export interface RoleWords {
  moderator: string;
  permanentMission: string;
  organiser: string;
}

export type RolePlateKind = 'moderator' | 'sur-mission' | 'organiser';

/**
 * Role plates for a session's table: the moderator (with their name when the programme has
 * it), the Permanent Mission of the State under Review, the organiser (with its name).
 */
export function rolePlate(
  role: RolePlateKind,
  session: Pick<Session, 'id' | 'stateCode' | 'moderator'>,
  words: RoleWords,
  organiserName: string,
  language: Language,
): PlateSpec {
  const key = `role:${role}:${session.id}`;
  if (role === 'moderator') return both(key, 'role', { title: words.moderator, subtitle: session.moderator.trim() });
  if (role === 'organiser') return both(key, 'role', { title: organiserName.trim() || words.organiser, subtitle: organiserName.trim() ? words.organiser : '' });
  return both(key, 'role', { title: stateName(session.stateCode, language), subtitle: words.permanentMission });
}

/** Custom plates: one per non-empty line; "Title | smaller line" puts text below the title. */
export function customPlates(text: string): PlateSpec[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, index) => {
      const [title = '', ...rest] = line.split('|');
      return both(`custom:${index}`, 'custom', { title: title.trim(), subtitle: rest.join('|').trim() });
    });
}

export interface BadgeSpec {
  key: string;
  /** Large; for a confidential person without consent, the organisation instead. */
  name: string;
  organisation: string;
  /** e.g. "Panellist", "Permanent Mission · France". */
  role: string;
  /** Encoded in the QR code and printed below it; '' for none. */
  code: string;
}

export function badgeFor(person: Pick<Participant, 'id'> & PersonFacts, roleLabel: string, language: Language): BadgeSpec {
  const shown = personOnSurface(person, 'badge');
  const ownOrganisation = shown.organisation?.trim() ?? '';
  // A mission's delegate without an organisation written down wears their State's name.
  const organisation = shown.category === 'mission' && shown.stateCode && !ownOrganisation ? stateName(shown.stateCode, language) : ownOrganisation;
  return {
    key: `badge:${person.id}`,
    name: shown.name === null ? organisation : shown.name.trim(),
    organisation: shown.name === null ? '' : organisation,
    role: roleLabel,
    code: shown.badgeCode?.trim() ?? '',
  };
}
