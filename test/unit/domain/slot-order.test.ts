import { describe, expect, it } from 'vitest';
import { keyAtEnd, keyForMove, keysAtEnd, sortByOrder, type Ordered } from '../../../renderer/src/domain/programme/slot-order';

function apply(items: Ordered[], id: string, toIndex: number): string[] {
  const key = keyForMove(items, id, toIndex);
  return sortByOrder(items.map((i) => (i.id === id ? { ...i, order: key } : i))).map((i) => i.id);
}

describe('slot order by fractional index', () => {
  const keys = keysAtEnd([], 4);
  const items: Ordered[] = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, order: keys[i] ?? '' }));

  it('moves one item to any position, changing only its key', () => {
    expect(apply(items, 'd', 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(apply(items, 'a', 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(apply(items, 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(apply(items, 'c', 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(apply(items, 'b', 99)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('appends after the last', () => {
    const key = keyAtEnd(items);
    expect(sortByOrder([...items, { id: 'e', order: key }]).at(-1)?.id).toBe('e');
  });

  it('survives equal keys made by two stations at once', () => {
    const clash: Ordered[] = [
      { id: 'x', order: 'a1' },
      { id: 'y', order: 'a1' },
      { id: 'z', order: 'a2' },
    ];
    expect(sortByOrder(clash).map((i) => i.id)).toEqual(['x', 'y', 'z']);
    expect(apply(clash, 'z', 1)).toContain('z');
  });
});
