/**
 * Text folding for search and matching: case-, accent- and punctuation-insensitive,
 * so that "gonzalez" finds "González" and "cote" finds "Côte".
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Letters that NFD does not decompose but people type without the mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .replace(/[’'`´‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Collapses inner whitespace and trims: the shape every stored name takes. */
export function tidyText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
