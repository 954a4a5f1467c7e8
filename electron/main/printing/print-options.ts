import type { PageSize, PrinterInfo, PrintHtmlRequest } from '../../../common/bridge-contract';

/** What webContents.print receives, built from the renderer's request. */
export interface PrintOptions {
  silent: boolean;
  deviceName?: string;
  pageSize: PageSize;
  landscape: boolean;
  copies: number;
  printBackground: boolean;
}

export type PrintPlan = { ok: true; options: PrintOptions } | { ok: false; reason: 'unknown-printer' };

/**
 * Printing is silent only when the user already picked a printer in the app and it still
 * exists; otherwise the system print dialog asks. A printer name that is not installed
 * (unplugged, renamed since it was chosen) is refused rather than left to the OS, which
 * would quietly print on the default printer instead.
 */
export function planPrint(request: Omit<PrintHtmlRequest, 'html'>, printers: readonly PrinterInfo[]): PrintPlan {
  const base = {
    pageSize: request.pageSize,
    landscape: request.landscape,
    copies: request.copies ?? 1,
    printBackground: true,
  };
  if (request.printerName === undefined) return { ok: true, options: { ...base, silent: false } };
  if (!printers.some((printer) => printer.name === request.printerName)) return { ok: false, reason: 'unknown-printer' };
  return { ok: true, options: { ...base, silent: true, deviceName: request.printerName } };
}

/** Electron's PrinterInfo, as far as it is read here. */
export interface ElectronPrinterLike {
  name: string;
  displayName: string;
  options?: unknown;
}

/**
 * Electron 36 and later no longer say which printer is the system default (Chromium stopped
 * reporting it), so `isDefault` is true only when an older runtime or the platform's options
 * still carry that flag. The renderer should offer "ask each time" (no printer name) as the
 * way to reach the default printer.
 */
function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

export function toPrinterInfo(printer: ElectronPrinterLike): PrinterInfo {
  const isDefault = property(printer, 'isDefault') === true || property(printer.options, 'is-default') === 'true';
  return { name: printer.name, displayName: printer.displayName || printer.name, isDefault };
}
