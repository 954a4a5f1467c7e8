import type { SessionDeskDb } from '../database';
import { LOCK_PIN_KEY, LOCK_RECOVERY_KEY, LOCK_STATE_KEY, parseLock, type Lock } from '../../domain/protection/lock';

/** The lock as stored (both records read together, so they agree). */
export async function readLock(db: SessionDeskDb): Promise<Lock> {
  return db.transaction('r', db.settings, async () => {
    const [pin, state, recovery] = await Promise.all([db.settings.get(LOCK_PIN_KEY), db.settings.get(LOCK_STATE_KEY), db.settings.get(LOCK_RECOVERY_KEY)]);
    return parseLock(pin?.value, state?.value, recovery?.value);
  });
}
