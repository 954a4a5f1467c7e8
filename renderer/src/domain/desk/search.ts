/**
 * The desk's search: as-you-type over name, organisation, State (EN/FR names) and badge code,
 * case- and accent-insensitive, tolerant of one typo, best match first, over 20,000 people.
 *
 * Hand-written rather than a library: MiniSearch (tried first) took 6 s to index 20,000 people
 * here and 100-600 ms per keystroke on short prefixes ("c", "SYN-0"), because it scores every
 * document a broad prefix reaches. This index keeps each distinct word of the registry once, in
 * a sorted vocabulary, with the people each word belongs to (its postings). A keystroke:
 *  1. matches each typed word against the vocabulary only: words starting with it are one
 *     binary search away; a typo can only hit words whose first or second letter is the typed
 *     word's first or second, and once a word is typed past four letters its matches are a
 *     subset of the matches of the word one letter shorter, kept from the last keystroke
 *     (one edit from the start of a word stays one edit from the start of it, letter by letter);
 *  2. scores only the people those words belong to.
 * Well under a millisecond for most keystrokes over 20,000 people. Built once per change of the
 * registry, never per keystroke. Results agree with a plain scan of everyone, result for result
 * (test/unit/desk/desk-search-equivalence.test.ts).
 */
import type { Participant } from '../core/model';
import { stateWords } from '../states/matching';
import { foldText } from '../core/text';
import { QUALITY, quality, typoTolerant } from './word-match';

/** Where a word was found, and how much a match there counts. Name first: people say their name. */
const FIELD_WEIGHTS = Float64Array.of(3, 2.5, 1, 1); // name, badge, organisation, State
/** Less than a word found in the name: it orders near-equal matches, never a name match below another. */
const REGISTERED_BONUS = 0.3;
/** Typed words whose matches are kept: a desk session types a handful at once. */
const MATCH_CACHE_SIZE = 64;

/** The vocabulary words one typed word matches (ids), and how well (`QUALITY`). */
interface WordMatches {
  readonly ids: Int32Array;
  readonly quality: Float32Array;
}

export interface DeskIndex {
  /** People in name order: equal scores then keep that order. */
  readonly people: readonly Participant[];
  /** Every distinct word of the registry, sorted (UTF-16 order), so that a prefix is a range. */
  readonly vocabulary: readonly string[];
  /** Postings of word v: person postPerson[k], found in field postField[k], for k in postStart[v] .. postStart[v + 1] - 1. */
  readonly postStart: Int32Array;
  readonly postPerson: Int32Array;
  readonly postField: Uint8Array;
  /** Word ids by their second letter (char code): where a typo in the first letter can hide. */
  readonly bySecondLetter: ReadonlyMap<number, Int32Array>;
  /** Normalised badge code -> participant: a scanned or typed code finds its person exactly. */
  readonly byBadge: ReadonlyMap<string, Participant>;
  /** Per typed word, the words it matches: reused while the next letter is typed. */
  readonly matchCache: Map<string, WordMatches>;
  /** Per set of sessions checked in to, who is registered for one of them (1) or not (0). */
  readonly registeredCache: Map<string, Uint8Array>;
  /** Working memory of one search, sized once: nothing is allocated per person per keystroke. */
  readonly scratch: { best: Float64Array; total: Float64Array; matchedWords: Int32Array; firstTouched: Int32Array; touched: Int32Array; seen: Uint8Array };
}

/**
 * How many matches a keystroke shows: the best few, not the whole registry. Ten large rows are
 * more than a screen; whoever is not among them is found by typing one more letter, faster than
 * by scrolling, and each row fewer is less for every keystroke to lay out.
 */
export const DESK_RESULT_LIMIT = 10;

/** The best matches of a query and how many people match it in all. */
export interface DeskMatches {
  readonly found: Participant[];
  readonly total: number;
}

/** A badge code as a scanner or a person types it: no spaces, upper case. */
export function normaliseBadgeCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/**
 * True for text shaped like a badge code (one word with a digit, e.g. "PS30-0042"), which
 * must find its person exactly or nobody: names and organisations rarely hold digits.
 */
export function looksLikeBadgeCode(text: string): boolean {
  const value = text.trim();
  return /^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u.test(value) && /\d/.test(value);
}

function words(text: string): string[] {
  return foldText(text).split(' ').filter(Boolean);
}

/** The first index of `sorted` whose word is >= `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildDeskIndex(participants: readonly Participant[]): DeskIndex {
  // Name order by the folded name: plain string comparison, several times faster than a
  // collator over 20,000 names, and the same order for the accents people leave out.
  const folded = participants.map((p) => ({ p, key: foldText(p.name) }));
  folded.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const people = folded.map((f) => f.p);

  // Every (word, person, field), with words numbered as first met.
  const firstIds = new Map<string, number>();
  const firstVocabulary: string[] = [];
  const tokenWord: number[] = [];
  const tokenPerson: number[] = [];
  const tokenField: number[] = [];
  const byBadge = new Map<string, Participant>();
  const add = (word: string, person: number, field: number) => {
    let id = firstIds.get(word);
    if (id === undefined) {
      id = firstVocabulary.length;
      firstVocabulary.push(word);
      firstIds.set(word, id);
    }
    tokenWord.push(id);
    tokenPerson.push(person);
    tokenField.push(field);
  };
  people.forEach((p, i) => {
    for (const w of (folded[i] as { key: string }).key.split(' ')) if (w) add(w, i, 0);
    if (p.badgeCode) {
      byBadge.set(normaliseBadgeCode(p.badgeCode), p);
      for (const w of words(p.badgeCode)) add(w, i, 1);
    }
    for (const w of words(p.organisation)) add(w, i, 2);
    if (p.stateCode) for (const w of stateWords(p.stateCode)) add(w, i, 3);
  });

  // Sort the vocabulary, then lay the postings out word by word (counting sort by sorted id).
  const order = firstVocabulary
    .map((_, i) => i)
    .sort((a, b) => {
      const x = firstVocabulary[a] as string;
      const y = firstVocabulary[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const rank = new Int32Array(order.length);
  order.forEach((first, sorted) => {
    rank[first] = sorted;
  });
  const vocabulary = order.map((first) => firstVocabulary[first] as string);
  const counts = new Int32Array(vocabulary.length);
  for (const first of tokenWord) counts[rank[first] as number] = (counts[rank[first] as number] as number) + 1;
  const postStart = new Int32Array(vocabulary.length + 1);
  for (let v = 0; v < vocabulary.length; v += 1) postStart[v + 1] = (postStart[v] as number) + (counts[v] as number);
  const fill = postStart.slice(0, vocabulary.length);
  const postPerson = new Int32Array(tokenWord.length);
  const postField = new Uint8Array(tokenWord.length);
  tokenWord.forEach((first, k) => {
    const v = rank[first] as number;
    const at = fill[v] as number;
    fill[v] = at + 1;
    postPerson[at] = tokenPerson[k] as number;
    postField[at] = tokenField[k] as number;
  });

  const second = new Map<number, number[]>();
  vocabulary.forEach((word, v) => {
    if (word.length < 2) return;
    const code = word.charCodeAt(1);
    const list = second.get(code);
    if (list) list.push(v);
    else second.set(code, [v]);
  });
  const bySecondLetter = new Map([...second].map(([code, list]) => [code, Int32Array.from(list)]));

  return {
    people,
    vocabulary,
    postStart,
    postPerson,
    postField,
    bySecondLetter,
    byBadge,
    matchCache: new Map(),
    registeredCache: new Map(),
    scratch: {
      best: new Float64Array(people.length),
      total: new Float64Array(people.length),
      matchedWords: new Int32Array(people.length),
      firstTouched: new Int32Array(people.length),
      touched: new Int32Array(people.length),
      seen: new Uint8Array(vocabulary.length),
    },
  };
}

/** The person whose badge carries this code, if any. */
export function findByBadgeCode(index: DeskIndex, code: string): Participant | null {
  const key = normaliseBadgeCode(code);
  return key ? (index.byBadge.get(key) ?? null) : null;
}

/** The ids of the vocabulary words starting with `prefix`: one range of the sorted vocabulary. */
function prefixRange(vocabulary: readonly string[], prefix: string): { from: number; to: number } {
  // Every word starting with the prefix sorts before the prefix followed by the highest code unit.
  return { from: lowerBound(vocabulary, prefix), to: lowerBound(vocabulary, `${prefix}\uffff`) };
}

/** A word that must be typed right (short, or digits): the words starting with it, the word itself exact. */
function prefixMatches(index: DeskIndex, word: string): WordMatches {
  const { from, to } = prefixRange(index.vocabulary, word);
  const ids = new Int32Array(to - from);
  const qualities = new Float32Array(to - from).fill(QUALITY.prefix);
  for (let v = from; v < to; v += 1) ids[v - from] = v;
  // Sorted, the word itself comes first of the words it starts.
  if (to > from && index.vocabulary[from] === word) qualities[0] = QUALITY.exact;
  return { ids, quality: qualities };
}

/** The vocabulary words a word that may carry a typo can match at all; `quality` then decides. */
function typoCandidates(index: DeskIndex, word: string): ArrayLike<number> {
  // Only what the word one letter shorter matched can still match, if that one allowed typos too.
  const shorter = word.slice(0, -1);
  const shorterMatches = typoTolerant(shorter) ? index.matchCache.get(shorter) : undefined;
  if (shorterMatches) return shorterMatches.ids;
  // One edit anywhere: a word right at its first letter starts with word[0]; one with the first
  // letter wrong, extra or left out starts with word[1] or has word[0] or word[1] second.
  const seen = index.scratch.seen;
  const found: number[] = [];
  const take = (v: number) => {
    if (seen[v]) return;
    seen[v] = 1;
    found.push(v);
  };
  for (const letter of new Set([word[0] as string, word[1] as string])) {
    const { from, to } = prefixRange(index.vocabulary, letter);
    for (let v = from; v < to; v += 1) take(v);
    for (const v of index.bySecondLetter.get(letter.charCodeAt(0)) ?? []) take(v);
  }
  for (const v of found) seen[v] = 0;
  return found;
}

function matchesOf(index: DeskIndex, word: string): WordMatches {
  const cached = index.matchCache.get(word);
  if (cached) {
    // Keep the words in use the most recent, so the cache forgets the oldest first.
    index.matchCache.delete(word);
    index.matchCache.set(word, cached);
    return cached;
  }
  let matches: WordMatches;
  if (!typoTolerant(word)) {
    matches = prefixMatches(index, word);
  } else {
    const candidates = typoCandidates(index, word);
    const ids: number[] = [];
    const qualities: number[] = [];
    for (let c = 0; c < candidates.length; c += 1) {
      const v = candidates[c] as number;
      const q = quality(word, index.vocabulary[v] as string);
      if (q > 0) {
        ids.push(v);
        qualities.push(q);
      }
    }
    matches = { ids: Int32Array.from(ids), quality: Float32Array.from(qualities) };
  }
  if (index.matchCache.size >= MATCH_CACHE_SIZE) index.matchCache.delete(index.matchCache.keys().next().value as string);
  index.matchCache.set(word, matches);
  return matches;
}

/** 1 for each person registered for one of `sessionIds`, else 0; kept while the target stays. */
function registeredFor(index: DeskIndex, sessionIds: readonly string[]): Uint8Array {
  const key = [...sessionIds].sort().join('\u0000');
  const cached = index.registeredCache.get(key);
  if (cached) return cached;
  const wanted = new Set(sessionIds);
  const flags = Uint8Array.from(index.people, (p) => (p.registrations.some((r) => wanted.has(r.sessionId)) ? 1 : 0));
  if (index.registeredCache.size >= 8) index.registeredCache.clear();
  index.registeredCache.set(key, flags);
  return flags;
}

/**
 * The people who match every typed word, with their scores: per word the best of (match
 * quality x field weight) over the person's words, summed in the order typed. Returns the
 * survivors as a view of scratch memory, valid until `reset` (called before the next search).
 */
function scorePeople(index: DeskIndex, tables: readonly WordMatches[]): { people: Int32Array; total: Float64Array; reset: () => void } {
  const { postStart, postPerson, postField } = index;
  const { best, total, matchedWords, firstTouched, touched } = index.scratch;
  let firstCount = 0;
  let count = 0;
  // Plain loops over typed arrays: this is the one place a keystroke touches thousands of entries.
  for (let j = 0; j < tables.length; j += 1) {
    const table = tables[j] as WordMatches;
    const ids = table.ids;
    const qualities = table.quality;
    // The first word's people are kept apart: they are all the search has written to.
    const into = j === 0 ? firstTouched : touched;
    count = 0;
    for (let m = 0; m < ids.length; m += 1) {
      const v = ids[m] as number;
      const q = qualities[m] as number;
      const end = postStart[v + 1] as number;
      for (let k = postStart[v] as number; k < end; k += 1) {
        const person = postPerson[k] as number;
        // Only people who matched every word before this one are still in the running.
        if (matchedWords[person] !== j) continue;
        const value = q * (FIELD_WEIGHTS[postField[k] as number] as number);
        const was = best[person] as number;
        if (was === 0) into[count++] = person;
        if (value > was) best[person] = value;
      }
    }
    for (let i = 0; i < count; i += 1) {
      const person = into[i] as number;
      total[person] = (total[person] as number) + (best[person] as number);
      best[person] = 0;
      matchedWords[person] = j + 1;
    }
    if (j === 0) firstCount = count;
  }
  const reset = () => {
    for (let i = 0; i < firstCount; i += 1) {
      const person = firstTouched[i] as number;
      total[person] = 0;
      matchedWords[person] = 0;
    }
  };
  return { people: (tables.length === 1 ? firstTouched : touched).subarray(0, count), total, reset };
}

/**
 * The participants matching a query, best first: an exact badge code first of all, then by
 * score (every typed word must match a word of the person; name matches count most, exact
 * before prefix before a typo), equal scores in name order. People registered for one of the
 * `expectedIn` sessions (those checked in to) come before others of the same name: at the
 * door, the registered Amina Ahmed is the likely one.
 */
export function findAtDesk(index: DeskIndex, query: string, limit = DESK_RESULT_LIMIT, expectedIn: readonly string[] = []): DeskMatches {
  const typed = [...new Set(words(query))];
  if (typed.length === 0) return { found: [], total: 0 };
  const tables = typed.map((w) => matchesOf(index, w));
  const exact = findByBadgeCode(index, query);
  if (tables.some((t) => t.ids.length === 0)) return exact ? { found: [exact], total: 1 } : { found: [], total: 0 };

  const registered = expectedIn.length > 0 ? registeredFor(index, expectedIn) : null;
  const scored = scorePeople(index, tables);
  // The best `limit` so far, kept sorted by score, then by name order (the index order).
  const topScores: number[] = [];
  const topPeople: number[] = [];
  for (const person of scored.people) {
    const score = (scored.total[person] as number) + (registered?.[person] ? REGISTERED_BONUS : 0);
    const last = topScores.length - 1;
    if (topScores.length === limit && (score < (topScores[last] as number) || (score === topScores[last] && person > (topPeople[last] as number)))) continue;
    let at = topScores.length;
    while (at > 0 && ((topScores[at - 1] as number) < score || (topScores[at - 1] === score && (topPeople[at - 1] as number) > person))) at -= 1;
    topScores.splice(at, 0, score);
    topPeople.splice(at, 0, person);
    if (topScores.length > limit) {
      topScores.pop();
      topPeople.pop();
    }
  }
  scored.reset();
  const found = topPeople.map((i) => index.people[i] as Participant);
  if (!exact) return { found, total: scored.people.length };
  // The code's own person is nearly always among those scored; a code typed with a space in
  // the middle ("SY N-0042") is the exception, and counts once more.
  const exactAmong = found.includes(exact) || scored.people.includes(index.people.indexOf(exact));
  return { found: [exact, ...found.filter((p) => p !== exact)].slice(0, limit), total: scored.people.length + (exactAmong ? 0 : 1) };
}

/**
 * Runs searches nobody sees, so that the first letter typed at the door does not pay for the
 * engine compiling the search code (15-40 ms on a small laptop): call it when the desk is idle.
 * Leaves the index as it found it.
 */
export function warmUpDeskSearch(index: DeskIndex): void {
  for (const query of ['e', 'ea', 'eaxq', 'eaxqz 1']) findAtDesk(index, query, DESK_RESULT_LIMIT, ['']);
  for (const word of ['e', 'ea', 'eaxq', 'eaxqz', '1']) index.matchCache.delete(word);
  index.registeredCache.clear();
}
