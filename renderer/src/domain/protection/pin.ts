/**
 * The lock's PIN: checked for form, stored only as a salted PBKDF2 hash (WebCrypto), and a
 * delay that grows after repeated wrong tries. No DOM, no storage: the crypto API comes in
 * as a parameter (the browser's `crypto`, or Node's in tests).
 *
 * A 4-8 digit PIN has at most 10^8 values, so the hash is no vault: it keeps the PIN itself
 * off the disk (people reuse PINs) and, with the delay, makes guessing at the desk slow.
 */

export interface PinRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64. */
  salt: string;
  /** Base64 of the 256-bit derived key. */
  hash: string;
}

export const PIN_PATTERN = /^\d{4,8}$/;
export const PIN_ITERATIONS = 210_000;
/** Wrong tries allowed before each further one must wait. */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** How long to wait after this many wrong tries in a row: none for the first 4, then 30 s doubling, at most 15 min. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
}

/** The time before which no try is taken; 0 when one may try now. */
export function retryAt(failures: number, lastFailureAt: number): number {
  const delay = delayAfterFailures(failures);
  return delay === 0 ? 0 : lastFailureAt + delay;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(webCrypto: Crypto, pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await webCrypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await webCrypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

async function hashSecret(secret: string, webCrypto: Crypto, iterations: number): Promise<PinRecord> {
  const salt = webCrypto.getRandomValues(new Uint8Array(16));
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(await derive(webCrypto, secret, salt, iterations)) };
}

/** Whether the secret matches the record (compared in full, not stopping at the first difference). */
async function verifySecret(record: PinRecord, secret: string, webCrypto: Crypto): Promise<boolean> {
  const derived = await derive(webCrypto, secret, fromBase64(record.salt), record.iterations);
  const expected = fromBase64(record.hash);
  if (derived.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < derived.length; i += 1) difference |= (derived[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}

/** A new record for a PIN, with a fresh random salt. Throws on a PIN of the wrong form. */
export async function hashPin(pin: string, webCrypto: Crypto = globalThis.crypto, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  if (!isValidPin(pin)) throw new Error('A PIN is 4 to 8 digits');
  return hashSecret(pin, webCrypto, iterations);
}

/** Whether the PIN matches the record. */
export async function verifyPin(record: PinRecord, pin: string, webCrypto: Crypto = globalThis.crypto): Promise<boolean> {
  return isValidPin(pin) && verifySecret(record, pin, webCrypto);
}

/*
 * The recovery code: shown once when a PIN is set, to be written down and kept away from the
 * laptop. It unlocks a laptop whose PIN nobody remembers; without it, the only way in would be
 * to clear the browser's data, and in browser mode the backups with it. 16 letters and digits
 * of Crockford's alphabet (no I, L, O, U), 80 random bits: too many to guess, even at the desk.
 */
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_LENGTH = 16;

/** A fresh recovery code, as shown: four groups of four ("7K2M-Q9XD-..."). */
export function makeRecoveryCode(webCrypto: Crypto = globalThis.crypto): string {
  const bytes = webCrypto.getRandomValues(new Uint8Array(RECOVERY_LENGTH));
  // 32 letters: the low five bits of each random byte are uniform.
  const code = [...bytes].map((b) => RECOVERY_ALPHABET[b & 31] as string).join('');
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/** A code as typed: case, spaces and dashes left out; letters read the same as digits (O 0, I L 1). */
export function normaliseRecoveryCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function isRecoveryCodeShaped(typed: string): boolean {
  const code = normaliseRecoveryCode(typed);
  return code.length === RECOVERY_LENGTH && [...code].every((c) => RECOVERY_ALPHABET.includes(c));
}

/** A new record for a recovery code (only its hash is kept, like the PIN's). */
export async function hashRecoveryCode(code: string, webCrypto: Crypto = globalThis.crypto, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  if (!isRecoveryCodeShaped(code)) throw new Error('Not a recovery code');
  return hashSecret(normaliseRecoveryCode(code), webCrypto, iterations);
}

/** Whether the code typed is the one the record was made from. */
export async function verifyRecoveryCode(record: PinRecord, typed: string, webCrypto: Crypto = globalThis.crypto): Promise<boolean> {
  return isRecoveryCodeShaped(typed) && verifySecret(record, normaliseRecoveryCode(typed), webCrypto);
}

/** Reads a stored value back as a record; null for anything else (no PIN set). */
export function parsePinRecord(value: unknown): PinRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.algorithm !== 'PBKDF2-SHA-256' || typeof v.salt !== 'string' || typeof v.hash !== 'string') return null;
  if (typeof v.iterations !== 'number' || !Number.isInteger(v.iterations) || v.iterations < 1) return null;
  return { algorithm: 'PBKDF2-SHA-256', iterations: v.iterations, salt: v.salt, hash: v.hash };
}
