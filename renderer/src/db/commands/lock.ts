/**
 * The lock's writes. The PIN is hashed and checked by the caller (WebCrypto is asynchronous
 * and must not run inside an IndexedDB transaction, which would commit under it); these
 * commands only store the outcome. Only the hash is ever stored, never the PIN.
 */
import type { SessionDeskDb } from '../database';
import { LOCK_PIN_KEY, LOCK_RECOVERY_KEY, LOCK_STATE_KEY, UNLOCKED, parseLock, type LockState } from '../../domain/protection/lock';
import type { PinRecord } from '../../domain/protection/pin';

async function writeState(db: SessionDeskDb, state: LockState): Promise<void> {
  await db.settings.put({ key: LOCK_STATE_KEY, value: state });
}

/** Sets (or replaces) the PIN and its recovery code together; the laptop stays unlocked. */
export async function setPin(db: SessionDeskDb, record: PinRecord, recovery: PinRecord): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: LOCK_PIN_KEY, value: record });
    await db.settings.put({ key: LOCK_RECOVERY_KEY, value: recovery });
    await writeState(db, UNLOCKED);
  });
}

/** Removes the PIN and its recovery code, and with them the lock. */
export async function clearPin(db: SessionDeskDb): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.delete(LOCK_PIN_KEY);
    await db.settings.delete(LOCK_RECOVERY_KEY);
    await writeState(db, UNLOCKED);
  });
}

/** Locks now; false (nothing written) when no PIN is set, since nobody could unlock. */
export async function lockNow(db: SessionDeskDb): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const lock = parseLock((await db.settings.get(LOCK_PIN_KEY))?.value, (await db.settings.get(LOCK_STATE_KEY))?.value);
    if (!lock.pin) return false;
    await writeState(db, { locked: true, failures: lock.failures, lastFailureAt: lock.lastFailureAt });
    return true;
  });
}

/**
 * A try at the PIN (or the recovery code), counted before it is checked: one more failure,
 * kept in the store so that a reload does not reset the delay. A right try then unlocks,
 * which forgets the count.
 */
export async function recordPinTry(db: SessionDeskDb, now = Date.now()): Promise<LockState> {
  return db.transaction('rw', db.settings, async () => {
    const lock = parseLock((await db.settings.get(LOCK_PIN_KEY))?.value, (await db.settings.get(LOCK_STATE_KEY))?.value);
    const next: LockState = { locked: lock.locked, failures: lock.failures + 1, lastFailureAt: now };
    await writeState(db, next);
    return next;
  });
}

/** The right PIN: unlocked, failures forgotten. */
export async function unlock(db: SessionDeskDb): Promise<void> {
  await writeState(db, UNLOCKED);
}
