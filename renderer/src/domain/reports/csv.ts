/**
 * Writing spreadsheet cells safely. CSV follows RFC 4180 (fields with a comma, a quote or a
 * line break are quoted, quotes doubled, CRLF between records) with a UTF-8 byte-order mark,
 * so that Excel reads accents right.
 *
 * Formula injection: a spreadsheet runs a cell that begins with "=", "+", "-" or "@" (and, in
 * some, a tab or a carriage return) as a formula, so a participant named `=HYPERLINK(...)`
 * could make a link or worse. Such text cells are prefixed with an apostrophe, which
 * spreadsheets show as plain text (OWASP's advice). Numbers are written as numbers, untouched.
 */

/** A cell of an export: text, or a number (seconds, counts, shares). */
export type Cell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet cannot take for a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV: neutralised, then quoted when it must be. */
export function csvField(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const UTF8_BOM = '\uFEFF';

/** A whole CSV file: byte-order mark, header and rows, CRLF after each record. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
