/**
 * The app's one State matcher: what people type for a country, to States of the UN list.
 * The import, the floor queue's type-ahead, the desk's and the registry's search, the registry's
 * State filter and the placards all go through it (type-ahead.ts builds on it).
 *
 * Exact identification, after folding (case, accents, punctuation, spaces, articles, "and"/"et",
 * "St"/"Saint"): UN short and formal names in English and French, ISO 3166 alpha-2 and alpha-3
 * codes, and a list of common names and abbreviations. No fuzzy guessing: a wrong match would
 * put the wrong country on a plate, so an unknown text identifies nothing, and a name that
 * people use for two States ("Congo", "Korea") identifies both, for a person to choose.
 */
import type { StateCode } from '../core/model';
import { stateByCode, UN_STATES, withoutArticle, type UnState } from './states';
import { foldText } from '../core/text';

/** Common names people write, per ISO3 code (English, French and a few local names). */
export const STATE_VARIANTS: Readonly<Record<StateCode, readonly string[]>> = {
  ARE: ['UAE', 'Emirates', 'United Arab Emirates', 'Émirats arabes unis', 'EAU'],
  BHS: ['Bahamas'],
  BIH: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnie'],
  BOL: ['Bolivia', 'Bolivie', 'Bolivia, Plurinational State of'],
  BRA: ['Brasil'],
  BRN: ['Brunei', 'Brunéi'],
  CAF: ['Central African Rep.', 'Centrafrique', 'CAR'],
  CHE: ['Schweiz', 'Svizzera', 'Swiss Confederation'],
  CIV: ['Ivory Coast', "Cote d'Ivoire", 'Côte-d’Ivoire', 'Cote d Ivoire'],
  COD: [
    'DRC',
    'DR Congo',
    'D.R. Congo',
    'Democratic Republic of Congo',
    'Congo, Democratic Republic of the',
    'Congo, The Democratic Republic of the',
    'Congo-Kinshasa',
    'Congo (Kinshasa)',
    'RDC',
    'RD Congo',
    'République démocratique du Congo',
  ],
  COG: ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville', 'Congo (Brazzaville)', 'Congo, Republic of'],
  CPV: ['Cape Verde', 'Cap-Vert', 'Cap Vert'],
  CZE: ['Czech Republic', 'République tchèque', 'Tchéquie', 'Czechia'],
  DEU: ['Deutschland'],
  ESP: ['España', 'Espana'],
  FSM: ['Micronesia', 'Micronésie', 'Micronesia, Federated States of'],
  GBR: [
    'UK',
    'U.K.',
    'United Kingdom',
    'Great Britain',
    'Britain',
    'Royaume-Uni',
    'Royaume Uni',
    'Grande-Bretagne',
    'United Kingdom of Great Britain and Northern Ireland',
  ],
  GMB: ['Gambia', 'The Gambia'],
  IRN: ['Iran', 'Iran, Islamic Republic of', 'Islamic Republic of Iran', 'République islamique d’Iran'],
  ITA: ['Italia'],
  KGZ: ['Kyrgyz Republic', 'Kirghizstan'],
  KNA: ['Saint Kitts', 'St Kitts and Nevis', 'St. Kitts & Nevis'],
  KOR: [
    'South Korea',
    'Korea, South',
    'Korea (South)',
    'Korea, Republic of',
    'Korea (Republic of)',
    'Republic of Korea',
    'Corée du Sud',
    'République de Corée',
    'ROK',
  ],
  LAO: ['Laos', 'Lao', 'Lao PDR', "Lao People's Democratic Republic", 'République démocratique populaire lao'],
  LCA: ['St Lucia', 'St. Lucia'],
  MDA: ['Moldova', 'Moldova, Republic of', 'Republic of Moldova', 'Moldavie', 'République de Moldavie'],
  MKD: ['Macedonia', 'North Macedonia', 'FYROM', 'Former Yugoslav Republic of Macedonia', 'Macédoine', 'Macédoine du Nord'],
  MMR: ['Burma', 'Birmanie'],
  NLD: ['Netherlands', 'Holland', 'Nederland', 'Pays-Bas'],
  PRK: [
    'North Korea',
    'Korea, North',
    'Korea (North)',
    'DPRK',
    'DPR Korea',
    "Korea, Democratic People's Republic of",
    "Democratic People's Republic of Korea",
    'Corée du Nord',
    'RPDC',
  ],
  PSE: ['Palestine', 'State of Palestine', 'Palestine, State of', 'État de Palestine', 'Occupied Palestinian Territory'],
  RUS: ['Russia', 'Russie', 'Russian Federation', 'Fédération de Russie'],
  SAU: ['KSA'],
  SVK: ['Slovak Republic', 'République slovaque'],
  SWZ: ['Swaziland'],
  STP: ['Sao Tome', 'São Tomé', 'Sao Tome & Principe'],
  SYR: ['Syria', 'Syrie', 'Syrian Arab Republic'],
  TLS: ['East Timor', 'Timor Oriental'],
  TUR: ['Turkey', 'Turquie', 'Türkiye', 'Turkiye', 'Republic of Türkiye'],
  TZA: ['Tanzania', 'Tanzanie', 'Tanzania, United Republic of', 'United Republic of Tanzania'],
  USA: ['USA', 'U.S.A.', 'US', 'U.S.', 'United States', 'United States of America', 'America', 'États-Unis', 'Etats Unis', 'États-Unis d’Amérique'],
  VAT: ['Holy See', 'Vatican', 'Vatican City', 'Vatican City State', 'Saint-Siège', 'Saint Siège', 'Cité du Vatican', 'Holy See (Vatican City State)'],
  VCT: ['St Vincent and the Grenadines', 'St. Vincent & the Grenadines', 'Saint Vincent'],
  VEN: ['Venezuela', 'Venezuela, Bolivarian Republic of'],
  VNM: ['Vietnam', 'Viet Nam', 'Viêt Nam'],
};

/**
 * Names people use for more than one State: they identify all of them, and the caller asks
 * which. "Congo" is the UN short name of the Republic of the Congo, but at least as often means
 * the Democratic Republic of the Congo; "Korea" is either Korea.
 */
export const AMBIGUOUS_NAMES: ReadonlyArray<readonly [string, readonly StateCode[]]> = [
  ['Congo', ['COG', 'COD']],
  ['Korea', ['KOR', 'PRK']],
  ['Corée', ['KOR', 'PRK']],
];

/**
 * ISO codes that are not accepted on their own: "NA" (Namibia) is far more often "not
 * available" in a spreadsheet than Namibia.
 */
const UNSAFE_CODES = new Set(['na']);

const LEADING_ARTICLE = /^(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)/i;
const IGNORED_WORDS = new Set(['and', 'et', 'the']);
const WORD_REPLACEMENTS: Record<string, string> = { st: 'saint', ste: 'sainte' };

/** The folded key under which a State name or code is looked up. */
export function stateKey(text: string): string {
  const stripped = withoutArticle(text.trim().replace(/&/g, ' and ')).replace(LEADING_ARTICLE, '');
  const words = foldText(stripped)
    .split(' ')
    .filter((word) => word !== '');
  // "and"/"et"/"the" are skipped inside a name, and "St" is "Saint", never when they are all
  // there is: "AND" is Andorra's code and "ST" São Tomé and Príncipe's.
  if (words.length < 2) return words.join('');
  return words
    .filter((word) => !IGNORED_WORDS.has(word))
    .map((word) => WORD_REPLACEMENTS[word] ?? word)
    .join('');
}

/** How a key names its State: a code or an abbreviation of three letters at most, or a name. */
export type IdentifiedBy = 'code' | 'name';

interface Index {
  /** Key -> the States it names (one, or several for an ambiguous name), and how. */
  byKey: Map<string, { codes: StateCode[]; by: IdentifiedBy }>;
  /** Keys that two States' names or codes would share by accident (none, by design). */
  clashes: Set<string>;
}

let index: Index | null = null;

function buildIndex(): Index {
  const byKey = new Map<string, { codes: StateCode[]; by: IdentifiedBy }>();
  const clashes = new Set<string>();
  const add = (text: string, code: StateCode) => {
    const key = stateKey(text);
    if (!key) return;
    const by: IdentifiedBy = key.length <= 3 ? 'code' : 'name';
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, { codes: [code], by });
    else if (!known.codes.includes(code)) {
      clashes.add(key);
      known.codes.push(code);
    }
  };
  for (const state of UN_STATES) {
    add(state.iso3, state.iso3);
    if (!UNSAFE_CODES.has(state.iso2.toLowerCase())) add(state.iso2, state.iso3);
    for (const text of [state.name.en, state.name.fr, state.unShortName.en, state.unShortName.fr]) add(text, state.iso3);
    for (const text of [state.formalName.en, state.formalName.fr]) add(text, state.iso3);
  }
  for (const [code, variants] of Object.entries(STATE_VARIANTS)) {
    for (const text of variants) add(text, code);
  }
  // Set last: these keys are meant to name several States, and are no accident.
  for (const [text, codes] of AMBIGUOUS_NAMES) byKey.set(stateKey(text), { codes: [...codes], by: 'name' });
  return { byKey, clashes };
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

export type StateIdentification =
  | { kind: 'one'; code: StateCode; by: IdentifiedBy }
  /** A name used for several States ("Congo"): a person chooses. */
  | { kind: 'ambiguous'; codes: StateCode[] }
  | { kind: 'none' };

/** Which State the whole text names, exactly (no partial or misspelt name). */
export function identifyState(text: string): StateIdentification {
  if (text.length > 120) return { kind: 'none' };
  const key = stateKey(text);
  const found = key ? getIndex().byKey.get(key) : undefined;
  if (!found) return { kind: 'none' };
  if (found.codes.length === 1) return { kind: 'one', code: found.codes[0] as StateCode, by: found.by };
  return { kind: 'ambiguous', codes: [...found.codes] };
}

/** The ISO3 code of the State the text names, or null when it names none, or several. */
export function matchState(text: string): StateCode | null {
  const found = identifyState(text);
  return found.kind === 'one' ? found.code : null;
}

/** Keys that two States would share by accident (and that then name both). Empty by design. */
export function ambiguousStateKeys(): string[] {
  return [...getIndex().clashes];
}

/**
 * Every way the matcher knows a State, as written (names, common names, codes): what a search
 * over people's States looks through, so that "UK" or "Turquie" finds the delegates.
 */
export function stateAliases(state: UnState): string[] {
  const codes = UNSAFE_CODES.has(state.iso2.toLowerCase()) ? [state.iso3] : [state.iso2, state.iso3];
  return [state.name.en, state.name.fr, state.formalName.en, state.formalName.fr, ...(STATE_VARIANTS[state.iso3] ?? []), ...codes];
}

const wordsCache = new Map<StateCode, readonly string[]>();

/** The distinct folded words of a State's aliases ("united", "kingdom", "uk", "gbr", "royaume"...). */
export function stateWords(code: StateCode): readonly string[] {
  const cached = wordsCache.get(code);
  if (cached) return cached;
  const state = stateByCode(code);
  const words = state
    ? [
        ...new Set(
          stateAliases(state)
            .flatMap((alias) => foldText(alias).split(' '))
            .filter(Boolean),
        ),
      ]
    : [];
  wordsCache.set(code, words);
  return words;
}
