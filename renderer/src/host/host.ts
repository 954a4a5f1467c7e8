/**
 * Everything the renderer asks of the operating system. Features call these methods and
 * never touch Electron, the file system or `window.print` themselves.
 */
import type {
  AppInfo,
  BackupFileInfo,
  OpenFileRequest,
  OpenFileResult,
  PrinterInfo,
  PrintHtmlRequest,
  PrintResult,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
  WriteBackupRequest,
} from './bridge-contract';

export type {
  AppInfo,
  BackupFileInfo,
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
} from './bridge-contract';

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
  openDisplay(): Promise<void>;
  closeDisplay(): Promise<void>;
  /** Electron: the data folder's backups/; browser: the origin-private file system. */
  writeBackup(request: WriteBackupRequest): Promise<{ path: string | null }>;
  /** The automatic backups kept, newest first. */
  listBackups(): Promise<BackupFileInfo[]>;
  readBackup(fileName: string): Promise<string>;
  openExternal(url: string): Promise<boolean>;
}
