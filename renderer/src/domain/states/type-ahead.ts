/**
 * Finding a State while it is being typed (the floor queue, the registry's State filter, the
 * placards): the States whose names, common names or codes (matching.ts) the text begins, best
 * first, and whether the text as it stands picks one of them or must ask which.
 *
 * Order: States the text names exactly ("UK", "Niger", "Congo") come first; then, among the
 * others, those present (a delegate checked in to the session: the plate raised in the room is
 * theirs); then names that begin with the text before names with a later word that does
 * ("Guinea" before "Equatorial Guinea"); then alphabetical in the interface language.
 */
import type { Language } from '../core/language';
import type { StateCode } from '../core/model';
import { foldText } from '../core/text';
import { identifyState, stateAliases } from './matching';
import { UN_STATES, type UnState } from './states';

export interface StateCandidate {
  state: UnState;
  /** The text names this State exactly (a name, a common name or a code). */
  exact: boolean;
  /** One of the State's names begins with the text ("Uk" and Ukraine), not only a later word. */
  startsName: boolean;
  /** A delegate of the State's mission is checked in (for the floor queue). */
  present: boolean;
}

export type StateEntry =
  /** The text picks this State: Enter may take it. */
  | { kind: 'one'; state: UnState; candidates: StateCandidate[] }
  /** Several States fit and the text does not say which: show them and let a person choose. */
  | { kind: 'choose'; candidates: StateCandidate[] }
  | { kind: 'none'; candidates: [] };

export interface StateSearchOptions {
  language: Language;
  /** States to put first among the matches that are not exact. */
  present?: ReadonlySet<StateCode>;
  limit?: number;
}

interface Searchable {
  state: UnState;
  /** Folded aliases, each a list of words. */
  aliases: string[][];
  /** Folded aliases whole, to test a prefix that spans words ("united k"). */
  whole: string[];
}

let searchable: Searchable[] | null = null;

function getSearchable(): Searchable[] {
  searchable ??= UN_STATES.map((state) => {
    const whole = stateAliases(state).map(foldText).filter(Boolean);
    return { state, whole, aliases: whole.map((alias) => alias.split(' ')) };
  });
  return searchable;
}

const LEADING_ARTICLE = /^(?:the|l|la|le|les)\s+/;

/** How well the typed words fit a State: 2 when a name begins with them, 1 when later words do, 0 not at all. */
function fit(entry: Searchable, typed: string, words: readonly string[]): number {
  if (entry.whole.some((alias) => alias.startsWith(typed))) return 2;
  // Every typed word begins a word of one alias ("rep congo", "kingdom").
  const fits = entry.aliases.some((alias) => words.every((w) => alias.some((word) => word.startsWith(w))));
  return fits ? 1 : 0;
}

/** States matching what has been typed so far, best first (see the order above). */
export function findStates(text: string, options: StateSearchOptions): StateCandidate[] {
  if (text.length > 120) return [];
  const typed = foldText(text).replace(LEADING_ARTICLE, '');
  if (!typed) return [];
  const words = typed.split(' ');
  const identified = identifyState(text);
  const exactCodes = new Set<StateCode>(identified.kind === 'one' ? [identified.code] : identified.kind === 'ambiguous' ? identified.codes : []);
  const present = options.present ?? new Set<StateCode>();
  const collator = new Intl.Collator(options.language, { sensitivity: 'base' });
  const scored: Array<StateCandidate & { rank: number }> = [];
  for (const entry of getSearchable()) {
    const exact = exactCodes.has(entry.state.iso3);
    const how = exact ? 2 : fit(entry, typed, words);
    if (how === 0) continue;
    const isPresent = present.has(entry.state.iso3);
    const rank = (exact ? 0 : 8) + (isPresent ? 0 : 4) + (how === 2 ? 0 : 1);
    scored.push({ state: entry.state, exact, startsName: how === 2, present: isPresent, rank });
  }
  scored.sort((a, b) => a.rank - b.rank || collator.compare(a.state.name[options.language], b.state.name[options.language]));
  return scored.slice(0, options.limit ?? 8).map(({ state, exact, startsName, present: p }) => ({ state, exact, startsName, present: p }));
}

/**
 * What the text picks. One State when only one fits, when the text is a State's full name
 * ("Niger", though "Nigeria" begins with it), or a code that begins no other State's name
 * ("BRA", though a word of "Congo-Brazzaville" does). A code or abbreviation that also begins
 * another name asks ("UK": the United Kingdom, or Ukraine being typed), as does a name of
 * several States ("Congo") and a beginning that fits several ("Ni").
 */
export function resolveStateEntry(text: string, options: StateSearchOptions): StateEntry {
  const candidates = findStates(text, options);
  const first = candidates[0];
  if (!first) return { kind: 'none', candidates: [] };
  if (candidates.length === 1) return { kind: 'one', state: first.state, candidates };
  const identified = identifyState(text);
  if (identified.kind !== 'one') return { kind: 'choose', candidates };
  // A full name is sure; a code is, unless another State's name begins with it ("UK", "Tur").
  const rival = candidates.some((c) => !c.exact && c.startsName);
  if (identified.by === 'name' || !rival) return { kind: 'one', state: first.state, candidates };
  return { kind: 'choose', candidates };
}
