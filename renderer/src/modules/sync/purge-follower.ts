/**
 * A purge made on another station reaches this one as changed fields and a purge mark; what this
 * station recorded while it was offline is purged here too, once, when something personal is left.
 */
import type { SessionDeskDb } from '../../db/database';
import { purgePersonalData } from '../../db/commands/purge';
import { readPurgeState } from '../../db/queries/sync';
import { somethingLeftToPurge } from '../../domain/sync/purge-follow-up';

/** Returns the check to run after other stations' changes were written to the store. */
export function followPurge(db: SessionDeskDb, seriesId: string): () => void {
  let running = false;
  let again = false;
  const check = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const state = await readPurgeState(db, seriesId);
      if (state.purgedAt !== null && somethingLeftToPurge(state)) await purgePersonalData(db, seriesId);
    } catch (error) {
      console.error('Session Desk: could not follow a purge made on another station', error);
    } finally {
      running = false;
      if (again) {
        again = false;
        void check();
      }
    }
  };
  void check();
  return () => void check();
}
