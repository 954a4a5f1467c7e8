/**
 * Other stations' changes, written in one transaction that the change feed does not report (so
 * they do not echo back). A record the store refuses (a damaged one from a newer version) fails
 * the batch, which the mirror reports; nothing half-written stays.
 */
import { Dexie } from 'dexie';
import type { SessionDeskDb } from '../database';
import { markRemoteTransaction } from '../change-feed';
import type { RecordChange } from '../../domain/sync/synced-tables';

export async function applyRemoteChanges(db: SessionDeskDb, changes: readonly RecordChange[]): Promise<void> {
  if (changes.length === 0) return;
  const tables = [...new Set(changes.map((c) => c.table))];
  await db.transaction('rw', tables, async () => {
    const transaction = Dexie.currentTransaction as unknown as { idbtrans: object };
    markRemoteTransaction(transaction.idbtrans);
    for (const table of tables) {
      const mine = changes.filter((c) => c.table === table);
      const puts = mine.filter((c) => c.value !== null).map((c) => c.value as Record<string, unknown>);
      const deletes = mine.filter((c) => c.value === null).map((c) => c.key);
      if (puts.length > 0) await db.table(table).bulkPut(puts);
      if (deletes.length > 0) await db.table(table).bulkDelete(deletes);
    }
  });
}
