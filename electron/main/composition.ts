import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, screen, session, shell, type IpcMainInvokeEvent } from 'electron';
import { appendFile, open, readFile, rename, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { APP_SCHEME, ROOM_DISPLAY_ROUTE, rendererUrl } from './app-origin';
import { createRendererCrashRecovery, crashNoticeText, type CrashNotice, type RecoverableWindow } from './crash-recovery';
import { buildPathsFrom, dataPathsFrom } from './environment';
import { syncFolder, writeFileAtomic, type AtomicWriteFs, type FileData } from './files/atomic-write';
import { nodeBackupFiles } from './files/node-backup-files';
import { createIpcHandlers } from './ipc/handlers';
import { createMainBackupStore } from './ipc/handlers/backup';
import type { FileDialogOptions } from './ipc/handlers/files';
import { registerIpcHandlers } from './ipc/registry';
import { createFileLogger, type FileLogger } from './logger';
import { createPrintDocumentStore } from './printing/print-documents';
import { createQuitGuard } from './quit-guard';
import { createPrintRunner } from './printing/print-window';
import { createAppProtocolHandler } from './protocol/app-protocol';
import { installPermissionHandlers } from './security/permissions';
import { isTrustedSender } from './security/trusted-sender';
import { openConsoleWindow } from './windows/console-window';
import { createAppWindow, type WindowContext } from './windows/create-window';
import { createRoomDisplayWindowController } from './windows/room-display-window';
import { createHubController, pickLanAddress } from './sync/hub-controller';
import { appCspWithHubs, HUB_PAGE_CSP } from './security/csp';
import { startHubServer } from '../../hub/server';
import { serveBuiltFiles } from '../../hub/static-files';

/**
 * The composition root: the one place where Electron's modules and Node's fs are handed to
 * the functions that need them. Everything it wires is tested on its own with fakes.
 */

export interface AppServicesOptions {
  mainDir: string;
  userData: string;
  version: string;
  platform: string;
  devServerUrl: string | null;
  isPackaged: boolean;
}

const atomicFs: AtomicWriteFs = {
  writeFile: (filePath: string, data: FileData, options: { flush: boolean }) => writeFile(filePath, data, options),
  rename,
  rm,
  syncFolder: (folder) => syncFolder(folder, { open }, process.platform),
};

/** A window that keeps crashing: a native box (its own page is gone), with "Reopen now". */
function showCrashNotice(win: RecoverableWindow, notice: CrashNotice, reloadNow: () => void): void {
  const text = crashNoticeText(notice, app.getLocale());
  const options = { type: 'error' as const, message: text.message, detail: text.detail, buttons: text.buttons, defaultId: 0, cancelId: 1, noLink: true };
  const shown = win instanceof BrowserWindow ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  shown.then(({ response }) => (response === 0 ? reloadNow() : undefined)).catch(() => undefined);
}

function parentWindowOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

async function showSaveDialog(event: IpcMainInvokeEvent, options: FileDialogOptions): Promise<string | null> {
  const parent = parentWindowOf(event);
  const dialogOptions = { ...(options.defaultPath ? { defaultPath: options.defaultPath } : {}), filters: options.filters };
  const result = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function showOpenDialog(event: IpcMainInvokeEvent, options: FileDialogOptions): Promise<string | null> {
  const parent = parentWindowOf(event);
  const dialogOptions = { filters: options.filters, properties: ['openFile' as const] };
  const result = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function createAppServices(options: AppServicesOptions) {
  const build = buildPathsFrom(options.mainDir);
  const data = dataPathsFrom(options.userData);
  const log: FileLogger = createFileLogger({
    filePath: data.logFile,
    appendFile: (filePath, text) => appendFile(filePath, text, 'utf8'),
    ...(options.isPackaged ? {} : { echo: (line: string) => console.log(line) }),
  });

  const context: WindowContext = {
    preloadPath: build.preload,
    devServerUrl: options.devServerUrl,
    devTools: !options.isPackaged,
    log,
    openExternal: (url) => {
      shell.openExternal(url).catch(() => log.warn('could not open a link in the browser'));
    },
    recoverRenderer: createRendererCrashRecovery({
      log,
      now: () => Date.now(),
      schedule: (run, ms) => {
        setTimeout(run, ms);
      },
      tellUser: showCrashNotice,
    }),
  };

  let consoleWindow: BrowserWindow | null = null;
  const liveConsole = (): BrowserWindow | null => (consoleWindow !== null && !consoleWindow.isDestroyed() ? consoleWindow : null);

  const display = createRoomDisplayWindowController({
    createWindow: (bounds) =>
      createAppWindow(
        'room display',
        { ...bounds, show: false, title: 'Session Desk — Room display', backgroundColor: '#000000', autoHideMenuBar: true },
        context,
      ),
    getDisplays: () => screen.getAllDisplays(),
    getPrimaryDisplayId: () => screen.getPrimaryDisplay().id,
    getConsoleDisplayId: () => {
      const win = liveConsole();
      return win ? screen.getDisplayMatching(win.getBounds()).id : undefined;
    },
    url: rendererUrl(options.devServerUrl, ROOM_DISPLAY_ROUTE),
    log,
  });

  const printDocuments = createPrintDocumentStore();
  const withPrintDocument = createPrintRunner({
    store: printDocuments,
    createHiddenWindow: () => createAppWindow('print', { show: false, width: 900, height: 1200 }, context),
    log,
  });

  const writeAtomic = (filePath: string, fileData: FileData) => writeFileAtomic(filePath, fileData, atomicFs);

  // Sharing on the venue network: the hub (docs/sync.md), its data in the data folder, and the
  // hubs the app's CSP names, kept across restarts so a station that paired reaches its hub at once.
  const hubsFile = path.join(options.userData, 'sync-hubs.json');
  const hubs = createHubController({
    startServer: ({ host, port }) =>
      startHubServer({
        host,
        port,
        dataDir: path.join(options.userData, 'hub'),
        serveStatic: serveBuiltFiles(build.rendererRoot, HUB_PAGE_CSP),
        log: (line) => log.info(line),
      }),
    lanAddress: () => pickLanAddress(networkInterfaces()),
    allowedHubs: {
      read: () => {
        try {
          const value: unknown = JSON.parse(readFileSync(hubsFile, 'utf8'));
          return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
        } catch {
          return [];
        }
      },
      write: (list) => writeFileSync(hubsFile, JSON.stringify(list), 'utf8'),
    },
    log,
  });
  const quitGuard = createQuitGuard({ setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout), log });
  // Set by index.ts on 'before-quit': after the final backup, quit again (macOS keeps the app otherwise).
  let quitting: (() => void) | null = null;

  const handlers = createIpcHandlers<IpcMainInvokeEvent>({
    appInfo: { version: options.version, dataFolder: options.userData, platform: options.platform },
    files: {
      showSaveDialog,
      showOpenDialog,
      stat,
      readFile: (filePath) => readFile(filePath),
      writeFileAtomic: writeAtomic,
      baseName: (filePath) => path.basename(filePath),
    },
    printing: {
      getPrinters: (event) => event.sender.getPrintersAsync(),
      withPrintDocument,
      showSaveDialog,
      writeFileAtomic: writeAtomic,
    },
    display: { openRoomDisplay: () => display.open(), closeRoomDisplay: () => display.close() },
    backup: {
      backupsFolder: data.backupsFolder,
      store: createMainBackupStore({
        backupsFolder: data.backupsFolder,
        keyFile: data.backupKeyFile,
        ...nodeBackupFiles,
        writeFileAtomic: writeAtomic,
        safeStorage,
        platform: options.platform,
        crypto: globalThis.crypto,
        now: () => Date.now(),
        log: (message) => log.warn(message),
      }),
    },
    external: { openExternal: (url) => shell.openExternal(url) },
    disk: { dataFolder: options.userData, statfs: (folder) => statfs(folder) },
    quit: { waitForQuit: () => quitGuard.waitForQuit(), finalBackupDone: () => quitGuard.finalBackupDone() },
    log: { error: (message) => log.error(message) },
    sharing: {
      info: () => hubs.info(),
      start: (request) => hubs.start(request),
      stop: (fingerprint) => hubs.stop(fingerprint),
      allowHubs: (list) => hubs.allowHubs(list),
    },
  });

  return {
    log,

    /** Closes the hub on quit: its stations are told it is going (1001) and will look for another. */
    closeHub: () => hubs.close(),

    /** Serves out/renderer (and print documents) on app://session-desk. Call once, when ready. */
    installAppProtocol(): void {
      protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler({
          rootDir: build.rendererRoot,
          readFile: (filePath) => readFile(filePath),
          getPrintDocument: (id) => printDocuments.get(id),
          appCsp: () => appCspWithHubs(hubs.allowed()),
          log,
        }),
      );
    },

    installPermissionHandlers(): void {
      installPermissionHandlers(session.defaultSession, options.devServerUrl, log);
    },

    registerIpc(): () => void {
      return registerIpcHandlers(ipcMain, handlers, {
        isTrustedSender: (event) => isTrustedSender(event, options.devServerUrl),
        log,
      });
    },

    async openConsole(): Promise<void> {
      if (liveConsole()) return;
      consoleWindow = await openConsoleWindow({
        context,
        windowStateFile: data.windowStateFile,
        readFile: (filePath) => readFile(filePath, 'utf8'),
        writeFile: async (filePath, text) => writeFileSync(filePath, text, 'utf8'),
        getDisplays: () => screen.getAllDisplays(),
        getPrimaryDisplayId: () => screen.getPrimaryDisplay().id,
        onClosed: () => {
          consoleWindow = null;
          quitGuard.reset();
          display.close();
        },
        onCloseRequested: (event, close) => quitGuard.onClose(event, () => (quitting ? quitting() : close())),
      });
    },

    /** A second launch brings the running console forward instead of opening a second app. */
    focusConsole(): void {
      const win = liveConsole();
      if (!win) return;
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    },

    hasConsole: (): boolean => liveConsole() !== null,

    /** The app is quitting: once the final backup is written, quit again rather than only close. */
    markQuitting(quit: () => void): void {
      quitting = quit;
    },
  };
}

export type AppServices = ReturnType<typeof createAppServices>;
