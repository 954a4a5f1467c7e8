/**
 * CSV / TSV parsing (RFC 4180, read leniently): comma, semicolon, tab or pipe; quoted fields may
 * hold delimiters, line breaks and doubled quotes; CRLF, LF or CR line ends. A quote inside an
 * unquoted field is literal text, as in Excel.
 */
import { ImportError } from './errors';

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
}

function parseRecords(text: string, delimiter: string, maxRecords: number): RawParse {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let unterminatedRow = 0;
  let i = 0;
  for (;;) {
    let value: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      value = '';
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0) {
          unterminatedRow = rows.length + 1;
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
    row.push(value);
    if (i >= n) {
      rows.push(row);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n || rows.length >= maxRecords) break;
  }
  return { rows, unterminatedRow };
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
    const records = parseRecords(sample, delimiter, 30).rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
    const header = records[0];
    if (!header || header.length < 2) continue;
    // The last sampled record may be cut off by the sample's end.
    const considered = records.length > 2 ? records.slice(0, -1) : records;
    const same = considered.filter((r) => r.length === header.length).length;
    const score = same / considered.length;
    if (score > bestScore || (score === bestScore && header.length > bestFields)) {
      best = delimiter;
      bestScore = score;
      bestFields = header.length;
    }
  }
  return best;
}

/** Excel's hint line "sep=;" (hidden by Excel, so not counted as a row). */
const SEP_LINE = /^sep=(.)\r?\n/i;

export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): ParsedCsv {
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
  const { rows, unterminatedRow } = parseRecords(body, delimiter, Infinity);
  if (unterminatedRow > 0) throw new ImportError('unterminated-quote', { row: unterminatedRow });
  return { rows, delimiter };
}
