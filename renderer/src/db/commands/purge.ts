/**
 * Purge of a series' personal data (domain/purge.ts says what goes and what stays).
 *
 * Invariants: one transaction, so the series is either wholly purged or untouched; the ids,
 * categories, registrations, check-ins and slot timings stay as they were, so every anonymous
 * figure computes the same afterwards. This is the one write that edits slot records (their
 * absence reasons) in place: the point is that the words are gone.
 * The caller takes a backup first; restoring it is the only way back.
 */
import type { SessionDeskDb } from '../database';
import { neutralLabel, purgeParticipants, purgeSlot, type NeutralLabel } from '../../domain/purge';

export interface PurgeOutcome {
  participants: number;
  slots: number;
}

export async function purgePersonalData(db: SessionDeskDb, seriesId: string, label: NeutralLabel = neutralLabel, now = Date.now()): Promise<PurgeOutcome> {
  return db.transaction('rw', db.series, db.participants, db.slots, async () => {
    if (!(await db.series.get(seriesId))) throw new Error(`No series ${seriesId}`);
    const participants = await db.participants.where('seriesId').equals(seriesId).toArray();
    const changes = purgeParticipants(participants, now, label);
    await db.participants.bulkUpdate([...changes].map(([key, fields]) => ({ key, changes: fields })));
    let slots = 0;
    for (const slot of await db.slots.where('seriesId').equals(seriesId).toArray()) {
      const slotChanges = purgeSlot(slot, now);
      if (!slotChanges) continue;
      await db.slots.update(slot.id, slotChanges);
      slots += 1;
    }
    return { participants: changes.size, slots };
  });
}
