/**
 * The messages between the import screen and the Web Worker that reads a file
 * (table-reader.worker.ts): one request, then progress, then one answer.
 */
import type { ImportErrorCode, ImportErrorDetails, ReadTableOptions, Table } from '../../../domain/import';

export interface TableReaderRequest {
  name: string;
  /** The file's bytes, transferred to the worker. */
  bytes: Uint8Array;
  options: Pick<ReadTableOptions, 'sheetName' | 'limits'>;
}

export type TableReaderMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'table'; table: Table }
  /** The import's own refusal (an ImportError), rebuilt on the other side. */
  | { type: 'refused'; code: ImportErrorCode; details: ImportErrorDetails }
  | { type: 'failed'; message: string };
