import { describe, expect, it } from 'vitest';
import { applyImportPlan } from '../../../renderer/src/db/commands/import';
import { createParticipant } from '../../../renderer/src/db/commands/participants';
import { createSeries } from '../../../renderer/src/db/commands/series';
import { buildImportPlan, guessMapping, readTable } from '../../../renderer/src/domain/import';
import { EMPTY_PARTICIPANT } from '../../../renderer/src/domain/participants/records';
import { newId } from '../../../renderer/src/domain/core/ids';
import { freshDb } from './test-db';

const csv = (text: string) => ({ name: 'people.csv', bytes: new TextEncoder().encode(text) });

async function planFor(db: ReturnType<typeof freshDb>, seriesId: string, text: string) {
  const table = await readTable(csv(text));
  const existing = await db.participants.where('seriesId').equals(seriesId).toArray();
  return buildImportPlan(table, guessMapping(table.headers), { existing, seriesId, findSession: () => null, now: 1, newId });
}

async function setup() {
  const db = freshDb();
  const series = await createSeries(db, { name: 'PS', startDate: '2026-04-07', endDate: '2026-04-07', venue: '' });
  if (!series.ok) throw new Error('setup');
  const known = await createParticipant(db, series.seriesId, { ...EMPTY_PARTICIPANT, name: 'Ana González', organisation: 'Org A', badgeCode: 'B-0007' });
  if (!known.ok) throw new Error('setup');
  return { db, seriesId: series.seriesId, knownId: known.participantId };
}

const FILE =
  'Name,Organisation,Email,Badge\nAna Gonzalez,org a,ana@example.org,\nBoris Petrov,Org B,,\nCarla Díaz,Org C,,\nBoris Petrov,Org B,boris@example.org,\n';

describe('writing an import', () => {
  it('skips duplicates when asked, and gives new people the next badge codes', async () => {
    const { db, seriesId, knownId } = await setup();
    const outcome = await applyImportPlan(db, seriesId, await planFor(db, seriesId, FILE), 'skip');
    expect(outcome).toEqual({ added: 2, updated: 0, skipped: 2 });
    const all = await db.participants.where('seriesId').equals(seriesId).toArray();
    expect(all.map((p) => p.name).sort()).toEqual(['Ana González', 'Boris Petrov', 'Carla Díaz']);
    expect(
      all
        .filter((p) => p.id !== knownId)
        .map((p) => p.badgeCode)
        .sort(),
    ).toEqual(['B-0008', 'B-0009']);
    expect((await db.participants.get(knownId))?.email).toBe('');
  });

  it('updates the existing record with the row’s values, and folds a repeated row into the first', async () => {
    const { db, seriesId, knownId } = await setup();
    const outcome = await applyImportPlan(db, seriesId, await planFor(db, seriesId, FILE), 'update');
    expect(outcome).toEqual({ added: 2, updated: 1, skipped: 0 });
    const known = await db.participants.get(knownId);
    expect(known?.email).toBe('ana@example.org');
    expect(known?.badgeCode).toBe('B-0007');
    const boris = (await db.participants.where('seriesId').equals(seriesId).toArray()).filter((p) => p.name === 'Boris Petrov');
    expect(boris).toHaveLength(1);
    expect(boris[0]?.email).toBe('boris@example.org');
  });

  it('writes all or nothing: a failure inside the transaction leaves the registry as it was', async () => {
    const { db, seriesId } = await setup();
    const plan = await planFor(db, seriesId, FILE);
    const before = await db.participants.count();
    // Sabotage: one accepted record claims an id that is already taken.
    const first = plan.accepted.find((d) => d.duplicateOf === null);
    const existing = await db.participants.toArray();
    if (!first || !existing[0]) throw new Error('setup');
    first.participant = { ...first.participant, id: existing[0].id };
    await expect(applyImportPlan(db, seriesId, plan, 'skip')).rejects.toThrow();
    expect(await db.participants.count()).toBe(before);
  });
});
