/**
 * Cell values to model values, from the English and French words people use, and every label
 * the app itself shows for them (test/unit/import/app-labels.test.ts reads en.ts and fr.ts).
 * Each parser takes non-empty text and returns null when it does not recognise it;
 * `isNotGiven` tells the "N/A", "-", "none" that mean an empty cell.
 */
import type { Category, CsoScope, Gender, Role } from '../core/model';
import { compactKey } from './fields';

function table<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) {
    for (const word of words) map.set(compactKey(word), value);
  }
  return map;
}

const NOT_GIVEN = new Set(
  [
    '',
    'n/a',
    'na',
    'n.a.',
    'none',
    'nil',
    'null',
    'aucun',
    'aucune',
    'néant',
    'nd',
    'n.d.',
    'non renseigné',
    'unknown',
    'inconnu',
    'inconnue',
    'not specified',
    'non précisé',
    'non spécifié',
    'tbc',
    'tbd',
  ].map(compactKey),
);

/** Placeholder text that means the cell is empty. */
export function isNotGiven(text: string): boolean {
  return NOT_GIVEN.has(compactKey(text));
}

/** Strips control characters and invisible marks; collapses whitespace. Markup stays literal text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b\ufeff]/g;
/** Anything cleanCell would change: a control or invisible mark, odd or doubled whitespace. */
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u200b\ufeff]|[^\S ]| {2}|^ | $/;

export function cleanCell(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return value;
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

export interface CategoryValue {
  category: Category;
  /** For CSOs, when the word says it ("National NGO", "ONG internationale"). */
  scope: CsoScope | null;
}

const CATEGORY_WORDS = table<CategoryValue>([
  [
    { category: 'cso', scope: null },
    [
      'CSO',
      'CSOs',
      'NGO',
      'NGOs',
      'ONG',
      'OSC',
      'CSO/NGO',
      'NGO/CSO',
      'ONG/OSC',
      'OSC/ONG',
      'Civil society',
      'Société civile',
      'Civil society organisation',
      'Civil society organization',
      'Organisation de la société civile',
      'Non-governmental organisation',
      'Non-governmental organization',
      'Organisation non gouvernementale',
      'Association',
      'Regional NGO',
      'ONG régionale',
      'Coalition',
    ],
  ],
  [
    { category: 'cso', scope: 'national' },
    [
      'National CSO',
      'National NGO',
      'National civil society',
      'ONG nationale',
      'OSC nationale',
      'CSO (national)',
      'NGO (national)',
      'National civil society organisation',
      'National civil society organization',
    ],
  ],
  [
    { category: 'cso', scope: 'international' },
    [
      'International CSO',
      'International NGO',
      'INGO',
      'ONG internationale',
      'OSC internationale',
      'CSO (international)',
      'NGO (international)',
      'International civil society organisation',
      'International civil society organization',
    ],
  ],
  [
    { category: 'nhri', scope: null },
    [
      'NHRI',
      'NHRIs',
      'INDH',
      'National human rights institution',
      'National Human Rights Commission',
      'Institution nationale des droits de l’homme',
      'Institution nationale des droits humains',
      'Ombudsman',
      'Ombudsperson',
    ],
  ],
  [
    { category: 'mission', scope: null },
    [
      'Permanent Mission',
      'Permanent Missions',
      'Mission permanente',
      'Missions permanentes',
      'Mission',
      'PM',
      'State',
      'States',
      'État',
      'États',
      'Member State',
      'État membre',
      'Observer State',
      'Government',
      'Gouvernement',
      'Diplomat',
      'Diplomate',
      'Embassy',
      'Ambassade',
      'Delegation',
      'Délégation',
      'SuR delegation',
    ],
  ],
  [
    { category: 'un-io', scope: null },
    [
      'UN',
      'IO',
      'UN/IO',
      'IO/UN',
      'ONU/OI',
      'OI/ONU',
      'UN IO',
      'United Nations',
      'Nations Unies',
      'ONU',
      'UN agency',
      'Agence des Nations Unies',
      'International organisation',
      'International organization',
      'Organisation internationale',
      'OI',
      'IGO',
      'Intergovernmental organisation',
      'Intergovernmental organization',
      'Organisation intergouvernementale',
      'OHCHR',
      'HCDH',
    ],
  ],
  [{ category: 'media', scope: null }, ['Media', 'Médias', 'Média', 'Press', 'Presse', 'Journalist', 'Journalists', 'Journaliste', 'Journalistes']],
  [
    { category: 'organiser', scope: null },
    [
      'Organiser',
      'Organizer',
      'Organisers',
      'Organizers',
      'Organisateur',
      'Organisatrice',
      'Organisation team',
      'Staff',
      'UPR Info',
      'Secretariat',
      'Secrétariat',
      'Moderator',
      'Modérateur',
      'Modératrice',
      'Host',
      'Hôte',
    ],
  ],
  [
    { category: 'other', scope: null },
    [
      'Other',
      'Others',
      'Autre',
      'Autres',
      'Academia',
      'Academic',
      'University',
      'Université',
      'Student',
      'Étudiant',
      'Étudiante',
      'Private sector',
      'Secteur privé',
      'Donor',
      'Bailleur',
    ],
  ],
]);

export function parseCategory(text: string): CategoryValue | null {
  return CATEGORY_WORDS.get(compactKey(text)) ?? null;
}

/** `gender: null` is a recognised answer ("Prefer not to say"); a null result is not recognised. */
const GENDER_WORDS = table<Gender | 'undisclosed'>([
  ['woman', ['F', 'Female', 'Woman', 'Women', 'W', 'Femme', 'Femmes', 'Féminin', 'Féminine', 'Fem']],
  ['man', ['M', 'Male', 'Man', 'Men', 'H', 'Homme', 'Hommes', 'Masculin', 'Masc']],
  ['other', ['Other', 'Autre', 'X', 'Non-binary', 'Nonbinary', 'Non binaire', 'Non-binaire', 'Diverse', 'Divers', 'Genderqueer']],
  [
    'undisclosed',
    [
      'Prefer not to say',
      'Prefers not to say',
      'Rather not say',
      'Undisclosed',
      'Ne souhaite pas répondre',
      'Préfère ne pas répondre',
      'Ne se prononce pas',
      'NSP',
    ],
  ],
]);

export function parseGender(text: string): { gender: Gender | null } | null {
  const value = GENDER_WORDS.get(compactKey(text));
  if (value === undefined) return null;
  return { gender: value === 'undisclosed' ? null : value };
}

/** 'default': a word that names no particular role ("Participant"); the category decides. */
const ROLE_WORDS = table<Role | 'default'>([
  [
    'panellist',
    [
      'Panellist',
      'Panelist',
      'Panellists',
      'Panelists',
      'Panéliste',
      'Panélistes',
      'Panel',
      'Speaker',
      'Speakers',
      'Intervenant',
      'Intervenante',
      'Intervenant(e)',
      'Orateur',
      'Oratrice',
      'Presenter',
    ],
  ],
  ['delegate', ['Delegate', 'Delegates', 'Délégué', 'Déléguée', 'Délégué(e)', 'Délégués', 'Diplomat', 'Diplomate']],
  [
    'observer',
    [
      'Observer',
      'Observers',
      'Observateur',
      'Observatrice',
      'Observateur·rice',
      'Observateur·trice',
      'Observateur/trice',
      'Observateur(trice)',
      'Observateurs',
      'Audience',
      'Public',
    ],
  ],
  [
    'sur-delegation',
    [
      'SuR delegation',
      'SuR',
      'SuR delegate',
      'Delegation of the SuR',
      'State under Review',
      'Delegation of the State under Review',
      'État sous examen',
      'État examiné',
      'Délégation de l’État sous examen',
      'Délégation de l’État examiné',
      'Délégation SuR',
    ],
  ],
  ['default', ['Participant', 'Attendee', 'Participante', 'Guest', 'Invité', 'Invitée']],
]);

export function parseRole(text: string): Role | 'default' | null {
  return ROLE_WORDS.get(compactKey(text)) ?? null;
}

/** The role of a registration when the file names none: diplomats are delegates, others observe. */
export function defaultRole(category: Category): Role {
  return category === 'mission' ? 'delegate' : 'observer';
}

const SCOPE_WORDS = table<CsoScope>([
  ['national', ['National', 'Nationale', 'Nat', 'Nat.', 'N', 'Domestic', 'Local']],
  ['international', ['International', 'Internationale', 'Intl', 'Int', 'Int.', 'I', 'Intl.']],
]);

export function parseScope(text: string): CsoScope | null {
  return SCOPE_WORDS.get(compactKey(text)) ?? null;
}

const YES_NO = table<boolean>([
  [true, ['Yes', 'Y', 'Oui', 'O', 'True', 'Vrai', '1', 'X', 'Confidential', 'Confidentiel', 'Confidentielle', 'Sensitive', 'At risk']],
  [false, ['No', 'N', 'Non', 'False', 'Faux', '0', 'Public', 'Not confidential', 'Non confidentiel']],
]);
const CHECK_MARKS = /^[✓✔☑✅]$/u;

export function parseYesNo(text: string): boolean | null {
  if (CHECK_MARKS.test(text.trim())) return true;
  return YES_NO.get(compactKey(text)) ?? null;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/** Trimmed, without a "mailto:" prefix; `valid` is a loose shape check, not a promise. */
export function parseEmail(text: string): { email: string; valid: boolean } {
  const email = text
    .trim()
    .replace(/^mailto:/i, '')
    .trim();
  return { email, valid: EMAIL.test(email) };
}

/**
 * Splits a sessions cell into the names it lists. Semicolons, line breaks and "|" always
 * separate; commas separate only when the whole piece is not itself a name (for "Korea,
 * Republic of"), which the caller decides with `resolve`.
 */
export function splitSessions<T>(text: string, resolve: (piece: string) => T | null): Array<{ text: string; value: T | null }> {
  const out: Array<{ text: string; value: T | null }> = [];
  for (const raw of text.split(/[;\n\r|]+/)) {
    const piece = cleanCell(raw);
    if (!piece) continue;
    const whole = resolve(piece);
    if (whole !== null || !piece.includes(',')) {
      out.push({ text: piece, value: whole });
      continue;
    }
    for (const part of piece.split(',')) {
      const item = cleanCell(part);
      if (item) out.push({ text: item, value: resolve(item) });
    }
  }
  return out;
}
