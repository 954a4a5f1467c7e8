/**
 * How well a word typed at the desk matches a word of the registry: exactly, as the start of
 * it, or one slip of the finger away (one letter wrong, extra or left out), also while the
 * word is still being typed. Both strings are folded (see text.ts) before they get here.
 */

/** How well a typed word matches a word of the registry; 0 is no match. */
export const QUALITY = { exact: 1, prefix: 0.75, typo: 0.5, typoPrefix: 0.35 } as const;

/** Typed words shorter than this must be right: one edit in three letters finds half the registry. */
const TYPO_MIN_LENGTH = 4;

/**
 * Whether a typed word may carry a typo: four letters or more, and not only digits. A number
 * one digit off is another person's badge or another person altogether, never a slip to forgive.
 */
export function typoTolerant(word: string): boolean {
  return word.length >= TYPO_MIN_LENGTH && !/^\d+$/.test(word);
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** True when `word` is one edit away from some start of `token` (a typo while still typing). */
export function typoPrefix(word: string, token: string): boolean {
  let i = 0;
  while (i < word.length && i < token.length && word.charCodeAt(i) === token.charCodeAt(i)) i += 1;
  if (i === word.length) return true;
  if (i === token.length) return word.length - token.length <= 1;
  // Substitution at i: the rest of the word follows in the token.
  let ok = token.length >= word.length;
  for (let j = i + 1; ok && j < word.length; j += 1) ok = word.charCodeAt(j) === token.charCodeAt(j);
  if (ok) return true;
  // An extra letter typed at i.
  ok = true;
  for (let j = i + 1; ok && j < word.length; j += 1) ok = j - 1 < token.length && word.charCodeAt(j) === token.charCodeAt(j - 1);
  if (ok) return true;
  // A letter left out at i.
  ok = token.length >= word.length + 1;
  for (let j = i; ok && j < word.length; j += 1) ok = word.charCodeAt(j) === token.charCodeAt(j + 1);
  return ok;
}

export function quality(word: string, token: string): number {
  if (token === word) return QUALITY.exact;
  if (token.startsWith(word)) return QUALITY.prefix;
  if (!typoTolerant(word) || !typoPrefix(word, token)) return 0;
  return withinOneEdit(word, token) ? QUALITY.typo : QUALITY.typoPrefix;
}
