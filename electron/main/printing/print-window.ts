import type { PrintDocumentStore } from './print-documents';
import type { PrintOptions } from './print-options';
import type { PageSize } from '../../../common/bridge-contract';

/** The parts of a hidden BrowserWindow's webContents that printing uses. */
export interface PrintableContents {
  print(options: PrintOptions, callback: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: { pageSize: PageSize; landscape: boolean; printBackground: boolean }): Promise<Uint8Array>;
  executeJavaScriptInIsolatedWorld(worldId: number, scripts: Array<{ code: string }>): Promise<unknown>;
}

export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
  webContents: PrintableContents;
}

export interface PrintRunnerDeps {
  store: PrintDocumentStore;
  /** A hidden window made through hardenWindow, sandboxed, without the preload bridge. */
  createHiddenWindow(): PrintWindowLike;
  log: { warn(message: string): void };
}

/** An isolated world of our own: the print document's CSP forbids scripts in its main world. */
const FONT_WAIT_WORLD_ID = 1001;
const FONT_WAIT_LIMIT_MS = 5000;

async function waitForFonts(contents: PrintableContents, log: PrintRunnerDeps['log']): Promise<void> {
  // Web fonts load when first used, possibly after the load event; printing before they
  // arrive would set plates in a fallback font.
  const ready = contents.executeJavaScriptInIsolatedWorld(FONT_WAIT_WORLD_ID, [{ code: 'document.fonts.ready.then(() => true)' }]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), FONT_WAIT_LIMIT_MS);
  });
  try {
    if ((await Promise.race([ready, limit])) === 'timeout') log.warn('print: fonts not ready in time, printing anyway');
  } catch {
    log.warn('print: could not wait for fonts, printing anyway');
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads HTML into a hidden window, runs `job` on it, and always cleans up: the window is
 * destroyed and the document forgotten, whatever happens.
 */
export function createPrintRunner(deps: PrintRunnerDeps) {
  return async function withPrintDocument<T>(html: string, job: (contents: PrintableContents) => Promise<T>): Promise<T> {
    const { id, url } = deps.store.add(html);
    const win = deps.createHiddenWindow();
    try {
      await win.loadURL(url);
      await waitForFonts(win.webContents, deps.log);
      return await job(win.webContents);
    } finally {
      deps.store.remove(id);
      if (!win.isDestroyed()) win.destroy();
    }
  };
}

export type WithPrintDocument = ReturnType<typeof createPrintRunner>;

/** webContents.print as a promise: success, or the reason Chromium gives ("cancelled", "failed"). */
export function printContents(contents: PrintableContents, options: PrintOptions): Promise<{ success: boolean; reason: string }> {
  return new Promise((resolve) => {
    contents.print(options, (success, failureReason) => resolve({ success, reason: failureReason }));
  });
}
