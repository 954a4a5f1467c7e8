/**
 * The backups folder, whoever holds it: Electron main (the data folder's backups/) or the
 * browser Host (the origin-private file system). Names each backup with the host's clock,
 * seals it with the laptop's backup key before it reaches the disk, and prunes by the rules of
 * common/backup-files.ts. The file system and the keyring come in as parameters.
 */
import { BACKUP_REASONS, backupExpiresAt, backupFileName, backupsToDelete, byNewest, parseBackupFileName, type BackupReason } from './backup-files';
import type { BackupKeyring, BackupKeyStatus } from './backup-keyring';
import { isSealedFileError, isSealedText, openWithBackupKey, readSealedFile, sealWithBackupKey, type SealedErrorCode, type WebCrypto } from './sealed-file';

export interface BackupFolderFs {
  /** Bare names of the files in the folder. */
  list(): Promise<string[]>;
  stat(fileName: string): Promise<{ size: number; modifiedAt: number }>;
  read(fileName: string): Promise<string>;
  /** Replaces the file whole (temporary file and rename, or the OPFS swap file). */
  write(fileName: string, text: string): Promise<void>;
  remove(fileName: string): Promise<void>;
}

export interface BackupRequest {
  seriesId: string;
  reason: BackupReason;
  /** The event file, as text: sealed here before it is written. */
  json: string;
}

export interface StoredBackup {
  fileName: string;
  seriesId: string;
  /** When the host wrote it (epoch ms). */
  at: number;
  reason: BackupReason;
  /** When it is deleted by itself (the backup before a purge); null otherwise. */
  expiresAt: number | null;
  size: number;
}

export type OpenSealedResult = { opened: true; text: string } | { opened: false; reason: SealedErrorCode };

export interface BackupStoreDeps {
  fs: BackupFolderFs;
  keyring: BackupKeyring;
  crypto: WebCrypto;
  now(): number;
  log(message: string): void;
}

export function isBackupReason(value: unknown): value is BackupReason {
  return typeof value === 'string' && (BACKUP_REASONS as readonly string[]).includes(value);
}

export function createBackupStore(deps: BackupStoreDeps) {
  const { fs, keyring } = deps;

  async function seal(json: string): Promise<string> {
    return sealWithBackupKey(json, await keyring.key(), deps.crypto);
  }

  async function prune(): Promise<number> {
    const doomed = backupsToDelete(await fs.list(), deps.now());
    for (const name of doomed) await fs.remove(name);
    return doomed.length;
  }

  return {
    /** Seals and writes one backup, then prunes. A failed prune is logged: the backup itself is safe. */
    async write(request: BackupRequest): Promise<{ fileName: string }> {
      const fileName = backupFileName(request.seriesId, deps.now(), request.reason);
      await fs.write(fileName, await seal(request.json));
      try {
        await prune();
      } catch (error) {
        deps.log(`backup clean-up failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { fileName };
    },

    /** The backups kept, newest first; other files are not listed. */
    async list(): Promise<StoredBackup[]> {
      const backups: StoredBackup[] = [];
      for (const fileName of await fs.list()) {
        const name = parseBackupFileName(fileName);
        if (!name) continue;
        const { size } = await fs.stat(fileName);
        backups.push({ fileName, seriesId: name.seriesId, at: name.at, reason: name.reason, expiresAt: backupExpiresAt(name), size });
      }
      return backups.sort(byNewest);
    },

    async read(fileName: string): Promise<string> {
      if (!parseBackupFileName(fileName)) throw new Error('not a backup name');
      return fs.read(fileName);
    },

    async remove(fileName: string): Promise<void> {
      if (!parseBackupFileName(fileName)) throw new Error('not a backup name');
      await fs.remove(fileName);
    },

    /**
     * Deletes what the rules no longer keep, and seals the backups an older version wrote in
     * clear (they hold names): run when the app starts, so that expiry does not wait for a change.
     */
    async prune(): Promise<{ deleted: number; sealed: number }> {
      const deleted = await prune();
      let sealed = 0;
      for (const fileName of await fs.list()) {
        if (!parseBackupFileName(fileName)) continue;
        const text = await fs.read(fileName);
        if (isSealedText(text)) continue;
        await fs.write(fileName, await seal(text));
        sealed += 1;
      }
      return { deleted, sealed };
    },

    seal,

    /** Opens a file sealed with this laptop's backup key; says why not otherwise (never throws for a bad file). */
    async open(text: string): Promise<OpenSealedResult> {
      try {
        return { opened: true, text: await openWithBackupKey(readSealedFile(text), await keyring.key(), deps.crypto) };
      } catch (error) {
        if (isSealedFileError(error)) return { opened: false, reason: error.code };
        throw error;
      }
    },

    status: (): Promise<BackupKeyStatus> => keyring.status(),
    setRecoveryCode: (code: string): Promise<BackupKeyStatus> => keyring.setRecoveryCode(code),
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
