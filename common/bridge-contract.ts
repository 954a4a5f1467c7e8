/**
 * The contract between the Electron preload bridge and the renderer.
 *
 * The preload exposes exactly one object, `window.sessionDesk`, of type `SessionDeskBridge`.
 * Main registers one IPC handler per channel in `IPC_CHANNELS` and parses every payload
 * before use. Types only: this file is imported by main, preload and renderer alike.
 */

import type { BackupReason } from './backup-files';
import type { BackupKeyStatus } from './backup-keyring';
import type { OpenSealedResult, StoredBackup } from './backup-store';

export type { BackupReason } from './backup-files';
export type { BackupKeyProtection, BackupKeyStatus } from './backup-keyring';
export type { OpenSealedResult } from './backup-store';

export const IPC_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  listPrinters: 'print:list-printers',
  printHtml: 'print:html',
  printToPdf: 'print:pdf',
  openRoomDisplay: 'room-display:open',
  closeRoomDisplay: 'room-display:close',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  deleteBackup: 'backup:delete',
  pruneBackups: 'backup:prune',
  backupKeyStatus: 'backup:key-status',
  setBackupRecoveryCode: 'backup:set-recovery-code',
  openSealed: 'sealed:open',
  sealWithBackupKey: 'sealed:seal',
  openExternal: 'shell:open-external',
  diskSpace: 'disk:space',
  logError: 'log:error',
  awaitQuit: 'app:await-quit',
  quitReady: 'app:quit-ready',
  sharingInfo: 'sync:info',
  startHub: 'sync:start-hub',
  stopHub: 'sync:stop-hub',
  allowHubs: 'sync:allow-hubs',
} as const;

/** What this station can do on the venue network. */
export interface SharingInfo {
  /** Whether this station can run a hub (Electron; browser mode when its server was started with --hub). */
  canHost: boolean;
  /** "host:port" of this station's hub while it runs, as other stations reach it; else null. */
  address: string | null;
  /** The series (fingerprints) its hub shares now. */
  shared: string[];
}

export interface StartHubRequest {
  fingerprint: string;
  /** The pairing secret, Crockford base32 (26 characters). */
  secret: string;
  /** The store's schema version: stations of another version are refused. */
  dataFormat: number;
  /** The port to listen on (Electron; browser mode keeps its server's). */
  port: number;
}

export type StartHubResult = { ok: true; address: string } | { ok: false; reason: 'port-in-use' | 'not-available' | 'failed'; detail: string };

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

export interface AppInfo {
  version: string;
  /** Absolute path of the folder that holds backups and logs; null in browser mode. */
  dataFolder: string | null;
  platform: string;
  /** 'electron' or 'browser': which Host answered. */
  shell: 'electron' | 'browser';
}

export interface FileFilter {
  /** Shown in the OS dialog, e.g. "Spreadsheets". */
  name: string;
  /** Extensions without the dot, e.g. ["csv", "xlsx"]. */
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  mimeType: string;
  filters: FileFilter[];
  /** Text is written as UTF-8; bytes are written as they are. */
  data: string | Uint8Array;
}

export type SaveFileResult = { saved: true; path: string | null } | { saved: false };

export interface OpenFileRequest {
  filters: FileFilter[];
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
}

export type OpenFileResult =
  | { opened: true; name: string; bytes: Uint8Array }
  | { opened: false; reason: 'cancelled' }
  | { opened: false; reason: 'too-large'; name: string; size: number };

export interface PrinterInfo {
  name: string;
  displayName: string;
  isDefault: boolean;
}

export type PageSize = 'A4' | 'Letter' | 'A6';

export interface PrintHtmlRequest {
  /** A complete HTML document; it is loaded in a hidden, hardened window. */
  html: string;
  pageSize: PageSize;
  landscape: boolean;
  /** Printer name from listPrinters(); absent means ask the user. */
  printerName?: string;
  copies?: number;
}

export type PrintResult = { printed: true } | { printed: false; reason: string };

export interface PrintToPdfRequest {
  html: string;
  pageSize: PageSize;
  landscape: boolean;
  suggestedName: string;
}

export interface WriteBackupRequest {
  /** The series the snapshot is of: part of the file's name, which main makes (with its own clock). */
  seriesId: string;
  reason: BackupReason;
  /** The event file as text; sealed with the laptop's backup key before it reaches the disk. */
  json: string;
}

export interface WriteBackupResult {
  fileName: string;
  /** Where it was written: a path in Electron, a place in the origin-private file system in browser mode. */
  path: string;
}

/** One backup kept (common/backup-store.ts). */
export type BackupFileInfo = StoredBackup;

/** Space on the disk that holds the data folder (fs.statfs), in bytes. */
export interface DiskSpace {
  freeBytes: number;
  totalBytes: number;
}

export interface SessionDeskBridge {
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  listPrinters(): Promise<PrinterInfo[]>;
  printHtml(request: PrintHtmlRequest): Promise<PrintResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  openRoomDisplay(): Promise<void>;
  closeRoomDisplay(): Promise<void>;
  /** Names, seals and writes a snapshot, then deletes older backups the retention rule lets go (common/backup-files.ts). */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** The backups in the data folder, newest first. */
  listBackups(): Promise<BackupFileInfo[]>;
  /** One backup's text (sealed), by its bare file name. */
  readBackup(fileName: string): Promise<string>;
  deleteBackup(fileName: string): Promise<void>;
  /** Applies the retention rule now (expired backups go) and seals backups written in clear by an older version. */
  pruneBackups(): Promise<void>;
  /** What protects the backup key, and whether a recovery code is set. */
  backupKeyStatus(): Promise<BackupKeyStatus>;
  /** Wraps the backup key with a new recovery code (normalised: 16 letters and digits). */
  setBackupRecoveryCode(code: string): Promise<BackupKeyStatus>;
  /** Opens a file sealed with this laptop's backup key. */
  openSealed(text: string): Promise<OpenSealedResult>;
  /** Seals an event file with this laptop's backup key (an export without a passphrase). */
  sealWithBackupKey(json: string): Promise<string>;
  openExternal(url: string): Promise<boolean>;
  /** Free and total space of the disk holding the data folder. */
  diskSpace(): Promise<DiskSpace>;
  /** Appends a line to the app's log (logs/ in the data folder): a write that failed, a screen that stopped. */
  logError(message: string): Promise<void>;
  /**
   * Settles when the console window starts to close (quit): the renderer then writes its
   * final backup and calls quitReady. Main closes anyway after a few seconds.
   */
  awaitQuit(): Promise<void>;
  quitReady(): Promise<void>;
  /** The venue network: whether a hub runs here, and where. */
  sharingInfo(): Promise<SharingInfo>;
  /** Starts (or keeps) this station's hub on the LAN interface and shares the series there. */
  startHub(request: StartHubRequest): Promise<StartHubResult>;
  /** Stops sharing the series; closes the hub when it shares nothing else. */
  stopHub(fingerprint: string): Promise<void>;
  /**
   * The hubs ("host:port") this station may connect to: main names them, and only them, in the
   * CSP's connect-src. A policy holds for the page it came with: true when the window must load
   * again to reach a hub it did not name yet.
   */
  allowHubs(addresses: string[]): Promise<boolean>;
}

declare global {
  interface Window {
    /** Present only in Electron, put there by the preload bridge. */
    sessionDesk?: SessionDeskBridge;
  }
}
