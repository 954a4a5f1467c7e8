/**
 * The lock for a laptop left at the desk: whether it is locked, and the wrong tries so far.
 * Kept in the settings table (app-wide, never in an event file or backup), so a reload or a
 * second window finds the laptop locked too. Pure.
 */
import { parsePinRecord, retryAt, type PinRecord } from './pin';

export const LOCK_PIN_KEY = 'lock.pin';
/** The hash of the recovery code shown when the PIN was set (absent for a PIN set before there were codes). */
export const LOCK_RECOVERY_KEY = 'lock.recovery';
export const LOCK_STATE_KEY = 'lock.state';

export interface LockState {
  locked: boolean;
  /** Wrong PINs in a row since the last unlock. */
  failures: number;
  /** Epoch ms of the latest wrong PIN; 0 for none. */
  lastFailureAt: number;
}

export interface Lock extends LockState {
  pin: PinRecord | null;
  recovery: PinRecord | null;
}

export const UNLOCKED: LockState = { locked: false, failures: 0, lastFailureAt: 0 };

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);

/** The stored records as a Lock. Locked without a PIN cannot be (nobody could open it): unlocked. */
export function parseLock(pinValue: unknown, stateValue: unknown, recoveryValue: unknown = null): Lock {
  const pin = parsePinRecord(pinValue);
  const state = typeof stateValue === 'object' && stateValue !== null ? (stateValue as Record<string, unknown>) : {};
  return {
    pin,
    recovery: pin ? parsePinRecord(recoveryValue) : null,
    locked: pin !== null && state.locked === true,
    failures: Math.floor(count(state.failures)),
    lastFailureAt: count(state.lastFailureAt),
  };
}

/** When the next try may be made; 0 for now. */
export function nextTryAt(lock: LockState): number {
  return retryAt(lock.failures, lock.lastFailureAt);
}
