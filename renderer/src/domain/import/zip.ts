/**
 * The ZIP container of a workbook: its central directory (what each part declares) and the
 * unpacking of one part, never past the size it declared.
 *
 * fflate's one-call unzip allocates whatever size a part declares before reading a byte, and
 * when a part holds more than it declares it goes on inflating into nothing: a few kilobytes can
 * make it allocate a gigabyte or spin for a minute. Here the declared sizes are read first (the
 * caller checks them against its limits), and fflate's streaming inflater unpacks a part a small
 * piece at a time, stopping as soon as the output passes the declared size.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  packedSize: number;
  /** What the entry declares it unpacks to. */
  size: number;
  localHeaderOffset: number;
}

/** The part's bytes are not what its directory entry says: damaged, or made to mislead. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_32 = 0xffffffff;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}
/** A little-endian 64-bit size; past 2^53 it is no size a file of ours can have, and reads as Infinity. */
function u64(bytes: Uint8Array, at: number): number {
  const high = u32(bytes, at + 4);
  return high >= 0x200000 ? Infinity : high * 2 ** 32 + u32(bytes, at);
}

function findEndOfDirectory(bytes: Uint8Array): number {
  // 22 bytes plus a comment of up to 65535 bytes, at the very end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (u32(bytes, i) === EOCD) return i;
  return -1;
}

/** Sizes and offset a ZIP64 "extra field" gives for the 32-bit fields that read 0xFFFFFFFF. */
function zip64Values(bytes: Uint8Array, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = u16(bytes, at);
    const length = u16(bytes, at + 2);
    if (id === 0x0001) {
      // Only the fields that overflowed are there, in this order.
      let field = at + 4;
      if (entry.size === MAX_32) {
        entry.size = u64(bytes, field);
        field += 8;
      }
      if (entry.packedSize === MAX_32) {
        entry.packedSize = u64(bytes, field);
        field += 8;
      }
      if (entry.localHeaderOffset === MAX_32) entry.localHeaderOffset = u64(bytes, field);
      return;
    }
    at += 4 + length;
  }
}

/** Every entry of the archive's central directory; null when it cannot be found or read. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return null;
  let count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const locator = end - 20;
  if (locator >= 0 && u32(bytes, locator) === ZIP64_LOCATOR) {
    const zip64End = u64(bytes, locator + 8);
    if (!(zip64End + 56 <= bytes.length) || u32(bytes, zip64End) !== ZIP64_EOCD) return null;
    count = u64(bytes, zip64End + 32);
    at = u64(bytes, zip64End + 48);
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    // Each entry takes 46 bytes at least: a count the file cannot hold is a damaged directory.
    if (!(at + 46 <= bytes.length) || u32(bytes, at) !== CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      packedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    };
    if (entry.size === MAX_32 || entry.packedSize === MAX_32 || entry.localHeaderOffset === MAX_32) {
      zip64Values(bytes, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Input handed to the inflater at a time: what one piece can unpack to stays in the tens of megabytes. */
const PIECE = 16 * 1024;

/**
 * The entry's bytes, unpacked. Throws ZipFormatError when its data lies outside the file, uses
 * another compression, unpacks to more or less than it declared, or is not valid DEFLATE data.
 */
export function unpackZipEntry(bytes: Uint8Array, entry: ZipEntry, onProgress?: (fraction: number) => void): Uint8Array {
  const header = entry.localHeaderOffset;
  if (!(header + 30 <= bytes.length) || u32(bytes, header) !== LOCAL) throw new ZipFormatError(`no local header for ${entry.name}`);
  const start = header + 30 + u16(bytes, header + 26) + u16(bytes, header + 28);
  if (!(start + entry.packedSize <= bytes.length)) throw new ZipFormatError(`${entry.name} runs past the end of the file`);
  const packed = bytes.subarray(start, start + entry.packedSize);
  if (entry.method === 0) {
    if (entry.packedSize !== entry.size) throw new ZipFormatError(`${entry.name} is stored with two sizes`);
    return packed.slice();
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  // The caller has checked the declared size against its limits; this only refuses a size no array can take.
  if (!Number.isSafeInteger(entry.size)) throw new ZipFormatError(`${entry.name} declares no usable size`);

  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) throw new ZipFormatError(`${entry.name} unpacks to more than the ${entry.size} bytes it declares`);
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < packed.length || at === 0; at += PIECE) {
      inflater.push(packed.subarray(at, at + PIECE), at + PIECE >= packed.length);
      onProgress?.(Math.min(1, (at + PIECE) / Math.max(1, packed.length)));
    }
  } catch (error) {
    if (error instanceof ZipFormatError) throw error;
    throw new ZipFormatError(`${entry.name} is not valid DEFLATE data`);
  }
  if (written !== entry.size) throw new ZipFormatError(`${entry.name} unpacks to ${written} bytes, not the ${entry.size} it declares`);
  return out;
}
