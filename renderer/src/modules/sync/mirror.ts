/**
 * The mirror between a series' Yjs document and the store. This station's committed writes go
 * into the document (db/change-feed.ts hands them over); other stations' changes come out of it
 * into the store in batches, one Dexie transaction per macrotask however many updates arrived
 * (one transaction per update made a 200-write burst take seven times longer). At start, the
 * store is brought to agree with the document: records only the store has (written just before
 * a crash) go into the document, and records that differ take the document's value.
 */
import type * as Y from 'yjs';
import type { SessionDeskDb } from '../../db/database';
import { applyRemoteChanges } from '../../db/commands/sync';
import { SYNCED_TABLES, type RecordChange } from '../../domain/sync/synced-tables';
import { readSeriesRecords } from '../../db/queries/sync';
import { applyLocalChanges, allRecords, changedRecords, LOCAL_ORIGIN, seriesOfRecord, tableMap } from './series-doc';
import { benchMark } from '../../ui/bench-mark';

export interface Mirror {
  stop(): void;
  /** Resolves when every change received so far is in the store. */
  flushed(): Promise<void>;
}

export interface MirrorEvents {
  /** This station's own changes went into the document (counted while offline). */
  onLocal?(count: number): void;
  /** Other stations' changes were written to the store. */
  onRemote?(changes: RecordChange[]): void;
}

function sameRecord(a: Record<string, unknown> | undefined, b: Record<string, unknown>): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  return true;
}

/** Brings the store and the document into agreement for one series (see the file's comment). */
export async function reconcile(db: SessionDeskDb, doc: Y.Doc, seriesId: string): Promise<{ toDoc: number; toStore: number }> {
  const stored = await readSeriesRecords(db, seriesId);
  const inDoc = allRecords(doc).filter((c) => seriesOfRecord(c.table, c.key, c.value) === seriesId);
  const docKeys = new Set(inDoc.map((c) => `${c.table}\u0000${c.key}`));
  const storedByKey = new Map(stored.map((c) => [`${c.table}\u0000${c.key}`, c.value ?? undefined]));
  const toDoc = stored.filter((c) => !docKeys.has(`${c.table}\u0000${c.key}`));
  const toStore = inDoc.filter((c) => c.value !== null && !sameRecord(storedByKey.get(`${c.table}\u0000${c.key}`), c.value));
  if (toDoc.length > 0) applyLocalChanges(doc, toDoc);
  if (toStore.length > 0) await applyRemoteChanges(db, toStore);
  return { toDoc: toDoc.length, toStore: toStore.length };
}

export function startMirror(db: SessionDeskDb, doc: Y.Doc, seriesId: string, events: MirrorEvents = {}): Mirror {
  const unsubscribe = db.changeFeed.subscribe((changes) => {
    const mine = changes.filter((c) => {
      if (c.value !== null) return seriesOfRecord(c.table, c.key, c.value) === seriesId;
      // A deletion names only the key: it is this series' if the document holds that record.
      return tableMap(doc, c.table).has(c.key);
    });
    if (mine.length === 0) return;
    benchMark('sd:sync-sent');
    applyLocalChanges(doc, mine);
    events.onLocal?.(1);
  });

  let queued = new Map<string, RecordChange>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = null;
    const batch = [...queued.values()].filter((c) => c.value === null || seriesOfRecord(c.table, c.key, c.value) === seriesId);
    queued = new Map();
    if (batch.length === 0) return;
    benchMark('sd:sync-flush');
    writing = writing
      .then(() => applyRemoteChanges(db, batch))
      .then(() => {
        // Read by `npm run bench` (sync.*): other stations' changes committed to this store.
        benchMark('sd:sync-stored');
        events.onRemote?.(batch);
      })
      .catch((error: unknown) => console.error('Session Desk: could not write changes from other stations', error));
  };
  const observers = SYNCED_TABLES.map((table) => {
    const observer = (yEvents: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_ORIGIN) return;
      if (timer === null) benchMark('sd:sync-received');
      for (const change of changedRecords(doc, table, yEvents)) queued.set(`${change.table}\u0000${change.key}`, change);
      timer ??= setTimeout(flush, 0);
    };
    tableMap(doc, table).observeDeep(observer);
    return () => tableMap(doc, table).unobserveDeep(observer);
  });

  return {
    stop() {
      unsubscribe();
      for (const off of observers) off();
      if (timer) clearTimeout(timer);
    },
    async flushed() {
      if (timer) {
        clearTimeout(timer);
        flush();
      }
      await writing;
    },
  };
}
