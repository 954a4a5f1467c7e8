/**
 * Is the data safe where it is kept? The facts come from the browser (persistence, quota)
 * and, in Electron, from main (the data folder's disk); the rule that turns them into
 * warnings lives here. Pure.
 */

export type Persistence = 'granted' | 'refused' | 'unsupported';

export interface SpaceFacts {
  freeBytes: number;
  totalBytes: number;
}

export interface StorageFacts {
  persistence: Persistence | null;
  /** navigator.storage.estimate(): the origin's quota and what it uses; null when unknown. */
  quota: { usage: number; quota: number } | null;
  /** The data folder's disk (Electron only); null in browser mode. */
  disk: SpaceFacts | null;
}

export type StorageWarning =
  /** The browser may clear the store under disk pressure. */
  | { kind: 'not-persistent' }
  /** Little left of what the browser lets this app store. */
  | { kind: 'quota-low'; freeBytes: number }
  /** Little left on the disk that holds the store and the backups. */
  | { kind: 'disk-low'; freeBytes: number };

const MB = 1024 * 1024;
/** Below this, a few backups of a large series no longer fit: always a warning. */
export const LOW_FREE_BYTES = 200 * MB;
/** A share this small of the space is a warning too… */
export const LOW_FREE_SHARE = 0.1;
/**
 * …while it is under this: 10 % of a 1 TB disk (100 GB) is plenty for the app (a 20,000-person
 * backup is a few MB), and a warning there would only teach people to ignore it.
 */
export const SHARE_MATTERS_BELOW = 2 * 1024 * MB;

/** Low when under 200 MB, or under 10 % while under 2 GB. */
export function isSpaceLow(space: SpaceFacts): boolean {
  if (!(space.totalBytes > 0) || !Number.isFinite(space.freeBytes)) return false;
  const free = Math.max(0, space.freeBytes);
  if (free < LOW_FREE_BYTES) return true;
  return free / space.totalBytes < LOW_FREE_SHARE && free < SHARE_MATTERS_BELOW;
}

/** The warnings to show, most urgent first (a full disk before a refused persistence). */
export function storageWarnings(facts: StorageFacts): StorageWarning[] {
  const warnings: StorageWarning[] = [];
  if (facts.disk && isSpaceLow(facts.disk)) warnings.push({ kind: 'disk-low', freeBytes: Math.max(0, facts.disk.freeBytes) });
  if (facts.quota) {
    const space = { freeBytes: facts.quota.quota - facts.quota.usage, totalBytes: facts.quota.quota };
    if (isSpaceLow(space)) warnings.push({ kind: 'quota-low', freeBytes: Math.max(0, space.freeBytes) });
  }
  if (facts.persistence === 'refused') warnings.push({ kind: 'not-persistent' });
  return warnings;
}

/**
 * A key for what is being warned about, so that a dismissed warning stays dismissed until the
 * situation changes (space getting low after persistence was refused shows the bar again).
 */
export function warningsKey(warnings: readonly StorageWarning[]): string {
  return warnings.map((w) => w.kind).join('+');
}
