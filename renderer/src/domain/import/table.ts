/**
 * A file's bytes to a table of text cells with a header row, whatever the format.
 * The format comes from the bytes (ZIP signature -> XLSX), not from the file name.
 * Bad files throw an ImportError and produce nothing.
 */
import { parseCsv, type CsvDelimiter } from './csv';
import { decodeText, looksBinary, type TextEncodingName } from './decode';
import { ImportError } from './errors';
import { guessMapping, mapsAName } from './fields';
import { IMPORT_LIMITS, importLimits, progressSpan, type ImportLimits, type ProgressCallback } from './limits';
import { detectFileKind } from './sniff';
import { readXlsx } from './xlsx';

/** Files larger than this are refused before any parsing. */
export const MAX_IMPORT_BYTES = IMPORT_LIMITS.fileBytes;

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadTableOptions {
  /** XLSX: the sheet to read; by default the first sheet that holds anything. */
  sheetName?: string;
  /** CSV: force a delimiter instead of detecting it. */
  delimiter?: CsvDelimiter;
  /** Spreadsheet row number (1-based) of the header row; detected when absent. */
  headerRow?: number;
  /** Size limit in bytes (default MAX_IMPORT_BYTES). */
  maxBytes?: number;
  /** Other limits than the defaults (IMPORT_LIMITS): rows, columns, cells, unpacked sizes. */
  limits?: Partial<ImportLimits>;
  /** How far the read has gone, from 0 to 1; called every few thousand rows. */
  onProgress?: ProgressCallback;
}

export interface Table {
  format: 'csv' | 'xlsx';
  /** Column headers as written (tidied); an empty header reads "Column C". */
  headers: string[];
  /** Data rows below the header, blank rows included so numbering holds; no trailing blank rows. */
  rows: string[][];
  /** Spreadsheet row number of the header row (1 unless title lines sit above it). */
  headerRowNumber: number;
  /** Spreadsheet row number of rows[0]. */
  firstRowNumber: number;
  sheetNames?: string[];
  sheetName?: string;
  encoding?: TextEncodingName;
  bom?: boolean;
  delimiter?: CsvDelimiter;
}

/** Throws 'file-too-large' for a size over the limit; the UI can call it with File.size first. */
export function checkFileSize(size: number, limit = MAX_IMPORT_BYTES): void {
  if (size > limit) throw new ImportError('file-too-large', { size, limit });
}

export function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) {
    if (cell.trim() !== '') return false;
  }
  return true;
}

/** "A".."Z", "AA".. for column index 0, 1, ... */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The header row: the first row (of the first 20) whose headers name a name column, else the
 * first non-blank row. Lets title lines ("Pre-session 30 — participants") sit above the table.
 */
export function detectHeaderIndex(rows: readonly string[][]): number {
  const limit = Math.min(rows.length, 20);
  let firstNonBlank = -1;
  for (let i = 0; i < limit; i++) {
    const row = rows[i] ?? [];
    if (isBlankRow(row)) continue;
    if (firstNonBlank < 0) firstNonBlank = i;
    if (mapsAName(guessMapping(row))) return i;
  }
  return Math.max(firstNonBlank, 0);
}

function buildTable(rawRows: string[][], options: ReadTableOptions, extra: Omit<Table, 'headers' | 'rows' | 'headerRowNumber' | 'firstRowNumber'>): Table {
  let end = rawRows.length;
  while (end > 0 && isBlankRow(rawRows[end - 1] ?? [])) end--;
  if (end === 0) throw new ImportError('empty-file');
  const rows = end === rawRows.length ? rawRows : rawRows.slice(0, end);

  const headerIndex = options.headerRow !== undefined ? Math.max(0, Math.floor(options.headerRow) - 1) : detectHeaderIndex(rows);
  const headerCells = rows[headerIndex] ?? [];
  const data = rows.slice(headerIndex + 1);
  if (data.every(isBlankRow)) throw new ImportError('no-data-rows', { row: headerIndex + 1 });

  // Width: the widest row, less trailing columns that are empty everywhere.
  let width = 0;
  for (const row of [headerCells, ...data]) {
    for (let c = row.length - 1; c >= width; c--) {
      if ((row[c] ?? '').trim() !== '') {
        width = c + 1;
        break;
      }
    }
  }
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const text = (headerCells[c] ?? '').replace(/\s+/g, ' ').trim();
    headers.push(text || `Column ${columnLetter(c)}`);
  }
  return { ...extra, headers, rows: data, headerRowNumber: headerIndex + 1, firstRowNumber: headerIndex + 2 };
}

const MARKUP_START = /^\s*(<\?xml|<!doctype html|<html|<table)/i;

export async function readTable(file: ImportFile, options: ReadTableOptions = {}): Promise<Table> {
  const { bytes } = file;
  const limits = importLimits(options.limits);
  checkFileSize(bytes.length, options.maxBytes ?? limits.fileBytes);
  if (bytes.length === 0) throw new ImportError('empty-file');

  const kind = detectFileKind(bytes);
  if (kind === 'xlsx') {
    const sheet = readXlsx(bytes, options.sheetName, { limits, onProgress: options.onProgress });
    return buildTable(sheet.rows, options, { format: 'xlsx', sheetNames: sheet.sheetNames, sheetName: sheet.sheetName });
  }
  if (kind === 'ole2') throw new ImportError('legacy-excel');
  if (kind === 'ods') throw new ImportError('unsupported-spreadsheet');
  if (kind !== 'text') throw new ImportError('binary-file', { kind });

  const decoded = decodeText(bytes);
  options.onProgress?.(0.1);
  if (decoded.text.trim() === '') throw new ImportError('empty-file');
  if (looksBinary(decoded.text)) {
    throw new ImportError('binary-file', { kind: decoded.text.includes('\u0000') ? 'nul-bytes' : 'control-characters' });
  }
  // Web apps' "Excel" exports are often an HTML table or Excel 2003 XML under an .xls name.
  const markup = MARKUP_START.exec(decoded.text.slice(0, 1024));
  if (markup) throw new ImportError('unsupported-spreadsheet', { kind: (markup[1] ?? '').toLowerCase().startsWith('<?xml') ? 'xml' : 'html' });
  const csv = parseCsv(decoded.text, { delimiter: options.delimiter, limits, onProgress: progressSpan(options.onProgress, 0.1, 1) });
  return buildTable(csv.rows, options, {
    format: 'csv',
    encoding: decoded.encoding,
    bom: decoded.bom,
    delimiter: csv.delimiter,
  });
}

/** The first `count` non-blank data rows with their spreadsheet row numbers, for a preview. */
export function previewRows(table: Table, count = 10): Array<{ row: number; cells: string[] }> {
  const out: Array<{ row: number; cells: string[] }> = [];
  for (let i = 0; i < table.rows.length && out.length < count; i++) {
    const row = table.rows[i] ?? [];
    if (isBlankRow(row)) continue;
    out.push({ row: table.firstRowNumber + i, cells: table.headers.map((_, c) => row[c] ?? '') });
  }
  return out;
}
