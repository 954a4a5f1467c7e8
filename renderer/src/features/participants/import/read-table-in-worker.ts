/**
 * Reads an import file in a Web Worker: the screen stays responsive, shows the progress, and
 * Cancel ends the worker wherever it is (a ZIP being unpacked, a regex half-way through a sheet).
 */
import { ImportError, type ImportFile, type ReadTableOptions, type Table } from '../../../domain/import';
import type { TableReaderMessage, TableReaderRequest } from './table-reader-protocol';

/** The reading was cancelled: not a failure to report. */
export class ReadingCancelled extends Error {
  override readonly name = 'ReadingCancelled';
}

/** The parts of a Worker used here (a fake one in the tests). */
export interface TableReaderWorker {
  onmessage: ((event: MessageEvent<TableReaderMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: TableReaderRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export interface TableReading {
  /** The table; rejects with an ImportError (a refused file), ReadingCancelled, or another Error. */
  table: Promise<Table>;
  cancel(): void;
}

function createTableReaderWorker(): TableReaderWorker {
  return new Worker(new URL('./table-reader.worker.ts', import.meta.url), { type: 'module', name: 'table-reader' });
}

export function readTableInWorker(
  file: ImportFile,
  options: Pick<ReadTableOptions, 'sheetName' | 'limits'>,
  onProgress: (fraction: number) => void,
  createWorker: () => TableReaderWorker = createTableReaderWorker,
): TableReading {
  const worker = createWorker();
  let settle: { resolve: (table: Table) => void; reject: (error: Error) => void } | null = null;
  const table = new Promise<Table>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: (s: NonNullable<typeof settle>) => void) => {
    if (!settle) return;
    const current = settle;
    settle = null;
    worker.terminate();
    outcome(current);
  };
  const rows: string[][] = [];
  worker.onmessage = (event) => {
    const message = event.data;
    if (message.type === 'progress') {
      if (settle) onProgress(message.fraction);
    } else if (message.type === 'rows') {
      for (const row of message.rows) rows.push(row);
    } else if (message.type === 'table') {
      finish((s) => s.resolve({ ...message.table, rows }));
    } else if (message.type === 'refused') {
      finish((s) => s.reject(new ImportError(message.code, message.details)));
    } else {
      finish((s) => s.reject(new Error(message.message)));
    }
  };
  worker.onerror = (event) => {
    // A worker that could not start, or ran out of memory.
    event.preventDefault();
    finish((s) => s.reject(new Error(event.message || 'the file reader stopped')));
  };
  // A copy goes to the worker: the screen keeps the file to read another sheet of it.
  const bytes = file.bytes.slice();
  worker.postMessage({ name: file.name, bytes, options }, [bytes.buffer]);
  return {
    table,
    cancel: () => finish((s) => s.reject(new ReadingCancelled('reading cancelled'))),
  };
}
