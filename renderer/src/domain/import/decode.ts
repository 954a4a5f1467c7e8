/**
 * Bytes to text for CSV files, as people's spreadsheets actually save them:
 * UTF-8 with or without a BOM, UTF-16 LE/BE (Excel's "Unicode text", with a BOM),
 * and Windows-1252 (Excel's "CSV" on Western European Windows) when the bytes are not UTF-8.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file began with a byte-order mark (removed from `text`). */
  bom: boolean;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-16 without a BOM shows as a NUL byte in every other position for Latin text.
 * Looks at the first 4 KB: mostly-zero odd bytes mean little-endian, mostly-zero even bytes big.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Windows-1252's 0x80-0x9F (the rest of the code page is ISO-8859-1, i.e. the byte value). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 by hand: Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (œ, ’, € come
 * out as control characters), while browsers get it right; this gives both the same answer.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 8192;
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(chunk, bytes.length));
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(bytes.length, start + chunk);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] as number;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] as number) : byte;
    }
    parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(0, end - start))));
  }
  return parts.join('');
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal = false): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // ignoreBOM: the BOM has already been cut off, and a second one would be data.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', bom: true };
  }
  if (hasPrefix(bytes, [0xff, 0xfe])) {
    return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (hasPrefix(bytes, [0xfe, 0xff])) {
    return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: decode(bytes, utf16), encoding: utf16, bom: false };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8', bom: false };
  } catch {
    // Not valid UTF-8: the bytes are from a legacy Western code page, of which Windows-1252 is
    // a superset of ISO-8859-1 for every printable character.
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252', bom: false };
  }
}

/**
 * Whether decoded "text" is really binary data: any NUL character, or more than 1% control
 * characters (tab, line breaks, form feed and a final DOS end-of-file mark excepted) in the
 * first 64 K characters.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const length = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) {
      if (!(code === 0x1a && i === text.length - 1)) controls++;
    } else if (code === 0x7f || (code >= 0x80 && code <= 0x9f)) {
      controls++;
    } else if (code === 0xfffd) {
      controls++;
    }
  }
  return controls > Math.max(1, length * 0.01);
}
