/**
 * The laptop's backup key: made on first use, kept in a small key file, handed out to seal and
 * open backups. Where it is kept, and what protects it, depends on the host (side effects come
 * in as parameters, so main and the browser Host share this and tests use fakes):
 * - Electron: the key file holds the key encrypted by the operating system (`safeStorage`:
 *   the macOS Keychain, Windows DPAPI, the Linux secret service), never the key itself;
 * - browser mode: the key file sits in the origin-private file system beside the backups.
 *
 * The key can also be wrapped by a recovery code, shown once: that wrap travels in every backup
 * sealed afterwards, so a backup opens on another laptop with the code.
 */
import { z } from 'zod';
import { fromBase64, makeRecoveryWrap, newRawKey, toBase64, type BackupKey, type RecoveryWrap, type WebCrypto } from './sealed-file';

/** What keeps the key: tells the user, in words, what protects the backups. */
export type BackupKeyProtection =
  /** Electron: the operating system's keychain (safeStorage). */
  | 'os-keychain'
  /** Electron on a system without a keychain: the key file holds the key itself. */
  | 'key-file-only'
  /** Browser mode: the browser's storage for this site. */
  | 'browser-storage';

export interface BackupKeyStatus {
  protection: BackupKeyProtection;
  /** Null until the first backup makes the key. */
  keyId: string | null;
  /** When the current recovery code was set (epoch ms); null when there is none. */
  recoverySetAt: number | null;
}

export interface KeyringDeps {
  /** The key file's text; null when there is none yet. */
  load(): Promise<string | null>;
  save(text: string): Promise<void>;
  /** Electron: safeStorage.encryptString (as base64). Browser: nothing to do. */
  protect(raw: Uint8Array<ArrayBuffer>): Promise<string>;
  unprotect(stored: string): Promise<Uint8Array<ArrayBuffer>>;
  protection: BackupKeyProtection;
  crypto: WebCrypto;
  now(): number;
}

const keyFileSchema = z.strictObject({
  format: z.literal('session-desk/backup-key'),
  version: z.literal(1),
  keyId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  /** The key as `protect` left it. */
  key: z.string().min(1),
  createdAt: z.number(),
  recovery: z
    .strictObject({
      kdf: z.strictObject({ name: z.literal('PBKDF2-SHA-256'), iterations: z.number().int().positive(), salt: z.string() }),
      backupKey: z.strictObject({ iv: z.string(), key: z.string() }),
    })
    .nullable(),
  recoverySetAt: z.number().nullable(),
});
type KeyFile = z.infer<typeof keyFileSchema>;

export interface BackupKeyring {
  /** The key, made (and saved) on first use. */
  key(): Promise<BackupKey>;
  status(): Promise<BackupKeyStatus>;
  /** Wraps the key with a new recovery code (normalised by the caller); later backups carry it. */
  setRecoveryCode(code: string): Promise<BackupKeyStatus>;
}

function newKeyId(webCrypto: WebCrypto): string {
  return [...webCrypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createBackupKeyring(deps: KeyringDeps, iterations?: number): BackupKeyring {
  let cached: { file: KeyFile; key: BackupKey } | null = null;
  // One at a time: two backups at once must not each make a key.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function read(): Promise<{ file: KeyFile; key: BackupKey } | null> {
    if (cached) return cached;
    const text = await deps.load();
    // Empty: a first save that failed half-way (a full disk leaves the file created, nothing in
    // it). It never held a key, so no backup was sealed with it: a new key is made.
    if (text === null || text.trim() === '') return null;
    let file: KeyFile;
    try {
      file = keyFileSchema.parse(JSON.parse(text));
    } catch {
      // Never replaced silently: the backups sealed with it would be lost with it.
      throw new Error('The backup key file is damaged; the backups sealed with it open only with their recovery code.');
    }
    const raw = await deps.unprotect(file.key);
    cached = { file, key: { id: file.keyId, raw, recovery: file.recovery as RecoveryWrap | null } };
    return cached;
  }

  async function write(file: KeyFile, raw: Uint8Array<ArrayBuffer>): Promise<{ file: KeyFile; key: BackupKey }> {
    await deps.save(`${JSON.stringify(file, null, 1)}\n`);
    cached = { file, key: { id: file.keyId, raw, recovery: file.recovery as RecoveryWrap | null } };
    return cached;
  }

  async function ensure(): Promise<{ file: KeyFile; key: BackupKey }> {
    const found = await read();
    if (found) return found;
    const raw = newRawKey(deps.crypto);
    const file: KeyFile = {
      format: 'session-desk/backup-key',
      version: 1,
      keyId: newKeyId(deps.crypto),
      key: await deps.protect(raw),
      createdAt: deps.now(),
      recovery: null,
      recoverySetAt: null,
    };
    return write(file, raw);
  }

  const statusOf = (file: KeyFile | null): BackupKeyStatus => ({
    protection: deps.protection,
    keyId: file?.keyId ?? null,
    recoverySetAt: file?.recoverySetAt ?? null,
  });

  return {
    key: () => serial(async () => (await ensure()).key),
    status: () => serial(async () => statusOf((await read())?.file ?? null)),
    setRecoveryCode: (code) =>
      serial(async () => {
        const { file, key } = await ensure();
        const recovery = await makeRecoveryWrap(key.raw, code, deps.crypto, iterations);
        const next = await write({ ...file, recovery, recoverySetAt: deps.now() }, key.raw);
        return statusOf(next.file);
      }),
  };
}

/** For hosts whose key file holds the key itself (browser mode, or no OS keychain). */
export const storeKeyAsIs = {
  protect: async (raw: Uint8Array<ArrayBuffer>) => toBase64(raw),
  unprotect: async (stored: string) => fromBase64(stored),
};
