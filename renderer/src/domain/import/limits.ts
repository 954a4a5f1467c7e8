/**
 * How much an import reads at most. A participant list is a few thousand rows; these leave room
 * for five times the 20,000-row lists the app is measured with, and stop a small hostile file
 * before it is allocated: a sheet with one cell in row 9,999,999 (ten million empty rows), a CSV
 * of nothing but commas, a ZIP whose parts declare hundreds of megabytes.
 */
import { ImportError } from './errors';

const MiB = 1024 * 1024;

export interface ImportLimits {
  /** Bytes of the file itself. */
  fileBytes: number;
  /** Spreadsheet rows, counted up to the last one that holds anything (blank rows after it cost nothing). */
  rows: number;
  /** Columns, counted up to the last one that holds anything in any row. */
  columns: number;
  /** Cells kept, empty ones between filled ones included. */
  cells: number;
  /** XLSX: what one part may declare it takes once unpacked. */
  partBytes: number;
  /** XLSX: what every part read may declare together. */
  unpackedBytes: number;
  /** XLSX: how many times its packed size a part may unpack to (real workbooks: 3 to 15)… */
  compressionRatio: number;
  /** …when it unpacks to more than this; smaller parts can do no harm. */
  ratioFloorBytes: number;
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  fileBytes: 50 * MiB,
  rows: 100_000,
  columns: 256,
  cells: 2_000_000,
  partBytes: 128 * MiB,
  unpackedBytes: 256 * MiB,
  compressionRatio: 100,
  ratioFloorBytes: 1 * MiB,
};

export function importLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...IMPORT_LIMITS, ...overrides };
}

/**
 * Counts what a reader keeps of a table, and refuses it the moment it goes past a limit, before
 * the row, column or cell is allocated. Row numbers are 1-based, columns 0-based.
 */
export class TableBudget {
  private cells = 0;

  constructor(private readonly limits: Pick<ImportLimits, 'rows' | 'columns' | 'cells'>) {}

  /** A filled cell at this position (a blank one needs no check: it is never kept past the last filled one). */
  filledCell(row: number, column: number): void {
    if (row > this.limits.rows) throw new ImportError('too-many-rows', { row, limit: this.limits.rows });
    if (column >= this.limits.columns) throw new ImportError('too-many-columns', { row, column, limit: this.limits.columns });
  }

  /** `count` more cells kept in memory. */
  keep(count: number): void {
    this.cells += count;
    if (this.cells > this.limits.cells) throw new ImportError('too-many-cells', { limit: this.limits.cells });
  }
}

/** Reports how far a read has gone, as a fraction from 0 to 1. */
export type ProgressCallback = (fraction: number) => void;

/** Between which fractions a step's own 0..1 progress falls; monotone whatever the step reports. */
export function progressSpan(onProgress: ProgressCallback | undefined, from: number, to: number): ProgressCallback | undefined {
  if (!onProgress) return undefined;
  return (fraction) => onProgress(from + (to - from) * Math.min(1, Math.max(0, fraction)));
}
