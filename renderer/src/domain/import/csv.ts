/**
 * CSV / TSV parsing (RFC 4180, read leniently): comma, semicolon, tab or pipe; quoted fields may
 * hold delimiters, line breaks and doubled quotes; CRLF, LF or CR line ends. A quote inside an
 * unquoted field is literal text, as in Excel.
 */
import { ImportError } from './errors';
import { TableBudget, type ImportLimits, type ProgressCallback } from './limits';

export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface ParsedCsv {
  /** Records as the user sees spreadsheet rows (a quoted line break stays inside its cell). */
  rows: string[][];
  delimiter: CsvDelimiter;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

interface RawParse {
  rows: string[][];
  /** 1-based record number where a quoted field opens and never closes; 0 when none. */
  unterminatedRow: number;
  /** How many fields each kept row had in the file, blank ones included. */
  fieldCounts: number[];
}

interface RecordOptions {
  /** Stop after this many records (a sample). */
  maxRecords?: number;
  /** Refuse the file past its rows, columns or cells. */
  budget?: TableBudget;
  onProgress?: ProgressCallback;
}

/** Records read between two progress reports. */
const PROGRESS_EVERY = 4096;

function isBlankText(value: string): boolean {
  return value === '' || value.trim() === '';
}

/**
 * Records as rows of fields. Only what holds text is kept: a blank record is kept as [] and only
 * when a filled one follows it (blank lines at the end cost nothing), and empty fields after the
 * last filled one of a record are dropped, so that a file of commas or of line breaks allocates
 * nothing; the budget counts the rest.
 */
function parseRecords(text: string, delimiter: string, options: RecordOptions = {}): RawParse {
  const { budget, onProgress } = options;
  const maxRecords = options.maxRecords ?? Infinity;
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  const fieldCounts: number[] = [];
  /** The record's fields up to its last filled one. */
  let row: string[] = [];
  /** Fields of the record so far, filled or not. */
  let fields = 0;
  /** Blank records since the last row kept. */
  let blanks = 0;
  let records = 0;
  let unterminatedRow = 0;
  const endRecord = () => {
    records++;
    if (row.length === 0) {
      blanks++;
    } else {
      for (; blanks > 0; blanks--) {
        rows.push([]);
        fieldCounts.push(0);
      }
      rows.push(row);
      fieldCounts.push(fields);
    }
    row = [];
    fields = 0;
    if (onProgress && records % PROGRESS_EVERY === 0) onProgress(i / n);
  };
  let i = 0;
  for (;;) {
    let value: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      value = '';
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0) {
          unterminatedRow = records + 1;
          value += text.slice(start);
          i = n;
          break;
        }
        value += text.slice(start, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          start = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Characters between a closing quote and the next delimiter are kept, not dropped.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === LF || c === CR) break;
        j++;
      }
      if (j > i) {
        value += text.slice(i, j);
        i = j;
      }
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === d || c === LF || c === CR) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    // A blank field is kept only when a filled one follows it in the record: pushed then.
    if (!isBlankText(value)) {
      budget?.filledCell(records + 1, fields);
      budget?.keep(fields + 1 - row.length);
      while (row.length < fields) row.push('');
      row.push(value);
    }
    fields++;
    if (i >= n) {
      endRecord();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRecord();
    if (i >= n || records >= maxRecords) break;
  }
  return { rows, unterminatedRow, fieldCounts };
}

/**
 * The delimiter that splits the first records into the same number of fields most consistently
 * (more fields breaking ties); comma when nothing splits the header (a one-column file).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 65536);
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  let bestFields = 1;
  for (const delimiter of CSV_DELIMITERS) {
    // Field counts of the records that hold anything (blank records are not kept).
    const counts = parseRecords(sample, delimiter, { maxRecords: 30 }).fieldCounts.filter((count) => count > 0);
    const header = counts[0];
    if (header === undefined || header < 2) continue;
    // The last sampled record may be cut off by the sample's end.
    const considered = counts.length > 2 ? counts.slice(0, -1) : counts;
    const same = considered.filter((count) => count === header).length;
    const score = same / considered.length;
    if (score > bestScore || (score === bestScore && header > bestFields)) {
      best = delimiter;
      bestScore = score;
      bestFields = header;
    }
  }
  return best;
}

/** Excel's hint line "sep=;" (hidden by Excel, so not counted as a row). */
const SEP_LINE = /^sep=(.)\r?\n/i;

export interface ParseCsvOptions {
  /** Force a delimiter instead of detecting it. */
  delimiter?: CsvDelimiter;
  /** Refuse a file past these rows, columns or cells (none when absent). */
  limits?: Pick<ImportLimits, 'rows' | 'columns' | 'cells'>;
  onProgress?: ProgressCallback;
}

/**
 * Rows of text fields. A blank record reads as [] and fields after a record's last filled one
 * are left out; blank records after the last filled one are left out altogether.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  let body = text;
  let hinted: CsvDelimiter | undefined;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    const candidate = CSV_DELIMITERS.find((d) => d === sep[1]);
    if (candidate) {
      hinted = candidate;
      body = text.slice(sep[0].length);
    }
  }
  const delimiter = options.delimiter ?? hinted ?? detectDelimiter(body);
  const budget = options.limits ? new TableBudget(options.limits) : undefined;
  const { rows, unterminatedRow } = parseRecords(body, delimiter, { budget, onProgress: options.onProgress });
  if (unterminatedRow > 0) throw new ImportError('unterminated-quote', { row: unterminatedRow });
  return { rows, delimiter };
}
