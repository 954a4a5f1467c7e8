import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, ImportError, looksBinary, parseCsv } from '../../../renderer/src/domain/import';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, and drops the BOM', () => {
    expect(decodeText(utf8('Zoë'))).toEqual({ text: 'Zoë', encoding: 'utf-8', bom: false });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Zoë')))).toEqual({ text: 'Zoë', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE with a BOM, and without one from the NUL pattern', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x5a, 0, 0xeb, 0)).text).toBe('Zë');
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x5a, 0, 0xeb)).text).toBe('Zë');
    expect(decodeText(bytes(0x4e, 0, 0x61, 0, 0x6d, 0, 0x65, 0))).toMatchObject({ text: 'Name', encoding: 'utf-16le' });
    expect(decodeText(bytes(0, 0x4e, 0, 0x61, 0, 0x6d, 0, 0x65))).toMatchObject({ text: 'Name', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Cœur d’Ivoire é": œ and ’ live in 0x80-0x9F, which ISO-8859-1 would get wrong.
    const decoded = decodeText(bytes(0x43, 0x9c, 0x75, 0x72, 0x20, 0x64, 0x92, 0x49, 0x20, 0xe9));
    expect(decoded).toEqual({ text: 'Cœur d’I é', encoding: 'windows-1252', bom: false });
  });
});

describe('looksBinary', () => {
  it('flags NUL characters and control-character noise, not ordinary text', () => {
    expect(looksBinary('Name,Org\nAna\u0000,X')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003\u0004abc')).toBe(true);
    expect(looksBinary('Name\tOrg\r\nAna\tX\f\n\u001a')).toBe(false);
  });
});

describe('parseCsv', () => {
  it('detects comma, semicolon, tab and pipe', () => {
    expect(parseCsv('Name,Org\nAna,X\n').delimiter).toBe(',');
    expect(parseCsv('Name;Org\nAna;X, Y\n').delimiter).toBe(';');
    expect(parseCsv('Name\tOrg\nSmith, Ana\tX\n').delimiter).toBe('\t');
    expect(parseCsv('Name|Org\nAna|X\n').delimiter).toBe('|');
    expect(detectDelimiter('Name\nAna\n')).toBe(',');
  });

  it('does not let delimiters inside quotes decide', () => {
    expect(parseCsv('"Name;a";"Org;b"\n"Ana, X";"B, Y"\n').delimiter).toBe(';');
  });

  it('reads quoted delimiters, doubled quotes and line breaks inside cells', () => {
    const { rows } = parseCsv('Name,Notes\r\n"Smith, John","He said ""hi""\nand left"\r\nAna,"a\r\nb"\r\n');
    expect(rows).toEqual([
      ['Name', 'Notes'],
      ['Smith, John', 'He said "hi"\nand left'],
      ['Ana', 'a\r\nb'],
    ]);
  });

  it('handles CR-only line ends, empty cells and a missing final line break', () => {
    // Empty cells are kept before a filled one, not after the last (a row of commas allocates nothing).
    expect(parseCsv('a,b\rc,\r,d').rows).toEqual([['a', 'b'], ['c'], ['', 'd']]);
  });

  it('numbers an unclosed quote’s row counting the blank lines above it', () => {
    expect(() => parseCsv('Name,Org\n\n,,\nAna,"Memorial\nBoris,X\n')).toThrow(expect.objectContaining({ code: 'unterminated-quote', details: { row: 4 } }));
  });

  it('keeps a blank line between rows as an empty row, and none after the last', () => {
    expect(parseCsv('a,b\n,,\n\nc,d\n,,,\n\n\n').rows).toEqual([['a', 'b'], [], [], ['c', 'd']]);
  });

  it('keeps quotes inside an unquoted cell and text after a closing quote', () => {
    expect(parseCsv('Name,Org\nAna "Nana" Diaz,"Org" Ltd\n').rows[1]).toEqual(['Ana "Nana" Diaz', 'Org Ltd']);
  });

  it('follows an Excel "sep=" line and does not count it as a row', () => {
    const { rows, delimiter } = parseCsv('sep=;\r\nName;Org\r\nAna, Maria;X\r\n');
    expect(delimiter).toBe(';');
    expect(rows).toEqual([
      ['Name', 'Org'],
      ['Ana, Maria', 'X'],
    ]);
  });

  it('refuses a quote that never closes, naming its row', () => {
    try {
      parseCsv('Name,Org\nAna,X\n"Zoe,Y\nKim,Z\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).code).toBe('unterminated-quote');
      expect((error as ImportError).details.row).toBe(3);
    }
  });
});
