import path from 'node:path';
import { createBackupKeyring, storeKeyAsIs, type BackupKeyProtection, type KeyringDeps } from '../../../../common/backup-keyring';
import { createBackupStore, type BackupFolderFs, type BackupStore } from '../../../../common/backup-store';
import { fromBase64, toBase64, type WebCrypto } from '../../../../common/sealed-file';
import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { backupFileNameRequest, noPayload, openSealedRequest, readBackupRequest, recoveryCodeRequest, sealRequest, writeBackupRequest } from '../schemas';

/** The part of Electron's safeStorage used here (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keychain (a fixed password), so no real protection. */
  getSelectedStorageBackend?(): string;
}

export interface BackupDeps {
  /** <userData>/backups */
  backupsFolder: string;
  /** <userData>/backup-key.json: the backup key as the OS keychain encrypted it. */
  keyFile: string;
  ensureFolder(folder: string): Promise<void>;
  writeFileAtomic(filePath: string, data: string): Promise<void>;
  listFolder(folder: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number; mtimeMs: number }>;
  /** Null when the file does not exist. */
  readText(filePath: string): Promise<string | null>;
  removeFile(filePath: string): Promise<void>;
  safeStorage: SafeStorageLike;
  /** process.platform: only Linux has a choice of keychains. */
  platform: string;
  crypto: WebCrypto;
  now(): number;
  log(message: string): void;
}

/** The path of a bare backup name inside the folder; refuses anything that would leave it. */
function insideBackups(deps: BackupDeps, fileName: string): string {
  const target = path.join(deps.backupsFolder, fileName);
  if (path.dirname(target) !== path.resolve(deps.backupsFolder)) throw new Error('backup name escapes the backups folder');
  return target;
}

/**
 * What keeps the key: the OS keychain when it has one worth the name, else the key file itself
 * (and the Backups card says so). On Linux without a secret service, safeStorage falls back to
 * a password built into Chromium ('basic_text'): that protects nothing, so it is not used.
 */
export function keyProtection(safeStorage: SafeStorageLike, platform: string): Pick<KeyringDeps, 'protect' | 'unprotect' | 'protection'> {
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
  const usable = safeStorage.isEncryptionAvailable() && backend !== 'basic_text' && backend !== 'unknown';
  if (!usable) return { ...storeKeyAsIs, protection: 'key-file-only' satisfies BackupKeyProtection };
  return {
    protection: 'os-keychain',
    protect: async (raw) => `os:${safeStorage.encryptString(toBase64(raw)).toString('base64')}`,
    unprotect: async (stored) => {
      // A key file written while there was no keychain holds the key itself.
      if (!stored.startsWith('os:')) return storeKeyAsIs.unprotect(stored);
      return fromBase64(safeStorage.decryptString(Buffer.from(stored.slice(3), 'base64')));
    },
  };
}

/** The backups folder on the disk, sealed with a key the OS keeps. One per app. */
export function createMainBackupStore(deps: BackupDeps): BackupStore {
  const fs: BackupFolderFs = {
    list: async () => {
      await deps.ensureFolder(deps.backupsFolder);
      return deps.listFolder(deps.backupsFolder);
    },
    stat: async (fileName) => {
      const info = await deps.stat(insideBackups(deps, fileName));
      return { size: info.size, modifiedAt: info.mtimeMs };
    },
    read: async (fileName) => {
      const text = await deps.readText(insideBackups(deps, fileName));
      if (text === null) throw new Error('no such backup');
      return text;
    },
    write: async (fileName, text) => {
      await deps.ensureFolder(deps.backupsFolder);
      await deps.writeFileAtomic(insideBackups(deps, fileName), text);
    },
    remove: (fileName) => deps.removeFile(insideBackups(deps, fileName)),
  };
  const keyring = createBackupKeyring({
    load: () => deps.readText(deps.keyFile),
    save: async (text) => {
      await deps.ensureFolder(path.dirname(deps.keyFile));
      await deps.writeFileAtomic(deps.keyFile, text);
    },
    ...keyProtection(deps.safeStorage, deps.platform),
    crypto: deps.crypto,
    now: deps.now,
  });
  return createBackupStore({ fs, keyring, crypto: deps.crypto, now: deps.now, log: deps.log });
}

/**
 * The backup channels. The schema has already held names to BACKUP_FILE_NAME (no separators,
 * no ".."); the containment check is a second lock. Main names each backup with its own clock.
 */
export function backupHandlers<Event extends IpcEventLike>(store: BackupStore, deps: Pick<BackupDeps, 'backupsFolder'>) {
  return [
    defineHandler('writeBackup', writeBackupRequest, async (request, _event: Event) => {
      const { fileName } = await store.write(request);
      return { fileName, path: path.join(deps.backupsFolder, fileName) };
    }),
    defineHandler('listBackups', noPayload, async (_payload, _event: Event) => store.list()),
    defineHandler('readBackup', readBackupRequest, async (fileName, _event: Event) => store.read(fileName)),
    defineHandler('deleteBackup', backupFileNameRequest, async (fileName, _event: Event) => store.remove(fileName)),
    defineHandler('pruneBackups', noPayload, async (_payload, _event: Event) => {
      await store.prune();
    }),
    defineHandler('backupKeyStatus', noPayload, async (_payload, _event: Event) => store.status()),
    defineHandler('setBackupRecoveryCode', recoveryCodeRequest, async (code, _event: Event) => store.setRecoveryCode(code)),
    defineHandler('openSealed', openSealedRequest, async (text, _event: Event) => store.open(text)),
    defineHandler('sealWithBackupKey', sealRequest, async (json, _event: Event) => store.seal(json)),
  ] as const;
}
