import { describe, expect, it } from 'vitest';
import { ImportError, readXlsx } from '../../../renderer/src/domain/import';
import { attribute, cellReference, isDateFormatCode, numberText, parseSharedStrings, serialDateText } from '../../../renderer/src/domain/import/xlsx-parts';
import { fixture } from './helpers';

describe('readXlsx on a hand-written workbook', () => {
  it('lists worksheets (not chart sheets) and skips a hidden sheet when choosing by itself', () => {
    const sheet = readXlsx(fixture('handmade.xlsx').bytes);
    expect(sheet.sheetNames).toEqual(['Notes', 'Data & Co']);
    expect(sheet.sheetName).toBe('Data & Co');
  });

  it('reads every kind of cell as the text a person would type', () => {
    const { rows } = readXlsx(fixture('handmade.xlsx').bytes);
    expect(rows).toEqual([
      ['Name', 'Organisation', 'Joined', 'Phone', 'Confidential', 'Note'],
      ['Ana González', 'Org & <b>Co</b>', '2018-04-11', '41225550101', 'TRUE', 'Line one\r\nLine two'],
      [],
      ['Zoë Müller', '', '2018-04-11 12:00', '', 'FALSE', '2018-04-11'],
      ['', '', '', '', '', '1.5'],
    ]);
  });

  it('reads a hidden sheet when asked for it', () => {
    expect(readXlsx(fixture('handmade.xlsx').bytes, 'Notes').rows).toEqual([['Hidden']]);
  });

  it('refuses a damaged workbook', () => {
    expect(() => readXlsx(fixture('damaged.xlsx').bytes)).toThrow(ImportError);
  });
});

describe('SpreadsheetML pieces', () => {
  it('parses cell references', () => {
    expect(cellReference('A1')).toEqual({ column: 0, row: 1 });
    expect(cellReference('$AB$12')).toEqual({ column: 27, row: 12 });
    expect(cellReference('xfd1048576')).toEqual({ column: 16383, row: 1048576 });
    for (const bad of ['', '1A', 'A', 'ABCD1', 'A0', 'A1B']) expect(cellReference(bad), bad).toBeNull();
  });

  it('reads one attribute without mistaking a prefixed or partial name', () => {
    const inside = ' x14ac:r="no" rr="no" r = "B2" t=\'s\' s="3"';
    expect(attribute(inside, 'r')).toBe('B2');
    expect(attribute(inside, 't')).toBe('s');
    expect(attribute(inside, 's')).toBe('3');
    expect(attribute(inside, 'q')).toBeUndefined();
  });

  it('tells date formats from other number formats', () => {
    for (const code of ['dd/mm/yyyy', 'yyyy-mm-dd hh:mm', 'd-mmm-yy', '[$-409]mmmm d, yyyy', 'h:mm AM/PM']) expect(isDateFormatCode(code), code).toBe(true);
    for (const code of ['General', '0.00', '"Tel: "0', '#,##0 "days"', '[Red]0', '@', '0\\h']) expect(isDateFormatCode(code), code).toBe(false);
  });

  it('converts serial dates in both date systems', () => {
    expect(serialDateText(43201, false)).toBe('2018-04-11');
    expect(serialDateText(41739, true)).toBe('2018-04-11');
    expect(serialDateText(43201.75, false)).toBe('2018-04-11 18:00');
    expect(serialDateText(61, false)).toBe('1900-03-01');
  });

  it('writes numbers without exponents or grouping', () => {
    expect(numberText('41225550101')).toBe('41225550101');
    expect(numberText('4.1225550101E10')).toBe('41225550101');
    expect(numberText('12.50')).toBe('12.5');
  });

  it('reads shared strings with rich runs, phonetic runs and escapes', () => {
    const xml =
      '<sst><si><t>a&amp;b</t></si><si/><si><r><t>x</t></r><r><t xml:space="preserve"> y</t></r><rPh><t>z</t></rPh></si><si><t>_x0041__x005F_x</t></si></sst>';
    expect(parseSharedStrings(xml)).toEqual(['a&b', '', 'x y', 'A_x']);
  });
});
