/**
 * The desk search as first written: every keystroke scores every person by a plain scan of
 * their words. Kept in the tests as the reference the fast index must agree with, result for
 * result and in the same order (desk-search-equivalence.test.ts). How one typed word matches
 * one word of the registry is the app's own rule (desk-word-match.ts), shared on purpose: what
 * is checked here is what the index skips and reuses, not the rule.
 */
import { normaliseBadgeCode } from '../../../renderer/src/domain/desk/search';
import { quality } from '../../../renderer/src/domain/desk/word-match';
import type { Participant } from '../../../renderer/src/domain/core/model';
import { stateWords } from '../../../renderer/src/domain/states/matching';
import { foldText } from '../../../renderer/src/domain/core/text';

/** Where a word was found, and how much a match there counts. Name first: people say their name. */
const FIELD_WEIGHT = [3, 2.5, 1, 1] as const; // name, badge, organisation, State
/** Less than a word found in the name: it orders near-equal matches, never a name match below another. */
const REGISTERED_BONUS = 0.3;

export interface DeskIndex {
  /** People in name order: equal scores then keep that order. */
  readonly people: readonly Participant[];
  readonly vocabulary: readonly string[];
  /** Word ids of person i: tokens[offsets[i]] .. tokens[offsets[i + 1] - 1], with their field in `fields`. */
  readonly tokens: Int32Array;
  readonly fields: Uint8Array;
  readonly offsets: Int32Array;
  /** Normalised badge code -> participant: a scanned or typed code finds its person exactly. */
  readonly byBadge: ReadonlyMap<string, Participant>;
  /** Per typed word, the quality of each vocabulary word: reused while the next word is typed. */
  readonly matchCache: Map<string, Float32Array>;
}

/** How many matches a keystroke returns: the desk shows the best few, not the whole registry. */
export const DESK_RESULT_LIMIT = 30;

function words(text: string): string[] {
  return foldText(text).split(' ').filter(Boolean);
}

export function buildDeskIndex(participants: readonly Participant[]): DeskIndex {
  // Name order by the folded name: plain string comparison, several times faster than a
  // collator over 20,000 names, and the same order for the accents people leave out.
  const folded = participants.map((p) => ({ p, key: foldText(p.name) }));
  folded.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const people = folded.map((f) => f.p);
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const tokens: number[] = [];
  const fields: number[] = [];
  const offsets = new Int32Array(people.length + 1);
  const byBadge = new Map<string, Participant>();
  const add = (word: string, field: number) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = vocabulary.length;
      vocabulary.push(word);
      ids.set(word, id);
    }
    tokens.push(id);
    fields.push(field);
  };
  people.forEach((p, i) => {
    offsets[i] = tokens.length;
    for (const w of (folded[i] as { key: string }).key.split(' ')) if (w) add(w, 0);
    if (p.badgeCode) {
      byBadge.set(normaliseBadgeCode(p.badgeCode), p);
      for (const w of words(p.badgeCode)) add(w, 1);
    }
    for (const w of words(p.organisation)) add(w, 2);
    if (p.stateCode) for (const w of stateWords(p.stateCode)) add(w, 3);
  });
  offsets[people.length] = tokens.length;
  return { people, vocabulary, tokens: Int32Array.from(tokens), fields: Uint8Array.from(fields), offsets, byBadge, matchCache: new Map() };
}

/** The person whose badge carries this code, if any. */
export function findByBadgeCode(index: DeskIndex, code: string): Participant | null {
  const key = normaliseBadgeCode(code);
  return key ? (index.byBadge.get(key) ?? null) : null;
}

function matchesOf(index: DeskIndex, word: string): Float32Array {
  const cached = index.matchCache.get(word);
  if (cached) return cached;
  const table = new Float32Array(index.vocabulary.length);
  index.vocabulary.forEach((token, id) => {
    table[id] = quality(word, token);
  });
  // A handful of typed words is all a desk session needs at once.
  if (index.matchCache.size > 64) index.matchCache.clear();
  index.matchCache.set(word, table);
  return table;
}

/**
 * The participants matching a query, best first: an exact badge code first of all, then by
 * score (every typed word must match a word of the person; name matches count most, exact
 * before prefix before a typo), equal scores in name order. People registered for one of the
 * `expectedIn` sessions (those checked in to) come before others of the same name: at the
 * door, the registered Amina Ahmed is the likely one.
 */
export function searchDesk(index: DeskIndex, query: string, limit = DESK_RESULT_LIMIT, expectedIn: readonly string[] = []): Participant[] {
  const typed = [...new Set(words(query))];
  if (typed.length === 0) return [];
  const tables = typed.map((w) => matchesOf(index, w));
  const { tokens, fields, offsets } = index;
  const expected = new Set(expectedIn);
  // The best `limit` so far, kept sorted by score (then name order, which is index order).
  const topScores: number[] = [];
  const topPeople: number[] = [];
  for (let person = 0; person < index.people.length; person += 1) {
    let score = 0;
    let all = true;
    for (const table of tables) {
      let best = 0;
      for (let k = offsets[person] as number; k < (offsets[person + 1] as number); k += 1) {
        const q = (table[tokens[k] as number] as number) * (FIELD_WEIGHT[fields[k] as 0 | 1 | 2 | 3] as number);
        if (q > best) best = q;
      }
      if (best === 0) {
        all = false;
        break;
      }
      score += best;
    }
    if (!all) continue;
    if (expected.size > 0 && (index.people[person] as Participant).registrations.some((r) => expected.has(r.sessionId))) score += REGISTERED_BONUS;
    if (topScores.length === limit && score <= (topScores[limit - 1] as number)) continue;
    let at = topScores.length;
    while (at > 0 && (topScores[at - 1] as number) < score) at -= 1;
    topScores.splice(at, 0, score);
    topPeople.splice(at, 0, person);
    if (topScores.length > limit) {
      topScores.pop();
      topPeople.pop();
    }
  }
  const found = topPeople.map((i) => index.people[i] as Participant);
  const exact = findByBadgeCode(index, query);
  return exact ? [exact, ...found.filter((p) => p !== exact)].slice(0, limit) : found;
}
