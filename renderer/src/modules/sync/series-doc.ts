/**
 * How a series lives in its Yjs document, and the merge rules that follow from the shape:
 * - one Y.Map per table, of records by id, each record a Y.Map of its fields: a record edited on
 *   two stations keeps each field's latest value (two fields edited apart both survive; one
 *   field edited on both at once ends with one of the two values on every station);
 * - a slot's `log` is a Y.Map of entries by id: two consoles' records merge as the union of
 *   their entries, never one list replacing the other;
 * - check-ins are records never edited (an undo is a record of its own);
 * - the slots' order is each slot's fractional `order` field, never a list of ids.
 * App-wide settings (language, theme, this laptop's display, the lock, the station) never
 * enter the document: only the series' own settings ("series:<id>:…") do.
 */
import * as Y from 'yjs';
import { SYNCED_TABLES, type RecordChange, type SyncedTable } from '../../domain/sync/synced-tables';
import { seriesSettingPrefix } from '../../domain/event-file/series-settings';

/** Origin of the transactions that carry this station's own writes into the document. */
export const LOCAL_ORIGIN = 'session-desk-local';

type Plain = Record<string, unknown>;

/** The series a record belongs to, or null when it is not part of any series' shared data. */
export function seriesOfRecord(table: SyncedTable, key: string, value: Plain | null): string | null {
  if (table === 'settings') {
    const match = /^series:([^:]+):/.exec(key);
    return match ? (match[1] ?? null) : null;
  }
  if (table === 'series') return key;
  return value && typeof value.seriesId === 'string' ? value.seriesId : null;
}

export function tableMap(doc: Y.Doc, table: SyncedTable): Y.Map<Y.Map<unknown>> {
  return doc.getMap(table);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function setLog(record: Y.Map<unknown>, entries: unknown): void {
  let log = record.get('log');
  if (!(log instanceof Y.Map)) {
    log = new Y.Map<unknown>();
    record.set('log', log);
  }
  const map = log as Y.Map<unknown>;
  for (const entry of Array.isArray(entries) ? entries : []) {
    const id = (entry as Plain | null)?.id;
    if (typeof id !== 'string') continue;
    if (!sameValue(map.get(id), entry)) map.set(id, entry);
  }
}

/** Writes this station's committed changes into the document, touching only the fields that changed. */
export function applyLocalChanges(doc: Y.Doc, changes: readonly RecordChange[]): void {
  doc.transact(() => {
    for (const change of changes) {
      const map = tableMap(doc, change.table);
      if (change.value === null) {
        map.delete(change.key);
        continue;
      }
      let record = map.get(change.key);
      if (!(record instanceof Y.Map)) {
        record = new Y.Map<unknown>();
        map.set(change.key, record);
      }
      for (const [field, value] of Object.entries(change.value)) {
        if (value === undefined) continue;
        if (change.table === 'slots' && field === 'log') setLog(record, value);
        else if (!sameValue(record.get(field), value)) record.set(field, value);
      }
      for (const field of [...record.keys()]) if (!(field in change.value)) record.delete(field);
    }
  }, LOCAL_ORIGIN);
}

/** A record of the document as the store keeps it; a slot's log as a list, oldest first. */
export function readRecord(table: SyncedTable, record: Y.Map<unknown>): Plain {
  const plain: Plain = {};
  for (const [field, value] of record.entries()) {
    if (value instanceof Y.Map) {
      const entries = [...value.values()] as Plain[];
      entries.sort((a, b) => Number(a.at) - Number(b.at) || String(a.id).localeCompare(String(b.id)));
      plain[field] = entries;
    } else plain[field] = value;
  }
  if (table === 'slots' && !Array.isArray(plain.log)) plain.log = [];
  return plain;
}

/** Every record of the document as store changes (to rebuild or compare a store's copy). */
export function allRecords(doc: Y.Doc): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const table of SYNCED_TABLES) {
    for (const [key, record] of tableMap(doc, table).entries()) {
      if (record instanceof Y.Map) changes.push({ table, key, value: readRecord(table, record) });
    }
  }
  return changes;
}

/** The records of one table that a document transaction changed (from `observeDeep` on its map), as store changes. */
export function changedRecords(doc: Y.Doc, table: SyncedTable, events: ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>): RecordChange[] {
  const keys = new Set<string>();
  for (const event of events) {
    const path = event.path;
    if (path.length === 0 && event instanceof Y.YMapEvent) for (const key of event.keysChanged) keys.add(key);
    else if (typeof path[0] === 'string') keys.add(path[0]);
  }
  const map = tableMap(doc, table);
  return [...keys].map((key) => {
    const record = map.get(key);
    return { table, key, value: record instanceof Y.Map ? readRecord(table, record) : null };
  });
}

export function isSeriesSetting(seriesId: string, key: string): boolean {
  return key.startsWith(seriesSettingPrefix(seriesId));
}

/** The series held by a document (one per document), or null while it is still empty. */
export function seriesIdOfDoc(doc: Y.Doc): string | null {
  const keys = [...tableMap(doc, 'series').keys()];
  return keys[0] ?? null;
}
