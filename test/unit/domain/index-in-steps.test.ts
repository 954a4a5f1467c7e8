/**
 * The registry's index built in steps (a large registry, after an import): the same index as in
 * one go, the page given a turn in between, and a build that can be stopped.
 */
import { describe, expect, it } from 'vitest';
import { sortInSteps } from '../../../renderer/src/domain/core/sort-in-steps';
import { buildParticipantIndex, buildParticipantIndexInSteps } from '../../../renderer/src/domain/participants/filter';
import { EMPTY_PARTICIPANT, makeParticipant } from '../../../renderer/src/domain/participants/records';
import { seededRandom } from '../../../renderer/src/domain/demo/seeded-random';

const random = seededRandom(7);

describe('sortInSteps', () => {
  it('sorts as the engine’s stable sort does, equal items kept in their order', async () => {
    for (const size of [0, 1, 2, 511, 512, 513, 1500, 5000]) {
      const items = Array.from({ length: size }, (_, i) => ({ key: Math.floor(random() * 50), i }));
      const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
      let pauses = 0;
      const sorted = await sortInSteps(items, compare, async () => {
        pauses += 1;
      });
      expect(sorted, `size ${size}`).toEqual(items.slice().sort(compare));
      if (size >= 1500) expect(pauses, `size ${size}`).toBeGreaterThan(1);
    }
  });
});

describe('buildParticipantIndexInSteps', () => {
  const names = ['Ana González', 'Zoë Müller', 'Kouassi Yao', 'Olga Smirnova', 'Nguyễn Hoa', 'Søren Ærø', 'ana gonzalez', 'Élodie Dubois'];
  const people = Array.from({ length: 3000 }, (_, i) =>
    makeParticipant(
      { ...EMPTY_PARTICIPANT, name: `${names[i % names.length]} ${Math.floor(random() * 100)}`, organisation: `Org ${i}` },
      'series',
      () => `p${i}`,
      0,
    ),
  );

  it('gives the index built in one go, in English and French', async () => {
    for (const language of ['en', 'fr']) {
      let pauses = 0;
      const inSteps = await buildParticipantIndexInSteps(people, language, async () => {
        pauses += 1;
      });
      expect(inSteps).toEqual(buildParticipantIndex(people, language));
      expect(pauses).toBeGreaterThan(3);
    }
  });

  it('stops when its pause says so', async () => {
    let pauses = 0;
    const stopped = buildParticipantIndexInSteps(people, 'en', async () => {
      pauses += 1;
      if (pauses === 2) throw new Error('stopped');
    });
    await expect(stopped).rejects.toThrow('stopped');
    expect(pauses).toBe(2);
  });
});
