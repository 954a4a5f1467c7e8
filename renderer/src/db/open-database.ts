import { Dexie } from 'dexie';
import { SessionDeskDb } from './database';
import { LATEST_VERSION } from './migrations';
import type { StorageProblem } from './storage-status';

export type { StorageProblem } from './storage-status';

export type OpenResult = { ok: true; db: SessionDeskDb } | { ok: false; problem: StorageProblem; detail: string };

/** Turns Dexie's open errors into the few situations the user can act on. */
export function classifyOpenError(error: unknown): { problem: StorageProblem; detail: string } {
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Dexie.DexieError && error.inner instanceof Error ? error.inner.name : '';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (name === 'MissingAPIError') return { problem: 'unavailable', detail };
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { problem: 'quota', detail };
  if (name === 'VersionError' || inner === 'VersionError') return { problem: 'newer-version', detail };
  if (name === 'DatabaseClosedError' && /blocked/i.test(detail)) return { problem: 'blocked', detail };
  if (/security|denied|not allowed/i.test(detail)) return { problem: 'unavailable', detail };
  return { problem: 'failed', detail };
}

/** Dexie stores version N as IndexedDB version N × 10. */
const DEXIE_VERSION_FACTOR = 10;

/** The IndexedDB version of an existing database, or null if there is none yet. Changes nothing. */
function readInstalledVersion(name: string): Promise<number | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    let created = false;
    // Opening without a version creates an empty database if none exists: abort that creation.
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(created ? null : version);
    };
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

/**
 * Opens the store. Resolves, never rejects: the caller shows a screen for each problem.
 * `blocked` fires when another window still holds an older version open; we wait a little
 * for it to close before telling the user.
 */
export async function openDatabase(make: () => SessionDeskDb = () => new SessionDeskDb(), blockedGraceMs = 3000): Promise<OpenResult> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return { ok: false, problem: 'unavailable', detail: 'IndexedDB is not available in this window.' };
  }
  let db: SessionDeskDb;
  try {
    db = make();
  } catch (error) {
    return { ok: false, ...classifyOpenError(error) };
  }
  // Another window with a newer schema asks us to close: do so, so it can upgrade.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<OpenResult>((resolve) => {
    db.on('blocked', () => {
      blockedTimer = setTimeout(() => resolve({ ok: false, problem: 'blocked', detail: 'Another window keeps an older version open.' }), blockedGraceMs);
    });
  });
  // Dexie 4 would open a store that a newer version of the app upgraded, and even alter it.
  // Writing into a schema we do not know could damage it: look first, and stop if so.
  const installed = await readInstalledVersion(db.name);
  if (installed !== null && installed > LATEST_VERSION * DEXIE_VERSION_FACTOR) {
    const detail = `The store is at schema version ${installed / DEXIE_VERSION_FACTOR}; this version of Session Desk knows up to ${LATEST_VERSION}.`;
    return { ok: false, problem: 'newer-version', detail };
  }
  const opened = db.open().then(
    (): OpenResult => ({ ok: true, db }),
    (error: unknown): OpenResult => ({ ok: false, ...classifyOpenError(error) }),
  );
  const result = await Promise.race([opened, blocked]);
  if (blockedTimer) clearTimeout(blockedTimer);
  return result;
}
