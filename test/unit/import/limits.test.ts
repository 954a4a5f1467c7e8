/**
 * The import's limits: small files that declare or expand to too much are refused with their
 * own message before the memory is taken, and a file just inside each limit is still read.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, ImportError, readTable, type ImportErrorCode, type ImportFile, type ReadTableOptions } from '../../../renderer/src/domain/import';
import { readZipDirectory, unpackZipEntry, ZipFormatError } from '../../../renderer/src/domain/import/zip';
import {
  csvOfCells,
  declaredSizeBombXlsx,
  declareSize,
  inlineCell,
  ratioBombXlsx,
  rowBombXlsx,
  workbookParts,
  xlsxWithCellAt,
  zipParts,
} from '../../fixtures/import/hostile';

const file = (name: string, bytes: Uint8Array): ImportFile => ({ name, bytes });
const text = (content: string) => new TextEncoder().encode(content);

async function refusal(input: ImportFile, options: ReadTableOptions = {}): Promise<ImportError> {
  const error = await readTable(input, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

async function expectRefused(input: ImportFile, code: ImportErrorCode, options: ReadTableOptions = {}): Promise<ImportError> {
  const error = await refusal(input, options);
  expect(error.code, error.message).toBe(code);
  return error;
}

describe('rows', () => {
  it('refuses the 2 KB workbook with a cell in row 9,999,999 before making ten million rows', async () => {
    const bytes = rowBombXlsx();
    expect(bytes.length).toBeLessThan(3000);
    const error = await expectRefused(file('rows.xlsx', bytes), 'too-many-rows');
    expect(error.details).toEqual({ row: 9_999_999, limit: IMPORT_LIMITS.rows });
    expect(error.message).toBe('The table goes on to row 9,999,999; the limit is 100,000 rows. Split the list into several files.');
  });

  it('reads a workbook whose last filled row is the limit', async () => {
    const table = await readTable(file('edge.xlsx', xlsxWithCellAt(`A${IMPORT_LIMITS.rows}`)));
    expect(table.firstRowNumber + table.rows.length - 1).toBe(IMPORT_LIMITS.rows);
    expect(table.rows.at(-1)).toEqual(['x']);
  });

  it('refuses a CSV with one row more than the limit', async () => {
    await expectRefused(file('rows.csv', text(`Name\n${'a\n'.repeat(IMPORT_LIMITS.rows)}`)), 'too-many-rows');
    const table = await readTable(file('rows.csv', text(`Name\n${'a\n'.repeat(IMPORT_LIMITS.rows - 1)}`)));
    expect(table.rows).toHaveLength(IMPORT_LIMITS.rows - 1);
  });

  it('does not count blank lines after the table, however many', async () => {
    const table = await readTable(file('blank-tail.csv', text(`Name,Organisation\nAna,Memorial\n${',\n'.repeat(300_000)}`)));
    expect(table.rows).toEqual([['Ana', 'Memorial']]);
  });
});

describe('columns', () => {
  it('refuses a workbook with a cell in column IW (the 257th)', async () => {
    const error = await expectRefused(file('columns.xlsx', xlsxWithCellAt('IW2')), 'too-many-columns');
    expect(error.details).toEqual({ row: 2, column: 256, limit: IMPORT_LIMITS.columns });
  });

  it('reads a workbook with a cell in column IV (the 256th)', async () => {
    const table = await readTable(file('columns.xlsx', xlsxWithCellAt('IV2')));
    expect(table.headers).toHaveLength(256);
  });

  it('refuses a CSV with a filled field past the limit, not one with empty fields past it', async () => {
    const wide = ['Name', ...Array.from({ length: 300 }, (_, i) => `C${i}`)].join(',');
    await expectRefused(file('wide.csv', text(`${wide}\nAna\n`)), 'too-many-columns');
    // Excel writes a used range of formatted but empty columns as trailing commas.
    const table = await readTable(file('commas.csv', text(`Name,Organisation${','.repeat(16_000)}\nAna,Memorial${','.repeat(16_000)}\n`)));
    expect(table.headers).toEqual(['Name', 'Organisation']);
  });
});

describe('cells', () => {
  it('refuses a CSV of more than two million cells', async () => {
    // 10,000 rows of 201 one-letter cells, 4 MB: the whole table would be 2,010,201 cells.
    const error = await expectRefused(file('cells.csv', csvOfCells(10_000, 201)), 'too-many-cells');
    expect(error.details).toEqual({ limit: IMPORT_LIMITS.cells });
  });

  it('refuses a workbook past a cell limit, counting the empty cells kept between filled ones', async () => {
    const data = Array.from({ length: 5 }, (_, r) => `<row r="${r + 1}">${inlineCell(`A${r + 1}`, 'Name')}${inlineCell(`J${r + 1}`, 'x')}</row>`).join('');
    const bytes = zipParts(workbookParts([{ name: 'Sheet', data }]));
    // Five rows of ten cells (A..J, eight of them empty): 50.
    await expectRefused(file('cells.xlsx', bytes), 'too-many-cells', { limits: { cells: 49 } });
    expect((await readTable(file('cells.xlsx', bytes), { limits: { cells: 50 } })).rows).toHaveLength(4);
  });

  it('refuses more shared strings than the cell limit', async () => {
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>s</t></si>'.repeat(101)}</sst>`;
    const bytes = zipParts(
      workbookParts([{ name: 'Sheet', data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` }], {
        'xl/sharedStrings.xml': strings,
      }),
    );
    await expectRefused(file('strings.xlsx', bytes), 'too-many-cells', { limits: { cells: 100 } });
  });
});

describe('what a ZIP declares', () => {
  it('refuses the 3 KB workbook whose parts declare 250 MiB each, before unpacking any', async () => {
    const bytes = declaredSizeBombXlsx();
    expect(bytes.length).toBeLessThan(3000);
    const error = await expectRefused(file('declared.xlsx', bytes), 'unpacked-too-large');
    expect(error.details).toEqual({ size: 250 * 1024 * 1024, limit: IMPORT_LIMITS.partBytes });
    expect(error.message).toBe('This Excel file would take 250.0 MB once unpacked; the limit is 128 MB. It may be damaged or made to fill the memory.');
  });

  it('refuses parts that are each within the limit but too much together', async () => {
    const bytes = zipParts(workbookParts([{ name: 'Sheet', data: `<row r="1">${inlineCell('A1', 'Name')}</row><row r="2">${inlineCell('A2', 'Ana')}</row>` }]));
    const sizes = readZipDirectory(bytes)?.filter((e) => e.name.startsWith('xl/')) ?? [];
    const total = sizes.reduce((sum, e) => sum + e.size, 0);
    const largest = Math.max(...sizes.map((e) => e.size));
    await expectRefused(file('total.xlsx', bytes), 'unpacked-too-large', { limits: { partBytes: largest, unpackedBytes: total - 1 } });
    expect((await readTable(file('total.xlsx', bytes), { limits: { partBytes: largest, unpackedBytes: total } })).rows).toEqual([['Ana']]);
  });

  it('refuses a part that unpacks to more than 100 times its size', async () => {
    const bytes = ratioBombXlsx(8);
    expect(bytes.length).toBeLessThan(40_000);
    const error = await expectRefused(file('ratio.xlsx', bytes), 'compression-ratio');
    expect(error.details.limit).toBe(100);
    expect(error.details.ratio).toBeGreaterThan(100);
  });

  it('reads a small part however well it compresses (under the 1 MiB floor)', async () => {
    const table = await readTable(file('small-ratio.xlsx', ratioBombXlsx(0)));
    expect(table.rows).toEqual([['Ana']]);
  });

  it('refuses a part that holds more than it declares, and one that holds less, as damaged', async () => {
    const honest = ratioBombXlsx(0);
    const sheet = readZipDirectory(honest)?.find((e) => e.name === 'xl/worksheets/sheet1.xml');
    if (!sheet) throw new Error('no sheet');
    await expectRefused(file('less.xlsx', declareSize(honest, sheet.name, sheet.size - 10)), 'invalid-xlsx');
    await expectRefused(file('more.xlsx', declareSize(honest, sheet.name, sheet.size + 10)), 'invalid-xlsx');
  });

  it('stops unpacking a part that lies about its size as soon as it passes it', () => {
    // 8 MiB of spaces declared as 100 bytes: unpacking stops at the first piece, not after 8 MiB.
    const bomb = ratioBombXlsx(8);
    const entry = readZipDirectory(bomb)?.find((e) => e.name === 'xl/worksheets/sheet1.xml');
    if (!entry) throw new Error('no sheet');
    const progress: number[] = [];
    expect(() => unpackZipEntry(bomb, { ...entry, size: 100 }, (f) => progress.push(f))).toThrow(ZipFormatError);
    expect(progress.length).toBeLessThanOrEqual(1);
  });

  it('reads the sizes of a ZIP64 entry from its extra field', () => {
    const bytes = zip64Stored('xl/workbook.xml', text('<workbook/>'));
    const entry = readZipDirectory(bytes)?.[0];
    expect(entry).toMatchObject({ name: 'xl/workbook.xml', size: 11, packedSize: 11, localHeaderOffset: 0 });
    expect(new TextDecoder().decode(unpackZipEntry(bytes, entry!))).toBe('<workbook/>');
  });
});

describe('progress', () => {
  it('reports a CSV and a workbook read from 0 to 1, never going back', async () => {
    const data = Array.from({ length: 20_000 }, (_, r) => `<row r="${r + 1}">${inlineCell(`A${r + 1}`, r === 0 ? 'Name' : `P${r}`)}</row>`).join('');
    const workbook = zipParts(workbookParts([{ name: 'Sheet', data }]));
    for (const input of [file('cells.csv', csvOfCells(20_000, 3)), file('rows.xlsx', workbook)]) {
      const seen: number[] = [];
      await readTable(input, { onProgress: (fraction) => seen.push(fraction) });
      expect(seen.length, input.name).toBeGreaterThan(2);
      expect(
        seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (seen[i - 1] ?? 0))),
        input.name,
      ).toBe(true);
    }
  });
});

/** A one-entry ZIP64 archive (stored, sizes and offset in the ZIP64 extra field), as some .NET writers make. */
function zip64Stored(name: string, data: Uint8Array): Uint8Array {
  const nameBytes = text(name);
  const extra = new Uint8Array(28);
  const ev = new DataView(extra.buffer);
  ev.setUint16(0, 0x0001, true);
  ev.setUint16(2, 24, true);
  ev.setBigUint64(4, BigInt(data.length), true);
  ev.setBigUint64(12, BigInt(data.length), true);
  ev.setBigUint64(20, 0n, true);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length + extra.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint32(20, 0xffffffff, true);
  cv.setUint32(24, 0xffffffff, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint16(30, extra.length, true);
  cv.setUint32(42, 0xffffffff, true);
  central.set(nameBytes, 46);
  central.set(extra, 46 + nameBytes.length);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, 1, true);
  endView.setUint16(10, 1, true);
  endView.setUint32(12, central.length, true);
  endView.setUint32(16, local.length + data.length, true);
  const out = new Uint8Array(local.length + data.length + central.length + end.length);
  out.set(local, 0);
  out.set(data, local.length);
  out.set(central, local.length + data.length);
  out.set(end, local.length + data.length + central.length);
  return out;
}
