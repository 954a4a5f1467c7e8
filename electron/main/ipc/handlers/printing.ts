import type { PrinterInfo } from '../../../../common/bridge-contract';
import type { FileData } from '../../files/atomic-write';
import { planPrint, toPrinterInfo, type ElectronPrinterLike } from '../../printing/print-options';
import { printContents, type WithPrintDocument } from '../../printing/print-window';
import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { noPayload, printHtmlRequest, printToPdfRequest } from '../schemas';
import { saveThroughDialog, type FileDialogOptions } from './files';

export interface PrintingDeps<Event> {
  /** webContents.getPrintersAsync() of the window that asked. */
  getPrinters(event: Event): Promise<ElectronPrinterLike[]>;
  withPrintDocument: WithPrintDocument;
  showSaveDialog(event: Event, options: FileDialogOptions): Promise<string | null>;
  writeFileAtomic(filePath: string, data: FileData): Promise<void>;
}

async function listPrinters<Event>(deps: PrintingDeps<Event>, event: Event): Promise<PrinterInfo[]> {
  return (await deps.getPrinters(event)).map(toPrinterInfo);
}

export function listPrintersHandler<Event extends IpcEventLike>(deps: PrintingDeps<Event>) {
  return defineHandler('listPrinters', noPayload, (_payload, event: Event) => listPrinters(deps, event));
}

export function printHtmlHandler<Event extends IpcEventLike>(deps: PrintingDeps<Event>) {
  return defineHandler('printHtml', printHtmlRequest, async (request, event: Event) => {
    const plan = planPrint(request, request.printerName === undefined ? [] : await listPrinters(deps, event));
    if (!plan.ok) return { printed: false as const, reason: plan.reason };
    const outcome = await deps.withPrintDocument(request.html, (contents) => printContents(contents, plan.options));
    return outcome.success ? { printed: true as const } : { printed: false as const, reason: outcome.reason || 'failed' };
  });
}

export function printToPdfHandler<Event extends IpcEventLike>(deps: PrintingDeps<Event>) {
  return defineHandler('printToPdf', printToPdfRequest, async (request, event: Event) => {
    // Render first, then ask where to save: nothing waits on a dialog while a window is open.
    const pdf = await deps.withPrintDocument(request.html, (contents) =>
      contents.printToPDF({ pageSize: request.pageSize, landscape: request.landscape, printBackground: true }),
    );
    return saveThroughDialog(deps, event, { defaultPath: request.suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] }, pdf);
  });
}
