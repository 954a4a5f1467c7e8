import { describe, expect, it } from 'vitest';
import { clearPin, lockNow, recordPinTry, setPin, unlock } from '../../../renderer/src/db/commands/lock';
import { readLock } from '../../../renderer/src/db/queries/lock';
import { nextTryAt, parseLock } from '../../../renderer/src/domain/protection/lock';
import {
  delayAfterFailures,
  hashPin,
  hashRecoveryCode,
  isRecoveryCodeShaped,
  isValidPin,
  makeRecoveryCode,
  parsePinRecord,
  verifyPin,
  verifyRecoveryCode,
} from '../../../renderer/src/domain/protection/pin';
import { freshDb } from '../db/test-db';
import { attemptUnlock } from '../../../renderer/src/features/protection/unlock-attempt';

describe('the PIN', () => {
  it('is 4 to 8 digits', () => {
    expect(['1234', '12345678'].every(isValidPin)).toBe(true);
    expect(['123', '123456789', '12a4', ' 1234', '١٢٣٤'].some(isValidPin)).toBe(false);
  });

  it('is stored as a salted PBKDF2 hash that verifies only the same PIN', async () => {
    const record = await hashPin('482913', globalThis.crypto, 1000);
    expect(JSON.stringify(record)).not.toContain('482913');
    expect(record.algorithm).toBe('PBKDF2-SHA-256');
    expect(await verifyPin(record, '482913')).toBe(true);
    expect(await verifyPin(record, '482914')).toBe(false);
    expect(await verifyPin(record, 'abc')).toBe(false);
    // A fresh salt each time: the same PIN never gives the same record.
    expect((await hashPin('482913', globalThis.crypto, 1000)).hash).not.toBe(record.hash);
    expect(parsePinRecord(record)).toEqual(record);
    expect(parsePinRecord({ ...record, iterations: 0 })).toBeNull();
  });

  it('waits longer after each wrong try from the fifth on, up to 15 minutes', () => {
    expect([0, 1, 4].map(delayAfterFailures)).toEqual([0, 0, 0]);
    expect([5, 6, 7].map(delayAfterFailures)).toEqual([30_000, 60_000, 120_000]);
    expect(delayAfterFailures(40)).toBe(15 * 60_000);
    expect(nextTryAt({ locked: true, failures: 5, lastFailureAt: 1000 })).toBe(31_000);
    expect(nextTryAt({ locked: true, failures: 3, lastFailureAt: 1000 })).toBe(0);
  });
});

describe('the lock in the store', () => {
  it('locks only with a PIN, counts wrong tries across reloads, and unlocks', async () => {
    const db = freshDb();
    expect(await lockNow(db)).toBe(false);
    expect((await readLock(db)).locked).toBe(false);
    await setPin(db, await hashPin('2468', globalThis.crypto, 1000), await hashRecoveryCode('7K2M-Q9XD-3HRA-WP4N', globalThis.crypto, 1000));
    expect(await lockNow(db)).toBe(true);
    expect((await readLock(db)).locked).toBe(true);
    for (let i = 0; i < 5; i += 1) await recordPinTry(db, 1000 + i);
    const lock = await readLock(db);
    expect(lock).toMatchObject({ locked: true, failures: 5, lastFailureAt: 1004 });
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('2468');
    await unlock(db);
    expect(await readLock(db)).toMatchObject({ locked: false, failures: 0 });
    await lockNow(db);
    expect((await readLock(db)).recovery).not.toBeNull();
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('7K2M');
    await clearPin(db);
    expect(await readLock(db)).toMatchObject({ locked: false, pin: null, recovery: null });
  });

  it('makes recovery codes that cannot be guessed and are read back however they are typed', async () => {
    const codes = new Set(Array.from({ length: 200 }, () => makeRecoveryCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const record = await hashRecoveryCode('7K2M-Q9XD-3HRA-WP4N', globalThis.crypto, 1000);
    expect(await verifyRecoveryCode(record, '7K2M-Q9XD-3HRA-WP4N')).toBe(true);
    // Lower case, spaces instead of dashes, O for 0 and l for 1 are the same code.
    expect(await verifyRecoveryCode(record, ' 7k2m q9xd 3hra wp4n ')).toBe(true);
    const withZero = await hashRecoveryCode('1000-0000-0000-0001', globalThis.crypto, 1000);
    expect(await verifyRecoveryCode(withZero, 'l0OO-oooo-0000-000I')).toBe(true);
    expect(await verifyRecoveryCode(record, '7K2M-Q9XD-3HRA-WP4M')).toBe(false);
    expect(await verifyRecoveryCode(record, '7K2M')).toBe(false);
    expect(isRecoveryCodeShaped('7K2M-Q9XD-3HRA-WP4U')).toBe(false);
    await expect(hashRecoveryCode('short')).rejects.toThrow();
  });

  it('reads damaged records as unlocked, never as a lock nobody can open', () => {
    expect(parseLock(null, { locked: true })).toMatchObject({ locked: false, pin: null });
    expect(parseLock({ algorithm: 'MD5' }, { locked: true, failures: -3 })).toMatchObject({ locked: false, failures: 0 });
  });
});

describe('a try at the lock screen', () => {
  async function lockedDb() {
    const db = freshDb();
    await setPin(db, await hashPin('2468', globalThis.crypto, 1000), await hashRecoveryCode('7K2M-Q9XD-3HRA-WP4N', globalThis.crypto, 1000));
    await lockNow(db);
    return db;
  }
  const never = () => new Promise<boolean>(() => undefined);

  it('is counted before the PIN is checked, so a reload during the check does not forget it', async () => {
    const db = await lockedDb();
    // The check never ends, as when the page is reloaded while PBKDF2 runs.
    for (let i = 0; i < 5; i += 1) void attemptUnlock(db, '1111', 'pin', { checks: { verifyPin: never, verifyRecoveryCode: never }, now: () => 10_000 + i });
    await expect.poll(async () => (await readLock(db)).failures).toBe(5);
    // The sixth must wait, unchecked and uncounted.
    const checked: string[] = [];
    const verifyPin = async () => {
      checked.push('pin');
      return true;
    };
    const outcome = await attemptUnlock(db, '2468', 'pin', { checks: { verifyPin, verifyRecoveryCode: never }, now: () => 10_010 });
    expect(outcome).toEqual({ kind: 'wait', until: 10_004 + 30_000 });
    expect(checked).toEqual([]);
    expect((await readLock(db)).failures).toBe(5);
  });

  it('unlocks with the right PIN and forgets the count; a wrong code counts like a wrong PIN', async () => {
    const db = await lockedDb();
    expect(await attemptUnlock(db, '1111', 'pin')).toMatchObject({ kind: 'wrong', state: { failures: 1 } });
    expect(await attemptUnlock(db, '7K2M-Q9XD-3HRA-WP4M', 'recovery-code')).toMatchObject({ kind: 'wrong', state: { failures: 2 } });
    expect(await attemptUnlock(db, '2468', 'pin')).toEqual({ kind: 'unlocked' });
    expect(await readLock(db)).toMatchObject({ locked: false, failures: 0 });
    await lockNow(db);
    expect(await attemptUnlock(db, '7K2M-Q9XD-3HRA-WP4N', 'recovery-code')).toEqual({ kind: 'recovered' });
    expect(await readLock(db)).toMatchObject({ locked: false, pin: null });
  });
});
