/**
 * XLSX reading: fflate's synchronous unzip (no Web Worker, so nothing for the CSP to block, and
 * no Node built-ins) and a small SpreadsheetML reader (xlsx-parts.ts). Every cell comes back as
 * text, positioned from A1 so that row numbers match what Excel shows.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { ImportError } from './errors';
import { openingTags, parseDateStyles, parseSharedStrings, parseSheetRows, type SheetCellContext } from './xlsx-parts';

export interface XlsxTable {
  /** Every sheet of the workbook, in workbook order. */
  sheetNames: string[];
  /** The sheet the rows come from. */
  sheetName: string;
  rows: string[][];
}

/** A part larger than this once unzipped is refused (a ZIP bomb, or more than any registry). */
export const MAX_XLSX_PART_BYTES = 256 * 1024 * 1024;

interface SheetEntry {
  name: string;
  path: string;
  hidden: boolean;
}

function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  let tooLarge = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_XLSX_PART_BYTES) tooLarge = file.originalSize;
        return tooLarge === 0;
      },
    });
  } catch {
    throw new ImportError('invalid-xlsx');
  }
  if (tooLarge) throw new ImportError('file-too-large', { size: tooLarge, limit: MAX_XLSX_PART_BYTES });
  return parts;
}

const utf8 = new TextDecoder('utf-8');
function text(part: Uint8Array | undefined): string {
  return part ? utf8.decode(part) : '';
}

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
 * Throws ImportError 'sheet-not-found', 'empty-sheet', 'invalid-xlsx' or 'unsupported-spreadsheet'.
 */
export function readXlsx(bytes: Uint8Array, sheetName?: string): XlsxTable {
  const base = unzipParts(bytes, (name) => name === WORKBOOK || name === WORKBOOK_RELS || name === SHARED_STRINGS || name === STYLES);
  const workbook = text(base[WORKBOOK]);
  if (!workbook) {
    // A binary workbook (.xlsb) has xl/workbook.bin instead.
    throw new ImportError(unzipParts(bytes, (name) => name === 'xl/workbook.bin')['xl/workbook.bin'] ? 'unsupported-spreadsheet' : 'invalid-xlsx');
  }
  const targets = new Map<string, string>();
  for (const rel of openingTags(text(base[WORKBOOK_RELS]), 'Relationship')) {
    if (rel.Id && rel.Target && (rel.Type ?? '').endsWith('/worksheet')) targets.set(rel.Id, resolvePartPath(rel.Target));
  }
  const sheets: SheetEntry[] = [];
  for (const sheet of openingTags(workbook, 'sheet')) {
    const path = targets.get(sheet.id ?? '');
    // Chart sheets and dialog sheets have no worksheet relationship: not tables.
    if (sheet.name !== undefined && path) sheets.push({ name: sheet.name, path, hidden: (sheet.state ?? 'visible') !== 'visible' });
  }
  const sheetNames = sheets.map((s) => s.name);
  const workbookPr = openingTags(workbook, 'workbookPr')[0] ?? {};
  const context: SheetCellContext = {
    sharedStrings: parseSharedStrings(text(base[SHARED_STRINGS])),
    dateStyles: parseDateStyles(text(base[STYLES])),
    date1904: workbookPr.date1904 === '1' || workbookPr.date1904 === 'true',
  };
  const rowsOf = (sheet: SheetEntry): string[][] => parseSheetRows(text(unzipParts(bytes, (name) => name === sheet.path)[sheet.path]), context);
  const hasContent = (rows: string[][]) => rows.some((row) => row.some((cell) => cell.trim() !== ''));

  if (sheetName !== undefined) {
    const chosen = sheets.find((s) => s.name === sheetName);
    if (!chosen) throw new ImportError('sheet-not-found', { sheet: sheetName, sheetNames });
    const rows = rowsOf(chosen);
    if (!hasContent(rows)) throw new ImportError('empty-sheet', { sheet: sheetName, sheetNames });
    return { sheetNames, sheetName, rows };
  }
  for (const sheet of [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)]) {
    const rows = rowsOf(sheet);
    if (hasContent(rows)) return { sheetNames, sheetName: sheet.name, rows };
  }
  throw new ImportError('empty-sheet', { sheetNames });
}
