/**
 * The few pieces of SpreadsheetML an import needs, read with plain string scanning:
 * the sheet list (workbook.xml + its relationships), shared strings, the date styles and the
 * cells of one sheet. Element names may carry a namespace prefix ("x:row"), as some writers emit.
 */
import { ImportError } from './errors';
import type { ProgressCallback, TableBudget } from './limits';

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** OOXML's own escape for characters XML cannot hold: "_x000D_" is a carriage return. */
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function codePointText(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, name: string) => {
    if (name[0] === '#') return codePointText(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return NAMED[name] ?? '';
  });
}

export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of an opening tag's inside, by local name (prefixes dropped), values unescaped. */
export function attributes(tagInside: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tagInside.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').replace(/^[\w.-]+:/, '');
    out[name] = unescapeXml(match[2] ?? match[3] ?? '');
  }
  return out;
}

/**
 * One unprefixed attribute of a tag's inside, without building them all: the hot path for cells.
 * Values are returned raw (cell references, types and style indexes hold no entities).
 */
export function attribute(tagInside: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tagInside.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = tagInside.charCodeAt(at - 1);
    // Preceded by whitespace (not part of "x14ac:dyDescent") and followed by = and a quote.
    if (at > 0 && before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let i = from;
    while (tagInside.charCodeAt(i) === 0x20) i++;
    if (tagInside[i] !== '=') continue;
    i++;
    while (tagInside.charCodeAt(i) === 0x20) i++;
    const quote = tagInside[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = tagInside.indexOf(quote, i + 1);
    return end < 0 ? undefined : tagInside.slice(i + 1, end);
  }
}

/** Every `<name ...>` or `<name .../>` opening tag (any prefix), as its attributes. */
export function openingTags(xml: string, name: string): Array<Record<string, string>> {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${name}(\\s[^>]*)?>`, 'g');
  return Array.from(xml.matchAll(tag), (m) => attributes(m[1] ?? ''));
}

/** The text of a rich or plain string: all `<t>` contents, phonetic runs (`<rPh>`) left out. */
export function stringItemText(inner: string): string {
  const withoutPhonetic = inner.includes('rPh') ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : inner;
  let text = '';
  for (const m of withoutPhonetic.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?t>/g)) text += m[1] ?? '';
  return unescapeOoxml(unescapeXml(text));
}

/** Items or cells read between two progress reports. */
const PROGRESS_EVERY = 4096;

/** sharedStrings.xml -> the strings by index; more than `maxCount` is refused as too many cells. */
export function parseSharedStrings(xml: string, options: { maxCount?: number; onProgress?: ProgressCallback } = {}): string[] {
  const out: string[] = [];
  const item = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  const maxCount = options.maxCount ?? Infinity;
  let m: RegExpExecArray | null;
  while ((m = item.exec(xml)) !== null) {
    if (out.length >= maxCount) throw new ImportError('too-many-cells', { limit: maxCount });
    out.push(m[1] ? stringItemText(m[1]) : '');
    if (options.onProgress && out.length % PROGRESS_EVERY === 0) options.onProgress(item.lastIndex / xml.length);
  }
  return out;
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a custom number format code shows a date: y/m/d/h/s outside quotes, brackets, escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare =
    code
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/\[[^\]]*\]/g, '')
      .split(';')[0] ?? '';
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** styles.xml -> for each cell style index (`s`), whether it shows a date. */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const attrs of openingTags(xml, 'numFmt')) custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  return openingTags(cellXfs, 'xf').map((attrs) => {
    const id = Number(attrs.numFmtId ?? 0);
    const format = custom.get(id);
    return format !== undefined ? isDateFormatCode(format) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** An Excel serial date as "YYYY-MM-DD" (with " HH:MM" when it has a time of day). */
export function serialDateText(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial)) return '';
  // Day 0 is 1899-12-30 in the 1900 system (which absorbs Lotus' phantom 29 Feb 1900).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.round(serial * 86_400_000));
  const day = `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0;
  return hasTime ? `${day} ${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}` : day;
}

/** A number as a person would type it: 41225550101, not 4.1225550101E10. */
export function numberText(value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value.trim();
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  return String(n);
}

/** "B12" -> column index 1 (0-based) and row number 12 (1-based); null when not a reference. */
export function cellReference(ref: string): { column: number; row: number } | null {
  let i = 0;
  if (ref.charCodeAt(i) === 0x24) i++; // $
  let column = 0;
  let letters = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 0x41 || code > 0x5a) break;
    column = column * 26 + (code - 0x40);
    letters++;
  }
  if (letters === 0 || letters > 3) return null;
  if (ref.charCodeAt(i) === 0x24) i++;
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return null;
    row = row * 10 + (code - 0x30);
    digits++;
  }
  if (digits === 0 || digits > 7 || row === 0) return null;
  return { column: column - 1, row };
}

export interface SheetCellContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** A row's opening tag (group 1: attributes), or a whole cell (2: attributes, 3: content). */
const ROW_OR_CELL = /<(?:[\w.-]+:)?row\b([^>]*)>|<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const INLINE = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

function cellValue(type: string, style: string | undefined, inner: string, context: SheetCellContext): string {
  if (type === 'inlineStr') {
    const is = INLINE.exec(inner)?.[1];
    return is === undefined ? '' : stringItemText(is);
  }
  const raw = VALUE.exec(inner)?.[1];
  if (raw === undefined) return '';
  switch (type) {
    case 's':
      return context.sharedStrings[Number(raw)] ?? '';
    case 'str':
      return unescapeOoxml(unescapeXml(raw));
    case 'b':
      return raw.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      // "#N/A", "#REF!": a formula error is no value a person typed.
      return '';
    case 'd': {
      // ISO 8601 date cells: keep the day, and the time of day when there is one.
      const iso = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(raw.trim());
      if (!iso) return raw.trim();
      return iso[2] && iso[2] !== '00:00' ? `${iso[1]} ${iso[2]}` : (iso[1] ?? '');
    }
    default: {
      if (style !== undefined && context.dateStyles[Number(style)] === true) return serialDateText(Number(raw), context.date1904);
      return numberText(unescapeXml(raw));
    }
  }
}

/**
 * A worksheet's cells as rows of text, positioned from A1 (so row numbers match Excel's).
 * With a budget, a filled cell past its rows or columns, or one cell too many, is refused before
 * it is kept: a cell in row 9,999,999 must not make ten million empty rows.
 */
export function parseSheetRows(xml: string, context: SheetCellContext, options: { budget?: TableBudget; onProgress?: ProgressCallback } = {}): string[][] {
  const { budget, onProgress } = options;
  const rows: string[][] = [];
  let rowIndex = -1;
  let column = -1;
  let seen = 0;
  const start = xml.search(/<(?:[\w.-]+:)?sheetData\b/);
  if (start < 0) return rows;
  ROW_OR_CELL.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = ROW_OR_CELL.exec(xml)) !== null) {
    if (onProgress && ++seen % PROGRESS_EVERY === 0) onProgress(ROW_OR_CELL.lastIndex / xml.length);
    if (m[1] !== undefined) {
      const r = Number(attribute(m[1], 'r'));
      rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
      column = -1;
      continue;
    }
    const inside = m[2] ?? '';
    const r = attribute(inside, 'r');
    const ref = r ? cellReference(r) : null;
    if (ref) {
      rowIndex = ref.row - 1;
      column = ref.column;
    } else {
      if (rowIndex < 0) rowIndex = 0;
      column++;
    }
    const text = m[3] ? cellValue(attribute(inside, 't') ?? 'n', attribute(inside, 's'), m[3], context) : '';
    if (text === '') continue;
    budget?.filledCell(rowIndex + 1, column);
    const row = (rows[rowIndex] ??= []);
    if (column >= row.length) budget?.keep(column + 1 - row.length);
    while (row.length < column) row.push('');
    row[column] = text;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}
