/**
 * Session Desk's main process: lifecycle only. What each step does lives in its own module;
 * composition.ts hands them Electron and the file system.
 */
import { app, protocol } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from './composition';
import { devServerUrlFrom, userDataOverrideFrom } from './environment';
import { APP_SCHEME_PRIVILEGES } from './protocol/app-protocol';

// Before `ready`: the scheme's privileges and the data folder cannot change afterwards.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// The data folder holds the IndexedDB of every series and the backups. Pin its name so that
// a later change of productName cannot strand that data in a folder the app no longer reads.
// Development and the smoke test may point it elsewhere (SESSION_DESK_USER_DATA).
app.setPath('userData', userDataOverrideFrom(process.env, app.isPackaged) ?? path.join(app.getPath('appData'), 'Session Desk'));

if (!app.requestSingleInstanceLock()) {
  // Another Session Desk is running: it gets the 'second-instance' event and comes forward.
  app.quit();
} else {
  start();
}

function start(): void {
  const services = createAppServices({
    mainDir: path.dirname(fileURLToPath(import.meta.url)),
    userData: app.getPath('userData'),
    version: app.getVersion(),
    platform: process.platform,
    devServerUrl: devServerUrlFrom(process.env, app.isPackaged),
    isPackaged: app.isPackaged,
  });
  const { log } = services;

  const openConsole = (): void => {
    services.openConsole().catch((error: unknown) => {
      log.error(`console window failed to open (${error instanceof Error ? error.message : 'unknown error'})`);
    });
  };

  // Defence in depth for any webContents, including ones not made by createAppWindow.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('second-instance', () => services.focusConsole());
  // The console holds its close for a final backup (quit-guard.ts); then the quit resumes.
  app.on('before-quit', () => services.markQuitting(() => app.quit()));
  // The hub goes with the app; its stations look for another (Host from here) until it is back.
  app.on('will-quit', () => void services.closeHub());

  // Windows and Linux: closing the console ends the app. macOS: the app stays in the Dock
  // and the console comes back on activate, as Mac users expect.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !services.hasConsole()) openConsole();
  });

  app
    .whenReady()
    .then(() => {
      services.installAppProtocol();
      services.installPermissionHandlers();
      services.registerIpc();
      log.info(`Session Desk ${app.getVersion()} started`);
      openConsole();
    })
    .catch((error: unknown) => {
      log.error(`start-up failed (${error instanceof Error ? error.message : 'unknown error'})`);
      app.quit();
    });
}
