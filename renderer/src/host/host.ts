/**
 * Everything the renderer asks of the operating system. Features call these methods and
 * never touch Electron, the file system or `window.print` themselves.
 */
import type {
  AppInfo,
  BackupFileInfo,
  BackupKeyStatus,
  OpenSealedResult,
  DiskSpace,
  OpenFileRequest,
  OpenFileResult,
  PrinterInfo,
  PrintHtmlRequest,
  PrintResult,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
  SharingInfo,
  StartHubRequest,
  StartHubResult,
  WriteBackupRequest,
  WriteBackupResult,
} from '../../../common/bridge-contract';

export type {
  SharingInfo,
  StartHubRequest,
  StartHubResult,
  AppInfo,
  BackupFileInfo,
  BackupKeyProtection,
  BackupKeyStatus,
  BackupReason,
  OpenSealedResult,
  DiskSpace,
  FileFilter,
  OpenFileRequest,
  OpenFileResult,
  PageSize,
  PrinterInfo,
  PrintHtmlRequest,
  PrintResult,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
  WriteBackupRequest,
} from '../../../common/bridge-contract';

/** Browser mode cannot write a PDF itself: it opens the print dialog, where the user picks "Save as PDF". */
export type PdfResult = SaveFileResult | { saved: 'via-print-dialog' };

export interface Host {
  readonly shell: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** Empty in browser mode: the print dialog lists the printers there. */
  listPrinters(): Promise<PrinterInfo[]>;
  print(request: PrintHtmlRequest): Promise<PrintResult>;
  printToPdf(request: PrintToPdfRequest): Promise<PdfResult>;
  openRoomDisplay(): Promise<void>;
  closeRoomDisplay(): Promise<void>;
  /**
   * Electron: the data folder's backups/; browser: the origin-private file system. The host
   * names the file with its own clock and seals it with the laptop's backup key.
   */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** The backups kept, newest first. */
  listBackups(): Promise<BackupFileInfo[]>;
  /** A backup's text, sealed. */
  readBackup(fileName: string): Promise<string>;
  deleteBackup(fileName: string): Promise<void>;
  /** Deletes what the retention rule no longer keeps (run at start) and seals backups kept in clear. */
  pruneBackups(): Promise<void>;
  /** What protects the backups: shown on screen, in words. */
  backupKeyStatus(): Promise<BackupKeyStatus>;
  /** A new recovery code (normalised) for the backup key: backups written from now on open with it anywhere. */
  setBackupRecoveryCode(code: string): Promise<BackupKeyStatus>;
  /** Opens a file sealed with this laptop's backup key; says why not otherwise. */
  openSealed(text: string): Promise<OpenSealedResult>;
  /** Seals an event file with this laptop's backup key. */
  sealWithBackupKey(json: string): Promise<string>;
  openExternal(url: string): Promise<boolean>;
  /** Space on the data folder's disk (Electron); null in browser mode, where only the quota is known. */
  diskSpace(): Promise<DiskSpace | null>;
  /** Electron: a line in logs/ of the data folder; browser: the console. */
  logError(message: string): Promise<void>;
  /**
   * Runs `finalBackup` when the app is about to close. Electron: main holds the console's close
   * until it is done (or a timeout). Browser: on `pagehide`, best effort (the page may be gone
   * before an asynchronous write ends; the automatic and visibility backups cover the rest).
   */
  onQuit(finalBackup: () => Promise<void>): void;
  /** The venue network (docs/sync.md). */
  sharing: SharingHost;
}

/** Where a station's sync socket goes: y-websocket's server URL and its query parameters. */
export interface SyncEndpoint {
  serverUrl: string;
  params: Record<string, string>;
}

export interface SharingHost {
  info(): Promise<SharingInfo>;
  startHub(request: StartHubRequest): Promise<StartHubResult>;
  stopHub(fingerprint: string): Promise<void>;
  /** The socket for a hub at `hub` ("host:port"): direct in Electron; through the page's own server in browser mode. */
  endpoint(hub: string, fingerprint: string, dataFormat: number, info: SharingInfo): SyncEndpoint;
  /** Electron: lets the CSP reach these hubs. Browser: nothing to do (the page's own server relays). */
  allowHubs(addresses: string[]): Promise<void>;
}
