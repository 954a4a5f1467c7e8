import type { AppInfo, FileFilter, OpenFileRequest, OpenFileResult, SaveFileRequest } from '../../../common/bridge-contract';
import { createBackupKeyring, storeKeyAsIs } from '../../../common/backup-keyring';
import { createBackupStore, type BackupFolderFs } from '../../../common/backup-store';
import type { Host } from './host';
import { createBrowserSharing } from './browser-sharing';

/** Same check as main's isSafeExternalUrl: only plain http(s) links leave the app. */
function isSafeExternalUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: Chromium reads the blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
}

function pickFile(request: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(request.filters);
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    const done = (result: OpenFileResult): void => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => done({ opened: false, reason: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done({ opened: false, reason: 'cancelled' });
      // Check the size before reading: a 50 MB file must not be pulled into memory.
      if (file.size > request.maxBytes) return done({ opened: false, reason: 'too-large', name: file.name, size: file.size });
      file.arrayBuffer().then(
        (buffer) => done({ opened: true, name: file.name, bytes: new Uint8Array(buffer) }),
        () => done({ opened: false, reason: 'cancelled' }),
      );
    });
    document.body.append(input);
    input.click();
  });
}

/** Prints a complete HTML document through a hidden iframe and the browser's print dialog. */
function printThroughIframe(html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.title = 'Print preview';
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0;';
    frame.srcdoc = html;
    frame.addEventListener('load', () => {
      const target = frame.contentWindow;
      if (!target) {
        frame.remove();
        return resolve();
      }
      target.addEventListener('afterprint', () => {
        frame.remove();
        resolve();
      });
      target.focus();
      target.print();
    });
    document.body.append(frame);
  });
}

/** The origin-private file system's backups folder: invisible to other sites, kept with the site's data. */
async function backupsFolder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle('backups', { create: true });
}

async function folderNames(folder: FileSystemDirectoryHandle): Promise<string[]> {
  const names: string[] = [];
  for await (const name of (folder as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }).keys()) names.push(name);
  return names;
}

async function writeWhole(folder: FileSystemDirectoryHandle, fileName: string, text: string): Promise<void> {
  const handle = await folder.getFileHandle(fileName, { create: true });
  // createWritable writes to a swap file and replaces the file on close: no half files.
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
}

const opfsBackups: BackupFolderFs = {
  list: async () => folderNames(await backupsFolder()),
  stat: async (fileName) => {
    const file = await (await (await backupsFolder()).getFileHandle(fileName)).getFile();
    return { size: file.size, modifiedAt: file.lastModified };
  },
  read: async (fileName) => (await (await (await backupsFolder()).getFileHandle(fileName)).getFile()).text(),
  write: async (fileName, text) => writeWhole(await backupsFolder(), fileName, text),
  remove: async (fileName) => (await backupsFolder()).removeEntry(fileName),
};

/** The backup key's file, in the origin-private file system beside the backups folder (not in it). */
const KEY_FILE = 'backup-key.json';

async function readKeyFile(): Promise<string | null> {
  const root = await navigator.storage.getDirectory();
  try {
    return await (await (await root.getFileHandle(KEY_FILE)).getFile()).text();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') return null;
    throw error;
  }
}

/** Two console tabs must not each make a backup key: one at a time across the site's tabs. */
function acrossTabs<T>(task: () => Promise<T>): Promise<T> {
  return navigator.locks ? navigator.locks.request('session-desk-backup-key', task) : task();
}

function createBrowserBackups() {
  const keyring = createBackupKeyring({
    load: readKeyFile,
    save: async (text) => writeWhole(await navigator.storage.getDirectory(), KEY_FILE, text),
    ...storeKeyAsIs,
    protection: 'browser-storage',
    crypto: globalThis.crypto,
    now: () => Date.now(),
  });
  return createBackupStore({
    fs: opfsBackups,
    keyring,
    crypto: globalThis.crypto,
    now: () => Date.now(),
    log: (message) => console.warn(message),
  });
}

export function createBrowserHost(version: string): Host {
  let displayWindow: Window | null = null;
  const backups = createBrowserBackups();
  return {
    shell: 'browser',
    async appInfo(): Promise<AppInfo> {
      return { version, dataFolder: null, platform: navigator.platform || 'web', shell: 'browser' };
    },
    async saveFile(request: SaveFileRequest) {
      const blob = new Blob([request.data as BlobPart], { type: request.mimeType });
      downloadBlob(blob, request.suggestedName);
      return { saved: true, path: null };
    },
    openFile: pickFile,
    async listPrinters() {
      return [];
    },
    async print(request) {
      await printThroughIframe(request.html);
      return { printed: true };
    },
    async printToPdf(request) {
      await printThroughIframe(request.html);
      return { saved: 'via-print-dialog' };
    },
    async openRoomDisplay() {
      const url = `${location.pathname}${location.search}#/display`;
      if (displayWindow && !displayWindow.closed) {
        displayWindow.focus();
        return;
      }
      displayWindow = window.open(url, 'session-desk-room-display');
    },
    async closeRoomDisplay() {
      displayWindow?.close();
      displayWindow = null;
    },
    async writeBackup(request) {
      const { fileName } = await acrossTabs(() => backups.write(request));
      return { fileName, path: `backups/${fileName}` };
    },
    listBackups: () => backups.list(),
    readBackup: (fileName) => backups.read(fileName),
    deleteBackup: (fileName) => backups.remove(fileName),
    async pruneBackups() {
      await acrossTabs(() => backups.prune());
    },
    backupKeyStatus: () => backups.status(),
    setBackupRecoveryCode: (code) => acrossTabs(() => backups.setRecoveryCode(code)),
    openSealed: (text) => acrossTabs(() => backups.open(text)),
    sealWithBackupKey: (json) => acrossTabs(() => backups.seal(json)),
    async openExternal(url) {
      if (!isSafeExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    async logError(message) {
      console.error(message);
    },
    async diskSpace() {
      return null;
    },
    onQuit(finalBackup) {
      // pagehide, not beforeunload: it also fires when the tab is discarded or the page bfcached.
      window.addEventListener('pagehide', () => {
        void finalBackup().catch((error: unknown) => console.error('Final backup failed', error));
      });
    },
    sharing: createBrowserSharing(),
  };
}
