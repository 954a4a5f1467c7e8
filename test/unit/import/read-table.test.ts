import { describe, expect, it } from 'vitest';
import {
  checkFileSize,
  ImportError,
  MAX_IMPORT_BYTES,
  previewRows,
  readTable,
  type ImportErrorCode,
  type ImportFile,
  type Table,
} from '../../../renderer/src/domain/import';
import { fixture } from './helpers';

const WORLD_NAMES = ['Ana González', 'Zoë Müller', 'Kouassi Yao', 'Ольга Смирнова', 'Nguyễn Thị Hoa', 'John Smith', 'ليلى أحمد', 'Kim Min-jun'];
const LATIN_NAMES = ['Ana González', 'Zoë Müller', 'Kouassi Yao', 'François Lefèvre', 'Søren Ærø', 'Chloé Bœuf'];

const column = (table: Table, header: string) => {
  const index = table.headers.indexOf(header);
  expect(index, `column "${header}"`).toBeGreaterThanOrEqual(0);
  return table.rows.map((row) => row[index] ?? '');
};

async function expectImportError(file: ImportFile | Promise<Table>, code: ImportErrorCode): Promise<ImportError> {
  const promise = 'bytes' in file ? readTable(file) : file;
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
  expect((error as ImportError).message).not.toBe('');
  return error as ImportError;
}

describe('readTable: encodings', () => {
  it.each([
    ['utf8-comma.csv', 'utf-8', false, ','],
    ['utf8-bom-semicolon.csv', 'utf-8', true, ';'],
    ['utf16le-tab.txt', 'utf-16le', true, '\t'],
    ['utf16be-tab.txt', 'utf-16be', true, '\t'],
  ] as const)('%s: names in every script come out right', async (name, encoding, bom, delimiter) => {
    const table = await readTable(fixture(name));
    expect(table).toMatchObject({ format: 'csv', encoding, bom, delimiter, headerRowNumber: 1, firstRowNumber: 2 });
    expect(table.headers[0]).toBe('Full name'); // no BOM glued to the first header
    expect(table.headers).toHaveLength(12);
    expect(column(table, 'Full name')).toEqual(WORLD_NAMES);
    expect(column(table, 'Country')).toContain("Côte d'Ivoire");
  });

  it.each([
    ['windows-1252-semicolon.csv', ';'],
    ['windows-1252-comma.csv', ','],
  ] as const)('%s: Windows-1252 accents, œ and ’ come out right', async (name, delimiter) => {
    const table = await readTable(fixture(name));
    expect(table).toMatchObject({ encoding: 'windows-1252', bom: false, delimiter });
    expect(column(table, 'Name')).toEqual(LATIN_NAMES);
    expect(column(table, 'Organisation')).toContain('Association Cœur d’Afrique');
    expect(column(table, 'Country')).toContain("Côte d'Ivoire");
    expect(column(table, 'Country')).toContain('Türkiye');
  });

  it('tab.tsv: tab-separated UTF-8', async () => {
    const table = await readTable(fixture('tab.tsv'));
    expect(table.delimiter).toBe('\t');
    expect(column(table, 'Name')).toEqual(LATIN_NAMES);
  });
});

describe('readTable: quoted fields', () => {
  it('keeps commas, doubled quotes and line breaks inside cells, and markup as text', async () => {
    const table = await readTable(fixture('quoted.csv'));
    // The "sep=," line is Excel's hint, hidden by Excel: the header is still row 1.
    expect(table.headerRowNumber).toBe(1);
    expect(table.headers).toEqual(['Name', 'Organisation', 'Notes']);
    expect(table.rows).toEqual([
      ['Smith, John', 'Org "Quoted" Name', 'Line one\nLine two'],
      ['<b>Bold</b>', 'Plain', 'a,b,c'],
      ['Ngozi "Ngo" Okonjo', 'Multi\nline\norg', 'x'],
      ['Plain Name', 'Plain Org', 'He said "hi"'],
    ]);
  });
});

describe('readTable: XLSX', () => {
  it('reads the first sheet and lists every sheet', async () => {
    const table = await readTable(fixture('two-sheets.xlsx'));
    expect(table.format).toBe('xlsx');
    expect(table.sheetNames).toEqual(['Participants', 'Observateurs']);
    expect(table.sheetName).toBe('Participants');
    expect(table.headers).toEqual(['Name', 'Organisation', 'Category', 'Country', 'Phone', 'Confidential', 'Registered']);
    expect(column(table, 'Name')).toEqual(['Ana González', 'Zoë Müller', 'Ольга Смирнова', 'Kouassi Yao']);
    // Numbers, booleans and dates arrive as the text a person would type.
    expect(column(table, 'Phone')).toEqual(['41225550101', '', '', '2250102030405']);
    expect(column(table, 'Confidential')).toEqual(['FALSE', 'TRUE', 'TRUE', 'FALSE']);
    expect(column(table, 'Registered')).toEqual(['2018-04-11', '2018-04-12', '', '']);
  });

  it('reads a chosen sheet', async () => {
    const table = await readTable(fixture('two-sheets.xlsx'), { sheetName: 'Observateurs' });
    expect(table.sheetName).toBe('Observateurs');
    expect(table.headers).toEqual(['Nom', 'Organisme', 'Pays']);
    expect(column(table, 'Nom')).toEqual(['Aminata Traoré', 'Jean-Pierre Dubois']);
  });

  it('refuses a sheet that does not exist, listing the real ones', async () => {
    const error = await expectImportError(readTable(fixture('two-sheets.xlsx'), { sheetName: 'Nope' }), 'sheet-not-found');
    expect(error.details).toEqual({ sheet: 'Nope', sheetNames: ['Participants', 'Observateurs'] });
  });

  it('skips an empty first sheet when no sheet is chosen, and refuses it when chosen', async () => {
    const table = await readTable(fixture('empty-first-sheet.xlsx'));
    expect(table.sheetName).toBe('Data');
    expect(table.rows).toEqual([['Ana González', 'Org A']]);
    await expectImportError(readTable(fixture('empty-first-sheet.xlsx'), { sheetName: 'Blank' }), 'empty-sheet');
  });

  it('finds the header below a title and keeps Excel row numbers', async () => {
    const table = await readTable(fixture('title-rows.xlsx'));
    expect(table.headerRowNumber).toBe(3);
    expect(table.firstRowNumber).toBe(4);
    expect(table.headers).toEqual(['First name', 'Last name', 'Organization', 'State', 'Sessions']);
    expect(previewRows(table, 3)).toEqual([
      { row: 4, cells: ['Ana', 'González', 'Org A', 'Colombia', 'Colombia'] },
      { row: 5, cells: ['Zoë', 'Müller', 'Org B', 'Germany', 'Germany; Cuba'] },
      { row: 7, cells: ['', '', 'Org C', 'France', 'Cuba'] },
    ]);
  });

  it('lets the user say which row is the header', async () => {
    const table = await readTable(fixture('title-rows.xlsx'), { headerRow: 1 });
    expect(table.headers[0]).toBe('Pre-session 30 — participants');
    expect(table.firstRowNumber).toBe(2);
  });

  it('accepts a Node Buffer view into a larger pool', async () => {
    const { bytes } = fixture('two-sheets.xlsx');
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    const table = await readTable({ name: 'x.xlsx', bytes: padded.subarray(10, 10 + bytes.length) });
    expect(table.rows).toHaveLength(4);
  });
});

describe('readTable: bad files produce a typed error and nothing else', () => {
  it.each([
    ['empty.csv', 'empty-file'],
    ['whitespace.csv', 'empty-file'],
    ['header-only.csv', 'no-data-rows'],
    ['header-only.xlsx', 'no-data-rows'],
    ['image.png', 'binary-file'],
    ['document.pdf', 'binary-file'],
    ['archive.zip', 'binary-file'],
    ['nul-bytes.csv', 'binary-file'],
    ['legacy.xls', 'legacy-excel'],
    ['damaged.xlsx', 'invalid-xlsx'],
    ['unterminated-quote.csv', 'unterminated-quote'],
  ] as const)('%s -> %s', async (name, code) => {
    await expectImportError(fixture(name), code);
  });

  it('says what kind of binary file it is', async () => {
    expect((await expectImportError(fixture('image.png'), 'binary-file')).details.kind).toBe('png');
    expect((await expectImportError(fixture('document.pdf'), 'binary-file')).details.kind).toBe('pdf');
    const zip = await expectImportError(fixture('archive.zip'), 'binary-file');
    expect(zip.details.kind).toBe('zip');
    expect(zip.message).toMatch(/ZIP archive/);
    expect((await expectImportError(fixture('nul-bytes.csv'), 'binary-file')).details.kind).toBe('nul-bytes');
  });

  it('refuses an HTML table or XML saved under an Excel name', async () => {
    const html = new TextEncoder().encode('<html><body><table><tr><td>Name</td></tr><tr><td>Ana</td></tr></table></body></html>');
    expect((await expectImportError({ name: 'export.xls', bytes: html }, 'unsupported-spreadsheet')).details.kind).toBe('html');
    const xml = new TextEncoder().encode('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>');
    expect((await expectImportError({ name: 'export.xml', bytes: xml }, 'unsupported-spreadsheet')).details.kind).toBe('xml');
    // A CSV whose first name happens to hold markup is still a CSV.
    await expect(readTable({ name: 'x.csv', bytes: new TextEncoder().encode('<b>Name</b>\nAna\n') })).resolves.toMatchObject({ headers: ['<b>Name</b>'] });
  });

  it('refuses a file over 50 MB before parsing it', async () => {
    const error = await expectImportError({ name: 'big.csv', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) }, 'file-too-large');
    expect(error.details).toEqual({ size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
    expect(error.message).toMatch(/limit is 50 MB/);
    expect(() => checkFileSize(MAX_IMPORT_BYTES)).not.toThrow();
    expect(() => checkFileSize(MAX_IMPORT_BYTES + 1)).toThrow(ImportError);
  });

  it('gives each error a translation key', async () => {
    const error = await expectImportError(fixture('empty.csv'), 'empty-file');
    expect(error.messageKey).toBe('import.error.empty-file');
    expect(error.message).toBe('The file is empty.');
  });
});
