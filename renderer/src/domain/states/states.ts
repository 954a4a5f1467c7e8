/**
 * The UN list of States: 193 members, 2 observer States, 2 non-member States,
 * with the UN's short names in English and French.
 */
import type { Language } from '../core/language';
import { UN_STATES_ROWS } from './data';
import type { StateCode } from '../core/model';

export interface UnState {
  iso2: string;
  /** The key used throughout the app. */
  iso3: StateCode;
  m49: string;
  status: 'member' | 'observer state' | 'non-member state';
  /** Short name without the article: "Russian Federation", "Fédération de Russie". */
  name: Record<Language, string>;
  /** The UN short name as written, with the article in brackets: "Russian Federation (the)". */
  unShortName: Record<Language, string>;
  formalName: Record<Language, string>;
}

/**
 * Only a trailing bracketed article is dropped: "Bolivia (Plurinational State of)" keeps its
 * bracket, which is part of the name.
 */
const TRAILING_ARTICLE = /\s*\((the|le|la|les|l'|l’)\)$/i;

export function withoutArticle(unShortName: string): string {
  return unShortName.replace(TRAILING_ARTICLE, '');
}

function toStatus(value: string): UnState['status'] {
  if (value === 'member' || value === 'observer state' || value === 'non-member state') return value;
  throw new Error(`Unknown UN status "${value}"`);
}

export const UN_STATES: readonly UnState[] = UN_STATES_ROWS.map(([iso2, iso3, m49, status, enShort, frShort, enFormal, frFormal]) => ({
  iso2,
  iso3,
  m49,
  status: toStatus(status),
  name: { en: withoutArticle(enShort), fr: withoutArticle(frShort) },
  unShortName: { en: enShort, fr: frShort },
  formalName: { en: enFormal, fr: frFormal },
}));

const BY_CODE = new Map<string, UnState>(UN_STATES.map((s) => [s.iso3, s]));

export function stateByCode(code: StateCode | null | undefined): UnState | undefined {
  return code ? BY_CODE.get(code.toUpperCase()) : undefined;
}

/** The name to show or print; the code itself if the State is unknown (never blank). */
export function stateName(code: StateCode | null | undefined, language: Language): string {
  if (!code) return '';
  return stateByCode(code)?.name[language] ?? code;
}

/** States sorted by their short name without the article, in the given language. */
export function statesSorted(language: Language): UnState[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...UN_STATES].sort((a, b) => collator.compare(a.name[language], b.name[language]));
}
