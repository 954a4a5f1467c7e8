/**
 * What a file is, from its first bytes (never from its name, which users rename freely).
 * ZIP containers are told apart by the names of their entries (read from the central directory).
 */
import { readZipDirectory } from './zip';

export type FileKind =
  'text' | 'xlsx' | 'ods' | 'docx' | 'pptx' | 'zip' | 'ole2' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'gzip' | 'rar' | '7z' | 'executable';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) {
    if (bytes[offset + i] !== signature[i]) return false;
  }
  return true;
}

const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));

const SIGNATURES: ReadonlyArray<readonly [Exclude<FileKind, 'text' | 'xlsx' | 'ods' | 'docx' | 'pptx' | 'zip' | 'webp'>, readonly number[]]> = [
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', ascii('%PDF')],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', ascii('GIF8')],
  ['gzip', [0x1f, 0x8b]],
  ['rar', ascii('Rar!')],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  // ELF. (A Windows 'MZ' header is not checked: two letters could start a text file; its NUL
  // bytes give it away anyway.)
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY);
}

/**
 * Names of the entries of a ZIP archive, from its central directory; null when the directory
 * cannot be found (a truncated or damaged archive).
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return readZipDirectory(bytes)?.map((entry) => entry.name) ?? null;
}

function zipKind(bytes: Uint8Array): FileKind {
  const names = zipEntryNames(bytes);
  // A damaged archive that still says it is a workbook: let the XLSX reader report it as damaged.
  if (!names) return 'xlsx';
  const has = (name: string) => names.some((entry) => entry.toLowerCase() === name);
  if (has('xl/workbook.xml') || has('xl/workbook.bin')) return 'xlsx';
  if (has('mimetype') && has('content.xml')) return 'ods';
  if (has('word/document.xml')) return 'docx';
  if (has('ppt/presentation.xml')) return 'pptx';
  return 'zip';
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (isZip(bytes)) return zipKind(bytes);
  for (const [kind, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) return kind;
  }
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  return 'text';
}
