/**
 * XLSX reading: the ZIP container (zip.ts, on fflate's inflater, with no Node built-ins) and a
 * small SpreadsheetML reader (xlsx-parts.ts). Every cell comes back as text, positioned from A1
 * so that row numbers match what Excel shows. What each part declares is checked against the
 * import's limits before it is unpacked, and the sheet's rows, columns and cells as they are read.
 */
import { ImportError } from './errors';
import { importLimits, progressSpan, TableBudget, type ImportLimits, type ProgressCallback } from './limits';
import { openingTags, parseDateStyles, parseSharedStrings, parseSheetRows, type SheetCellContext } from './xlsx-parts';
import { readZipDirectory, unpackZipEntry, ZipFormatError, type ZipEntry } from './zip';

export interface XlsxTable {
  /** Every sheet of the workbook, in workbook order. */
  sheetNames: string[];
  /** The sheet the rows come from. */
  sheetName: string;
  rows: string[][];
}

export interface ReadXlsxOptions {
  limits?: Partial<ImportLimits>;
  onProgress?: ProgressCallback;
}

interface SheetEntry {
  name: string;
  path: string;
  hidden: boolean;
}

/** The parts of one workbook, each checked against the limits before it is unpacked. */
function workbookParts(bytes: Uint8Array, limits: ImportLimits) {
  const directory = readZipDirectory(bytes);
  if (!directory) throw new ImportError('invalid-xlsx');
  const entries = new Map<string, ZipEntry>(directory.map((entry) => [entry.name, entry]));
  let unpacked = 0;
  return {
    has: (name: string) => entries.has(name),
    declaredSize: (name: string) => entries.get(name)?.size ?? 0,
    /** The part as text; '' when the workbook has no such part. */
    text(name: string, onProgress?: ProgressCallback): string {
      const entry = entries.get(name);
      if (!entry) return '';
      if (entry.size > limits.partBytes) throw new ImportError('unpacked-too-large', { size: entry.size, limit: limits.partBytes });
      unpacked += entry.size;
      if (unpacked > limits.unpackedBytes) throw new ImportError('unpacked-too-large', { size: unpacked, limit: limits.unpackedBytes });
      const ratio = entry.size / Math.max(1, entry.packedSize);
      if (entry.size > limits.ratioFloorBytes && ratio > limits.compressionRatio) {
        throw new ImportError('compression-ratio', { ratio: Math.round(ratio), limit: limits.compressionRatio });
      }
      try {
        return utf8.decode(unpackZipEntry(bytes, entry, onProgress));
      } catch (error) {
        if (error instanceof ZipFormatError) throw new ImportError('invalid-xlsx');
        throw error;
      }
    },
  };
}

const utf8 = new TextDecoder('utf-8');

/** "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" from the root. */
function resolvePartPath(target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/**
 * Reads one sheet: the named one, or else the first visible sheet that holds anything.
 * Throws ImportError 'sheet-not-found', 'empty-sheet', 'invalid-xlsx', 'unsupported-spreadsheet',
 * or the limits' own ('unpacked-too-large', 'compression-ratio', 'too-many-rows', ...).
 */
export function readXlsx(bytes: Uint8Array, sheetName?: string, options: ReadXlsxOptions = {}): XlsxTable {
  const limits = importLimits(options.limits);
  const parts = workbookParts(bytes, limits);
  const workbook = parts.text(WORKBOOK);
  if (!workbook) {
    // A binary workbook (.xlsb) has xl/workbook.bin instead.
    throw new ImportError(parts.has('xl/workbook.bin') ? 'unsupported-spreadsheet' : 'invalid-xlsx');
  }
  const targets = new Map<string, string>();
  for (const rel of openingTags(parts.text(WORKBOOK_RELS), 'Relationship')) {
    if (rel.Id && rel.Target && (rel.Type ?? '').endsWith('/worksheet')) targets.set(rel.Id, resolvePartPath(rel.Target));
  }
  const sheets: SheetEntry[] = [];
  for (const sheet of openingTags(workbook, 'sheet')) {
    const path = targets.get(sheet.id ?? '');
    // Chart sheets and dialog sheets have no worksheet relationship: not tables.
    if (sheet.name !== undefined && path) sheets.push({ name: sheet.name, path, hidden: (sheet.state ?? 'visible') !== 'visible' });
  }
  const sheetNames = sheets.map((s) => s.name);
  const order = sheetName !== undefined ? sheets.filter((s) => s.name === sheetName) : [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)];

  // Progress goes by the bytes to read: the shared strings, then the (first) sheet.
  const stringsSize = parts.declaredSize(SHARED_STRINGS);
  const stringsShare = stringsSize / Math.max(1, stringsSize + parts.declaredSize(order[0]?.path ?? ''));
  const stringsProgress = progressSpan(options.onProgress, 0, stringsShare);
  const sheetProgress = progressSpan(options.onProgress, stringsShare, 1);
  const workbookPr = openingTags(workbook, 'workbookPr')[0] ?? {};
  const context: SheetCellContext = {
    sharedStrings: parseSharedStrings(parts.text(SHARED_STRINGS, progressSpan(stringsProgress, 0, 0.2)), {
      maxCount: limits.cells,
      onProgress: progressSpan(stringsProgress, 0.2, 1),
    }),
    dateStyles: parseDateStyles(parts.text(STYLES)),
    date1904: workbookPr.date1904 === '1' || workbookPr.date1904 === 'true',
  };
  const rowsOf = (sheet: SheetEntry): string[][] =>
    parseSheetRows(parts.text(sheet.path, progressSpan(sheetProgress, 0, 0.2)), context, {
      budget: new TableBudget(limits),
      onProgress: progressSpan(sheetProgress, 0.2, 1),
    });
  const hasContent = (rows: string[][]) => rows.some((row) => row.some((cell) => cell.trim() !== ''));

  if (sheetName !== undefined) {
    const chosen = order[0];
    if (!chosen) throw new ImportError('sheet-not-found', { sheet: sheetName, sheetNames });
    const rows = rowsOf(chosen);
    if (!hasContent(rows)) throw new ImportError('empty-sheet', { sheet: sheetName, sheetNames });
    return { sheetNames, sheetName, rows };
  }
  for (const sheet of order) {
    const rows = rowsOf(sheet);
    if (hasContent(rows)) return { sheetNames, sheetName: sheet.name, rows };
  }
  throw new ImportError('empty-sheet', { sheetNames });
}
