/**
 * The store's side of sharing a series: every committed write to the shared tables is handed
 * to listeners (the Yjs mirror, modules/sync) once its transaction has committed, and changes
 * that came from other stations are written in batches that listeners never see again (so they
 * do not echo back). The commands stay the only writers of this laptop's own changes; this
 * only watches them, as a Dexie DBCore middleware, so no command had to change.
 */
import type { Dexie } from 'dexie';
import { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction } from 'dexie';

import { SYNCED_TABLES, type RecordChange, type SyncedTable } from '../domain/sync/synced-tables';

export type { RecordChange, SyncedTable };

export type ChangeListener = (changes: RecordChange[]) => void;

export interface ChangeFeed {
  subscribe(listener: ChangeListener): () => void;
}

function isSynced(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

/** Transactions that carry other stations' changes: their writes are not reported. */
const remoteTransactions = new WeakSet<object>();

export function installChangeFeed(db: Dexie): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  const pending = new WeakMap<object, RecordChange[]>();

  const record = (trans: DBCoreTransaction, changes: RecordChange[]) => {
    if (changes.length === 0) return;
    let list = pending.get(trans);
    if (!list) {
      list = [];
      pending.set(trans, list);
      const idb = trans as unknown as IDBTransaction;
      const batch = list;
      idb.addEventListener('complete', () => {
        for (const listener of listeners) listener(batch);
      });
    }
    list.push(...changes);
  };

  db.use({
    stack: 'dbcore',
    name: 'session-desk-change-feed',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (!isSynced(name)) return table;
          const keyPath = table.schema.primaryKey.keyPath as string;
          return {
            ...table,
            async mutate(request: DBCoreMutateRequest) {
              if (listeners.size === 0 || remoteTransactions.has(request.trans)) return table.mutate(request);
              if (request.type === 'deleteRange') {
                const found = await table.query({ trans: request.trans, values: false, query: { index: table.schema.primaryKey, range: request.range } });
                const result = await table.mutate(request);
                record(
                  request.trans,
                  (found.result as string[]).map((key) => ({ table: name, key: String(key), value: null })),
                );
                return result;
              }
              const result = await table.mutate(request);
              if (request.type === 'delete') {
                record(
                  request.trans,
                  request.keys.map((key) => ({ table: name, key: String(key), value: null })),
                );
              } else {
                const failed = new Set(Object.keys(result.failures ?? {}).map(Number));
                const changes: RecordChange[] = [];
                request.values.forEach((value: Record<string, unknown>, index: number) => {
                  if (failed.has(index)) return;
                  const key = value[keyPath] ?? result.results?.[index];
                  if (typeof key === 'string') changes.push({ table: name, key, value: structuredClone(value) });
                });
                record(request.trans, changes);
              }
              return result;
            },
          };
        },
      };
    },
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Marks a transaction as carrying other stations' changes (db/commands/sync.ts): its writes are not reported. */
export function markRemoteTransaction(idbTransaction: object): void {
  remoteTransactions.add(idbTransaction);
}
