/**
 * The state of the store as the screens need it, without opening it themselves: why it could
 * not open, whether the browser keeps it under storage pressure, and when it changed.
 */
import { Dexie } from 'dexie';

export type StorageProblem = 'unavailable' | 'blocked' | 'quota' | 'newer-version' | 'failed';

/** Why a write did not reach the store, in the few cases the user can act on. */
export type WriteFailureReason = 'disk-full' | 'store-closed' | 'other';

/** Reads Dexie's and IndexedDB's errors (a quota error may come wrapped in an AbortError). */
export function classifyWriteError(error: unknown): WriteFailureReason {
  const names = new Set<string>();
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = (e as { inner?: unknown }).inner, depth += 1) names.add(e.name);
  if (names.has('QuotaExceededError')) return 'disk-full';
  if (names.has('DatabaseClosedError') || names.has('InvalidStateError')) return 'store-closed';
  return 'other';
}

/**
 * Asks the browser not to evict our data under storage pressure. Electron grants it;
 * a browser may refuse, which Settings reports.
 */
export async function requestPersistentStorage(): Promise<'granted' | 'refused' | 'unsupported'> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'granted';
    return (await navigator.storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}

/** Calls `listener` after any write to the store, from this window or another one of the app. */
export function onStoreChange(listener: () => void): () => void {
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
