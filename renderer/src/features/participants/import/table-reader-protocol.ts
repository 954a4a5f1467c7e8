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
  /** The table's rows, a few thousand at a time: each message is unpacked by the page in one task. */
  | { type: 'rows'; rows: string[][] }
  /** The table, its rows left out: they came before, in order. */
  | { type: 'table'; table: Table }
  /** The import's own refusal (an ImportError), rebuilt on the other side. */
  | { type: 'refused'; code: ImportErrorCode; details: ImportErrorDetails }
  | { type: 'failed'; message: string };
