/**
 * "Back up now", for features that know a good moment (the last slot of a session ended):
 * they call backUpNow() and the running schedule (started once in main.tsx) writes the
 * backup. Kept apart from db/commands, which only write the store.
 */
import type { FlushOptions } from './backups';

type Flush = (options: FlushOptions) => Promise<void>;

let active: Flush | null = null;

/** Called by the schedule when it starts; returns the function that unregisters it. */
export function registerBackupNow(flush: Flush): () => void {
  active = flush;
  return () => {
    if (active === flush) active = null;
  };
}

/** Backs up the current series now, even if the last backup saw the same data. No schedule (the room display window): nothing. */
export function backUpNow(): Promise<void> {
  return active ? active({ force: true }) : Promise.resolve();
}

/**
 * Waits for a backup under way (and backs up what changed meanwhile). The purge calls it before
 * it deletes the series' backups, so that no backup read before the purge lands after it.
 */
export function settleBackups(): Promise<void> {
  return active ? active({}) : Promise.resolve();
}
