/**
 * The registry's read, in pages of a thousand: exactly one series' participants, all of them,
 * in the order a single read gives, whatever other series sit between their ids.
 */
import { describe, expect, it } from 'vitest';
import { listParticipants } from '../../../renderer/src/db/queries/participants';
import { EMPTY_PARTICIPANT, makeParticipant } from '../../../renderer/src/domain/participants/records';
import { seededRandom } from '../../../renderer/src/domain/demo/seeded-random';
import { freshDb } from './test-db';

describe('listParticipants', () => {
  it('reads a large series in pages: the same participants, in the same order, and no one of another series', async () => {
    const db = freshDb();
    const random = seededRandom(3);
    const id = () =>
      Math.floor(random() * 1e12)
        .toString(36)
        .padStart(8, '0');
    // Two series whose ids interleave, one above a page, one below.
    const people = [
      ...Array.from({ length: 2_345 }, (_, i) => makeParticipant({ ...EMPTY_PARTICIPANT, name: `A ${i}` }, 'series-a', id, 0)),
      ...Array.from({ length: 700 }, (_, i) => makeParticipant({ ...EMPTY_PARTICIPANT, name: `B ${i}` }, 'series-b', id, 0)),
    ];
    await db.participants.bulkAdd(people);
    const single = (seriesId: string) => db.participants.where('seriesId').equals(seriesId).toArray();

    const a = await listParticipants(db, 'series-a');
    expect(a).toHaveLength(2_345);
    expect(a).toEqual(await single('series-a'));
    expect(await listParticipants(db, 'series-b')).toEqual(await single('series-b'));
    expect(await listParticipants(db, 'series-c')).toEqual([]);
    db.close();
  });
});
