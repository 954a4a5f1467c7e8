/**
 * The order of slots within a session: a fractional-index key on each slot (string
 * comparison), so that two stations reordering at once merge sanely.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export interface Ordered {
  id: string;
  order: string;
}

/** Code-unit comparison: fractional keys must not be compared with a locale collator. */
export function compareOrder(a: Ordered, b: Ordered): number {
  if (a.order < b.order) return -1;
  if (a.order > b.order) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(compareOrder);
}

/** The key for a new item placed after every existing one. */
export function keyAtEnd(items: readonly Ordered[]): string {
  const last = sortByOrder(items).at(-1);
  return generateKeyBetween(last?.order ?? null, null);
}

/** `count` keys in order, after every existing item. */
export function keysAtEnd(items: readonly Ordered[], count: number): string[] {
  const last = sortByOrder(items).at(-1);
  return generateNKeysBetween(last?.order ?? null, null, count);
}

/**
 * The new key for `movedId` so that it lands at `toIndex` among the others (0 = first).
 * Only the moved item changes: the edit touches one field of one record.
 */
export function keyForMove(items: readonly Ordered[], movedId: string, toIndex: number): string {
  const others = sortByOrder(items).filter((item) => item.id !== movedId);
  const index = Math.max(0, Math.min(toIndex, others.length));
  const before = others[index - 1]?.order ?? null;
  const after = others[index]?.order ?? null;
  // Two stations may have produced equal keys; fall back to placing just after `before`.
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}
