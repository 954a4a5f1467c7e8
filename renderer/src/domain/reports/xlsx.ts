/**
 * The XLSX export: the same tables as the CSV files, one sheet each, written by
 * write-excel-file (already a dependency, used for test fixtures; it needs nothing but fflate).
 * Text cells are typed as strings, never formulas, and neutralised like CSV cells: a string
 * cell a user edits and confirms in Excel would otherwise turn into a formula then.
 */
import writeXlsxFile, { type Cell as XlsxCell, type SheetData } from 'write-excel-file/universal';
import { neutraliseFormula, type Cell } from './csv';
import type { ExportTable, ExportTableName } from './tables';

function cell(value: Cell): XlsxCell {
  return typeof value === 'number' ? { value, type: Number } : { value: neutraliseFormula(value), type: String };
}

export function sheetData(table: ExportTable): SheetData {
  const header = table.header.map((h): XlsxCell => ({ value: neutraliseFormula(h), type: String, fontWeight: 'bold' }));
  return [header, ...table.rows.map((row) => row.map(cell))];
}

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet'
  );
}

/** A workbook of the tables, as bytes. */
export async function tablesToXlsx(tables: readonly ExportTable[], sheetName: (table: ExportTableName) => string): Promise<Uint8Array> {
  const sheets = tables.map((t) => ({ data: sheetData(t), sheet: safeSheetName(sheetName(t.name)), stickyRowsCount: 1 }));
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
