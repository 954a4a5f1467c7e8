import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl } from '../app-origin';
import type { createRendererCrashRecovery } from '../crash-recovery';
import type { Logger } from '../logger';
import { hardenWindow } from '../security/harden-window';
import { createSecureWebPreferences } from '../security/web-preferences';

export interface WindowContext {
  preloadPath: string;
  devServerUrl: string | null;
  devTools: boolean;
  log: Logger;
  openExternal(url: string): void;
  recoverRenderer: ReturnType<typeof createRendererCrashRecovery>;
}

export type WindowKind = 'console' | 'room display' | 'print';

/**
 * The only place a BrowserWindow is made. Every window gets the secure webPreferences and
 * goes through hardenWindow; app windows get the bridge and crash recovery, print windows get
 * neither (they show a document, not the app).
 */
export function createAppWindow(kind: WindowKind, options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, context: WindowContext): BrowserWindow {
  const withBridge = kind !== 'print';
  const win = new BrowserWindow({
    ...options,
    webPreferences: createSecureWebPreferences({
      devTools: context.devTools,
      ...(withBridge ? { preloadPath: context.preloadPath } : {}),
    }),
  });
  hardenWindow(win, {
    isAppUrl: (url) => isAppUrl(url, context.devServerUrl),
    openExternal: context.openExternal,
    log: context.log,
  });
  if (withBridge) {
    win.webContents.on('render-process-gone', (_event, details) => {
      context.recoverRenderer(win, details, kind);
    });
  }
  return win;
}
