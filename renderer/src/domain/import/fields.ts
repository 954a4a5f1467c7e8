/**
 * The participant fields a column can fill, and the automatic guess of which column is which
 * from its header (English and French, case-, accent- and punctuation-insensitive).
 * A mapping is plain data, one entry per column, so the UI can show and correct it.
 */
import { foldText } from '../core/text';

export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'organisation',
  'category',
  'scope',
  'state',
  'gender',
  'email',
  'phone',
  'sessions',
  'role',
  'badgeCode',
  'confidential',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index -> the field it fills, or null to ignore the column. */
export type ColumnMapping = Array<ImportField | null>;

/** Folded, spaceless form of a header or value: "E-mail" -> "email", "Prénom" -> "prenom". */
export function compactKey(text: string): string {
  // Fast path for plain ASCII, the bulk of most files: the same result as folding.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return foldText(text).replace(/ /g, '');
}

/** "Nom" and "Name": the full name, or the last name when a first-name column exists. */
type HeaderMeaning = ImportField | 'name-or-last';

const HEADER_WORDS: ReadonlyArray<readonly [HeaderMeaning, readonly string[]]> = [
  ['name-or-last', ['Name', 'Nom', 'Names', 'Noms']],
  [
    'name',
    [
      'Full name',
      'Fullname',
      'Participant',
      'Participant name',
      'Name of participant',
      'Nom complet',
      'Nom et prénom',
      'Nom prénom',
      'Prénom et nom',
      'Prénom nom',
      'First and last name',
      'Display name',
      'Nom du participant',
      'Nom de la personne',
    ],
  ],
  ['firstName', ['First name', 'Firstname', 'Given name', 'Given names', 'Forename', 'Prénom', 'Prénoms']],
  ['lastName', ['Last name', 'Lastname', 'Surname', 'Family name', 'Nom de famille']],
  [
    'organisation',
    [
      'Organisation',
      'Organization',
      'Organisme',
      'Org',
      'Organisation name',
      'Organization name',
      'Name of organisation',
      'Name of organization',
      'Nom de l’organisation',
      'Institution',
      'Affiliation',
      'Entity',
      'Entité',
      'Structure',
      'Company',
    ],
  ],
  [
    'category',
    [
      'Category',
      'Type',
      'Catégorie',
      'Participant type',
      'Type of participant',
      'Type de participant',
      'Stakeholder type',
      'Type d’acteur',
      'Organisation type',
      'Organization type',
      'Type of organisation',
      'Type of organization',
      'Type d’organisation',
    ],
  ],
  [
    'scope',
    [
      'National/International',
      'International/National',
      'Scope',
      'National or international',
      'National ou international',
      'Portée',
      'National / international',
    ],
  ],
  [
    'state',
    ['Country', 'Pays', 'State', 'État', 'Etat', 'Country/State', 'State/Country', 'Member State', 'État membre', 'Nation', 'Country code', 'Code pays'],
  ],
  ['gender', ['Gender', 'Sexe', 'Genre', 'Sex', 'M/F', 'F/M', 'H/F', 'F/H']],
  [
    'email',
    ['Email', 'E-mail', 'Courriel', 'Mail', 'Email address', 'E-mail address', 'Adresse e-mail', 'Adresse email', 'Adresse électronique', 'Adresse courriel'],
  ],
  ['phone', ['Phone', 'Téléphone', 'Tel', 'Tél', 'Telephone', 'Mobile', 'Phone number', 'Numéro de téléphone', 'Portable', 'Cell', 'Mobile phone']],
  [
    'sessions',
    [
      'Sessions',
      'Session',
      'Pre-sessions',
      'Pre-session',
      'Pré-sessions',
      'Pré-session',
      'Séances',
      'Séance',
      'SuR',
      'States under review',
      'État examiné',
      'États examinés',
    ],
  ],
  ['role', ['Role', 'Rôle', 'Roles', 'Rôles', 'Participation', 'Role in session', 'Rôle dans la session']],
  ['badgeCode', ['Badge', 'Badge code', 'Badge number', 'Badge no', 'Badge ID', 'Code badge', 'Numéro de badge', 'N° badge', 'Code du badge']],
  ['confidential', ['Confidential', 'Confidentiel', 'Confidentielle', 'Confidentiality', 'Confidentialité', 'Sensitive', 'At risk']],
];

const EXACT = new Map<string, HeaderMeaning>();
for (const [meaning, words] of HEADER_WORDS) {
  for (const word of words) EXACT.set(compactKey(word), meaning);
}

/** A second chance for long headers: one telling word ("Email address of the participant"). */
const TELLING_WORDS: ReadonlyArray<readonly [ImportField, readonly string[]]> = [
  ['email', ['email', 'courriel', 'mail']],
  ['phone', ['phone', 'telephone', 'mobile']],
  ['badgeCode', ['badge']],
  ['confidential', ['confidential', 'confidentiel', 'confidentielle']],
  ['gender', ['gender', 'sexe']],
  ['category', ['category', 'categorie']],
  ['state', ['country', 'pays']],
  ['sessions', ['sessions']],
  ['organisation', ['organisation', 'organization', 'organisme']],
];

/** Brackets ("Name (required)") and markers ("Email*") say nothing about the column. */
function headerKey(header: string): string {
  return compactKey(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

function headerMeaning(header: string): HeaderMeaning | null {
  const exact = EXACT.get(headerKey(header));
  if (exact) return exact;
  const words = new Set(foldText(header).split(' '));
  for (const [field, telling] of TELLING_WORDS) {
    if (telling.some((word) => words.has(word))) return field;
  }
  return null;
}

/** The automatic mapping: each field goes to the first column that names it; others are ignored. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const meanings = headers.map(headerMeaning);
  const has = (field: ImportField) => meanings.includes(field);
  const mapping: ColumnMapping = [];
  const taken = new Set<ImportField>();
  for (const meaning of meanings) {
    let field: ImportField | null;
    if (meaning === 'name-or-last') {
      // "Prénom" + "Nom" are first and last names; "Nom" alone is the full name.
      if (has('firstName') && !has('lastName')) field = 'lastName';
      else if (!has('name') && !taken.has('name')) field = 'name';
      else field = null;
    } else {
      field = meaning;
    }
    if (field && taken.has(field)) field = null;
    if (field) taken.add(field);
    mapping.push(field);
  }
  return mapping;
}

export function mapsAName(mapping: readonly (ImportField | null)[]): boolean {
  return mapping.some((field) => field === 'name' || field === 'firstName' || field === 'lastName');
}

export type MappingProblem =
  { code: 'no-name-column' } | { code: 'field-mapped-twice'; field: ImportField; columns: number[] } | { code: 'role-without-sessions' };

/**
 * What the UI should point out about a mapping. Only 'no-name-column' blocks the import;
 * a field mapped twice takes the first non-empty cell (sessions: all of them).
 */
export function mappingProblems(mapping: readonly (ImportField | null)[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  if (!mapsAName(mapping)) problems.push({ code: 'no-name-column' });
  for (const field of IMPORT_FIELDS) {
    const columns = mapping.flatMap((f, i) => (f === field ? [i] : []));
    if (columns.length > 1) problems.push({ code: 'field-mapped-twice', field, columns });
  }
  if (mapping.includes('role') && !mapping.includes('sessions')) problems.push({ code: 'role-without-sessions' });
  return problems;
}
