/**
 * One try at the lock screen, with the PIN or the recovery code. The try is counted in the
 * store *before* the PBKDF2 check: the check takes a noticeable moment, and a try counted only
 * once it had failed could be escaped by reloading the page meanwhile (so the wait after five
 * wrong tries would never come). The right secret then unlocks, which forgets the count.
 */
import type { useDb } from '../../runtime/contexts';
import { clearPin, recordPinTry, unlock } from '../../db/commands/lock';
import { readLock } from '../../db/queries/lock';
import { nextTryAt, type LockState } from '../../domain/protection/lock';
import { verifyPin, verifyRecoveryCode, type PinRecord } from '../../domain/protection/pin';

type Db = ReturnType<typeof useDb>;

export type UnlockOutcome =
  /** The PIN was right: unlocked. */
  | { kind: 'unlocked' }
  /** The recovery code was right: unlocked and the PIN removed. */
  | { kind: 'recovered' }
  | { kind: 'wrong'; state: LockState }
  /** Too many wrong tries: nothing was checked or counted; try again after this time. */
  | { kind: 'wait'; until: number };

export interface UnlockChecks {
  verifyPin(record: PinRecord, typed: string): Promise<boolean>;
  verifyRecoveryCode(record: PinRecord, typed: string): Promise<boolean>;
}

const webCryptoChecks: UnlockChecks = { verifyPin: (r, t) => verifyPin(r, t), verifyRecoveryCode: (r, t) => verifyRecoveryCode(r, t) };

export interface UnlockOptions {
  checks?: UnlockChecks;
  now?: () => number;
  /** Called once the try is counted in the store, before the check starts. */
  onCounted?: () => void;
}

export async function attemptUnlock(
  db: Db,
  typed: string,
  secret: 'pin' | 'recovery-code',
  { checks = webCryptoChecks, now = Date.now, onCounted }: UnlockOptions = {},
): Promise<UnlockOutcome> {
  // Read again: another window may have counted a wrong try meanwhile.
  const current = await readLock(db);
  const until = nextTryAt(current);
  if (until > now()) return { kind: 'wait', until };
  const state = await recordPinTry(db, now());
  onCounted?.();
  if (secret === 'recovery-code') {
    if (current.recovery && (await checks.verifyRecoveryCode(current.recovery, typed))) {
      await clearPin(db);
      return { kind: 'recovered' };
    }
  } else if (current.pin && (await checks.verifyPin(current.pin, typed))) {
    await unlock(db);
    return { kind: 'unlocked' };
  }
  return { kind: 'wrong', state };
}
