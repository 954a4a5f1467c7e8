/**
 * Sealed files: an event file (a backup, or an export) encrypted with AES-256-GCM through
 * WebCrypto, in a small JSON envelope. Shared by Electron main, the browser Host and the
 * renderer; WebCrypto comes in as a parameter (the global `crypto` in both runtimes).
 *
 * Each file has its own random content key, which encrypts the event file. The content key is
 * itself encrypted ("wrapped") by one lock:
 * - `passphrase`: a key derived from a passphrase with PBKDF2-SHA-256 (600,000 iterations);
 * - `backup-key`: the laptop's backup key (kept by the operating system in Electron). The file
 *   also carries the backup key wrapped by a key derived from the backup recovery code, so
 *   that the file opens on another laptop with that code when this one is lost.
 *
 * Wrapping the content key separately lets the app tell a wrong passphrase or code (the content
 * key does not unwrap) from a damaged file (it unwraps, but the data then fails its GCM check).
 * The envelope is documented in docs/event-file.md.
 */
import { z } from 'zod';

export const SEALED_FORMAT = 'session-desk/sealed';
export const SEALED_VERSION = 1;
/** What a sealed file holds: always an event file (docs/event-file.md). */
export const SEALED_CONTENTS = 'session-desk/event';
/** OWASP's figure for PBKDF2-HMAC-SHA-256 (2023): slow enough to make guessing a passphrase costly. */
export const KDF_ITERATIONS = 600_000;
/** A file asking for more would keep the app busy for minutes: refused as damaged. */
const MAX_KDF_ITERATIONS = 10_000_000;
/** Sealed text larger than this is not read (an event file is at most 128 MiB; base64 adds a third). */
export const SEALED_MAX_LENGTH = 180 * 1024 * 1024;

export type SealedErrorCode =
  /** Not a sealed file that this app can read, or its data fails its integrity check. */
  | 'damaged'
  /** A sealed file from a newer app. */
  | 'newer-version'
  /** The passphrase or recovery code does not open it. */
  | 'wrong-secret'
  /** Sealed with the backup key of another laptop (or an older key): the recovery code opens it. */
  | 'other-key';

export class SealedFileError extends Error {
  override readonly name = 'SealedFileError';
  constructor(
    readonly code: SealedErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isSealedFileError(error: unknown): error is SealedFileError {
  return error instanceof SealedFileError;
}

/** The part of WebCrypto used here: the browser's `crypto` and Node's `globalThis.crypto` both fit. */
export type WebCrypto = Pick<typeof globalThis.crypto, 'subtle' | 'getRandomValues'>;
/** WebCrypto's key type, named the same way in Node's and the DOM's typings. */
type CryptoKey = Awaited<ReturnType<WebCrypto['subtle']['importKey']>>;

// Base64 without Buffer (not in the browser) and without btoa on huge strings (chunked).
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const kdfSchema = z.strictObject({
  name: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(1).max(MAX_KDF_ITERATIONS),
  salt: base64,
});
const wrappedSchema = z.strictObject({ iv: base64, key: base64 });
const recoverySchema = z.strictObject({ kdf: kdfSchema, backupKey: wrappedSchema });
const lockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('passphrase'), kdf: kdfSchema, contentKey: wrappedSchema }),
  z.strictObject({
    kind: z.literal('backup-key'),
    keyId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
    contentKey: wrappedSchema,
    recovery: recoverySchema.nullable(),
  }),
]);
const sealedSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  formatVersion: z.literal(SEALED_VERSION),
  contents: z.literal(SEALED_CONTENTS),
  cipher: z.literal('AES-256-GCM'),
  lock: lockSchema,
  iv: base64,
  data: base64,
});

export type KdfParams = z.infer<typeof kdfSchema>;
export type WrappedKey = z.infer<typeof wrappedSchema>;
/** The backup key wrapped by the recovery code's key: travels in every file sealed with that key. */
export type RecoveryWrap = z.infer<typeof recoverySchema>;
export type SealedLock = z.infer<typeof lockSchema>;
export type SealedFile = z.infer<typeof sealedSchema>;

/** A laptop's backup key, as the keyring hands it out. */
export interface BackupKey {
  id: string;
  raw: Uint8Array<ArrayBuffer>;
  recovery: RecoveryWrap | null;
}

/** Whether a text is a sealed file (cheap: looks at its start only). */
export function isSealedText(text: string): boolean {
  const head = text.slice(0, 400);
  return /^\s*\{/.test(head) && head.includes(`"${SEALED_FORMAT}"`);
}

/** Reads the envelope; throws SealedFileError 'damaged' or 'newer-version'. */
export function readSealedFile(text: string): SealedFile {
  if (text.length > SEALED_MAX_LENGTH) throw new SealedFileError('damaged', 'The encrypted file is too large to be a Session Desk file.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SealedFileError('damaged', 'The encrypted file is cut short or its text is corrupted.');
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['formatVersion'] : undefined;
  if (typeof version === 'number' && version > SEALED_VERSION) {
    throw new SealedFileError('newer-version', `The file was encrypted by a newer version of Session Desk (envelope version ${version}).`);
  }
  const parsed = sealedSchema.safeParse(raw);
  if (!parsed.success) throw new SealedFileError('damaged', 'The encrypted file is damaged: its envelope is not what Session Desk writes.');
  return parsed.data;
}

async function aesKey(webCrypto: WebCrypto, raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return webCrypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

async function encrypt(webCrypto: WebCrypto, key: CryptoKey, plain: Uint8Array<ArrayBuffer>): Promise<{ iv: string; data: string }> {
  const iv = webCrypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await webCrypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return { iv: toBase64(iv), data: toBase64(data) };
}

/** Null when the key is not the one (or the data was changed): GCM's tag does not match. */
async function decrypt(webCrypto: WebCrypto, key: CryptoKey, iv: string, data: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await webCrypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(data)));
  } catch {
    return null;
  }
}

async function wrap(webCrypto: WebCrypto, kek: CryptoKey, raw: Uint8Array<ArrayBuffer>): Promise<WrappedKey> {
  const { iv, data } = await encrypt(webCrypto, kek, raw);
  return { iv, key: data };
}

async function unwrap(webCrypto: WebCrypto, kek: CryptoKey, wrapped: WrappedKey): Promise<Uint8Array<ArrayBuffer> | null> {
  const raw = await decrypt(webCrypto, kek, wrapped.iv, wrapped.key);
  return raw && raw.length === 32 ? raw : null;
}

/** The key a passphrase or recovery code stands for: PBKDF2-SHA-256 over its UTF-8 bytes. */
async function deriveKey(webCrypto: WebCrypto, secret: string, kdf: KdfParams): Promise<CryptoKey> {
  const material = await webCrypto.subtle.importKey('raw', new TextEncoder().encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return webCrypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt), iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function newKdf(webCrypto: WebCrypto, iterations: number): KdfParams {
  return { name: 'PBKDF2-SHA-256', iterations, salt: toBase64(webCrypto.getRandomValues(new Uint8Array(16))) };
}

export function newRawKey(webCrypto: WebCrypto): Uint8Array<ArrayBuffer> {
  return webCrypto.getRandomValues(new Uint8Array(32));
}

async function sealWith(webCrypto: WebCrypto, plain: string, lockFor: (contentKey: Uint8Array<ArrayBuffer>) => Promise<SealedLock>): Promise<string> {
  const contentKey = newRawKey(webCrypto);
  const lock = await lockFor(contentKey);
  const { iv, data } = await encrypt(webCrypto, await aesKey(webCrypto, contentKey), new TextEncoder().encode(plain));
  const file: SealedFile = { format: SEALED_FORMAT, formatVersion: SEALED_VERSION, contents: SEALED_CONTENTS, cipher: 'AES-256-GCM', lock, iv, data };
  return `${JSON.stringify(file, null, 1)}\n`;
}

async function openWithContentKey(webCrypto: WebCrypto, file: SealedFile, contentKey: Uint8Array<ArrayBuffer>): Promise<string> {
  const plain = await decrypt(webCrypto, await aesKey(webCrypto, contentKey), file.iv, file.data);
  if (!plain) throw new SealedFileError('damaged', 'The encrypted file is damaged: its data fails the integrity check.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new SealedFileError('damaged', 'The encrypted file is damaged: its data is not text.');
  }
}

/** Seals a text with a passphrase. */
export async function sealWithPassphrase(
  plain: string,
  passphrase: string,
  webCrypto: WebCrypto = globalThis.crypto,
  iterations = KDF_ITERATIONS,
): Promise<string> {
  return sealWith(webCrypto, plain, async (contentKey) => {
    const kdf = newKdf(webCrypto, iterations);
    return { kind: 'passphrase', kdf, contentKey: await wrap(webCrypto, await deriveKey(webCrypto, passphrase, kdf), contentKey) };
  });
}

/** Seals a text with a laptop's backup key (and its recovery wrap, when there is one). */
export async function sealWithBackupKey(plain: string, key: BackupKey, webCrypto: WebCrypto = globalThis.crypto): Promise<string> {
  return sealWith(webCrypto, plain, async (contentKey) => ({
    kind: 'backup-key',
    keyId: key.id,
    contentKey: await wrap(webCrypto, await aesKey(webCrypto, key.raw), contentKey),
    recovery: key.recovery,
  }));
}

export async function openWithPassphrase(file: SealedFile, passphrase: string, webCrypto: WebCrypto = globalThis.crypto): Promise<string> {
  if (file.lock.kind !== 'passphrase') throw new SealedFileError('other-key', 'This file is not protected by a passphrase.');
  const contentKey = await unwrap(webCrypto, await deriveKey(webCrypto, passphrase, file.lock.kdf), file.lock.contentKey);
  if (!contentKey) throw new SealedFileError('wrong-secret', 'The passphrase does not open this file.');
  return openWithContentKey(webCrypto, file, contentKey);
}

export async function openWithBackupKey(file: SealedFile, key: BackupKey, webCrypto: WebCrypto = globalThis.crypto): Promise<string> {
  if (file.lock.kind !== 'backup-key' || file.lock.keyId !== key.id) throw new SealedFileError('other-key', 'This file was sealed with another backup key.');
  const contentKey = await unwrap(webCrypto, await aesKey(webCrypto, key.raw), file.lock.contentKey);
  if (!contentKey) throw new SealedFileError('damaged', 'The encrypted file is damaged: its key does not unwrap.');
  return openWithContentKey(webCrypto, file, contentKey);
}

/** The backup key wrapped by a recovery code (normalised by the caller), to travel in every backup. */
export async function makeRecoveryWrap(
  raw: Uint8Array<ArrayBuffer>,
  recoveryCode: string,
  webCrypto: WebCrypto = globalThis.crypto,
  iterations = KDF_ITERATIONS,
): Promise<RecoveryWrap> {
  const kdf = newKdf(webCrypto, iterations);
  return { kdf, backupKey: await wrap(webCrypto, await deriveKey(webCrypto, recoveryCode, kdf), raw) };
}

/** Opens a file sealed with a backup key on any laptop, with that key's recovery code (normalised by the caller). */
export async function openWithRecoveryCode(file: SealedFile, recoveryCode: string, webCrypto: WebCrypto = globalThis.crypto): Promise<string> {
  if (file.lock.kind !== 'backup-key') throw new SealedFileError('other-key', 'This file is protected by a passphrase, not by a backup key.');
  const recovery = file.lock.recovery;
  if (!recovery) throw new SealedFileError('wrong-secret', 'This file was sealed before a recovery code was set: it opens only on the laptop that wrote it.');
  const raw = await unwrap(webCrypto, await deriveKey(webCrypto, recoveryCode, recovery.kdf), recovery.backupKey);
  if (!raw) throw new SealedFileError('wrong-secret', 'The recovery code does not open this file.');
  return openWithBackupKey(file, { id: file.lock.keyId, raw, recovery }, webCrypto);
}
