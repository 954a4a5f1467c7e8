import type { SessionDeskDb } from '../database';
import type { ImportPlan } from '../../domain/import';
import { planImportWrites, type DuplicateChoice } from '../../domain/import/apply';

export interface ImportOutcome {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Records handed to IndexedDB at a time. Each add() copies its record on the page's main thread:
 * 20,000 at once held the screen for a second; a few hundred at a time leave it free between
 * pieces, in the same transaction.
 */
const WRITE_CHUNK = 250;

/**
 * Writes an import plan. One import is one transaction: every accepted row or nothing.
 * Duplicates are compared again inside the transaction, against the registry as it is now.
 */
export async function applyImportPlan(db: SessionDeskDb, seriesId: string, plan: ImportPlan, choice: DuplicateChoice): Promise<ImportOutcome> {
  return db.transaction('rw', db.participants, async () => {
    const existing = await db.participants.where('seriesId').equals(seriesId).toArray();
    const writes = planImportWrites(plan, choice, existing, Date.now());
    if (writes.add.some((p) => p.seriesId !== seriesId)) throw new Error('An import plan for another series');
    for (let at = 0; at < writes.add.length; at += WRITE_CHUNK) await db.participants.bulkAdd(writes.add.slice(at, at + WRITE_CHUNK));
    for (const { id, changes } of writes.update) await db.participants.update(id, changes);
    return { added: writes.add.length, updated: writes.update.length, skipped: writes.skipped };
  });
}
