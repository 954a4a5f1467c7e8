/**
 * Whole-file failures: the file cannot be imported at all, and nothing is produced.
 * Each has a stable `code` (the UI translates `import.error.<code>`) and an English message.
 */

export const IMPORT_ERROR_CODES = [
  'file-too-large',
  'empty-file',
  'binary-file',
  'legacy-excel',
  'unsupported-spreadsheet',
  'invalid-xlsx',
  'sheet-not-found',
  'empty-sheet',
  'unterminated-quote',
  'no-data-rows',
  'no-name-column',
  'too-many-rows',
  'too-many-columns',
  'too-many-cells',
  'unpacked-too-large',
  'compression-ratio',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportErrorDetails {
  /** File size in bytes ('file-too-large'). */
  size?: number;
  /** The size limit in bytes ('file-too-large'). */
  limit?: number;
  /** What the bytes look like ('binary-file'): 'png', 'pdf', 'zip', 'docx', 'nul-bytes', ... */
  kind?: string;
  /** The sheet asked for or found empty ('sheet-not-found', 'empty-sheet'). */
  sheet?: string;
  /** Every sheet of the workbook, so the UI can offer another. */
  sheetNames?: string[];
  /** Spreadsheet row number (header = row 1) where the problem starts. */
  row?: number;
  /** 0-based column index where the problem is ('too-many-columns'). */
  column?: number;
  /** How many times its packed size an XLSX part unpacks to ('compression-ratio'). */
  ratio?: number;
}

const MB = 1024 * 1024;
const count = (n: number | undefined) => (n ?? 0).toLocaleString('en-GB');

function describeKind(kind: string | undefined): string {
  switch (kind) {
    case 'png':
    case 'jpeg':
    case 'gif':
    case 'webp':
      return 'an image';
    case 'pdf':
      return 'a PDF document';
    case 'docx':
      return 'a Word document';
    case 'pptx':
      return 'a PowerPoint presentation';
    case 'zip':
      return 'a ZIP archive';
    case 'gzip':
    case 'rar':
    case '7z':
      return 'a compressed archive';
    default:
      return 'not a text or spreadsheet file';
  }
}

export function importErrorMessage(code: ImportErrorCode, details: ImportErrorDetails = {}): string {
  switch (code) {
    case 'file-too-large':
      return `The file is too large (${((details.size ?? 0) / MB).toFixed(1)} MB). The limit is ${Math.round((details.limit ?? 0) / MB)} MB.`;
    case 'empty-file':
      return 'The file is empty.';
    case 'binary-file': {
      const what = describeKind(details.kind);
      return what.startsWith('not')
        ? 'This file cannot be read as a table: it contains binary data. Choose a CSV or Excel (.xlsx) file.'
        : `This file is ${what}, not a table. Choose a CSV or Excel (.xlsx) file.`;
    }
    case 'legacy-excel':
      return 'This is an old Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as .xlsx without a password, or as CSV.';
    case 'unsupported-spreadsheet':
      return details.kind === 'html' || details.kind === 'xml'
        ? 'This file is a web page or XML export, not a real Excel file. Open it in Excel and save it as .xlsx or CSV.'
        : 'This spreadsheet format is not supported. Save it as Excel (.xlsx) or CSV.';
    case 'invalid-xlsx':
      return 'This Excel file is damaged or incomplete and cannot be read. Open it in Excel and save it again.';
    case 'sheet-not-found':
      return `The workbook has no sheet named "${details.sheet ?? ''}".`;
    case 'empty-sheet':
      return details.sheet ? `The sheet "${details.sheet}" is empty.` : 'Every sheet of this workbook is empty.';
    case 'unterminated-quote':
      return `A quotation mark opened in row ${details.row ?? '?'} is never closed, so the rest of the file would be read as one cell. Fix that row and try again.`;
    case 'no-data-rows':
      return 'The file has a header row but no participants below it.';
    case 'no-name-column':
      return 'No column holds the participants’ names. Choose which column is “Name” (or “First name” and “Last name”).';
    case 'too-many-rows':
      return `The table goes on to row ${count(details.row)}; the limit is ${count(details.limit)} rows. Split the list into several files.`;
    case 'too-many-columns':
      return `Row ${count(details.row)} has something in column ${count((details.column ?? 0) + 1)}; the limit is ${count(details.limit)} columns. Remove the columns that are not needed.`;
    case 'too-many-cells':
      return `The table has more than ${count(details.limit)} cells. Split the list into several files or remove the columns that are not needed.`;
    case 'unpacked-too-large':
      return `This Excel file would take ${((details.size ?? 0) / MB).toFixed(1)} MB once unpacked; the limit is ${Math.round((details.limit ?? 0) / MB)} MB. It may be damaged or made to fill the memory.`;
    case 'compression-ratio':
      return `This Excel file unpacks to ${count(details.ratio)} times its size (the limit is ${count(details.limit)}). It may be damaged or made to fill the memory.`;
  }
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly details: ImportErrorDetails;
  /** Translation key for the UI: `import.error.<code>`. */
  readonly messageKey: string;

  constructor(code: ImportErrorCode, details: ImportErrorDetails = {}) {
    super(importErrorMessage(code, details));
    this.code = code;
    this.details = details;
    this.messageKey = `import.error.${code}`;
  }
}

export function isImportError(value: unknown): value is ImportError {
  return value instanceof ImportError;
}
