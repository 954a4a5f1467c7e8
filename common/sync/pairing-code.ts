/**
 * The pairing code a sharing station shows (as text and as a QR code) and a joining station
 * types or scans: which hub to reach, which series, the 128-bit secret every sync message is
 * sealed with, and the data format both sides must speak. Nothing else; no name of anything.
 *
 * Layout (34 bytes, then Crockford base32 in groups of five after "SD-"):
 *   [0] code format (1) · [1] data format (the store's schema version) · [2..9] the series'
 *   fingerprint · [10..25] the secret · [26..29] IPv4 address · [30..31] port · [32..33] checksum.
 */
import { decodeBase32, encodeBase32 } from './base32';

export const PAIRING_CODE_FORMAT = 1;
const LENGTH = 34;
const PREFIX = 'SD-';

export interface PairingCode {
  dataFormat: number;
  /** 16 hex digits naming the series on the hub (seriesFingerprint). */
  fingerprint: string;
  /** 16 random bytes. */
  secret: Uint8Array;
  /** Dotted IPv4 address of the hub. */
  host: string;
  port: number;
}

export type PairingCodeProblem = 'empty' | 'malformed' | 'checksum' | 'code-format';

/** A short, stable name of a series for the hub and the code: 64 bits of FNV-1a over its id. */
export function seriesFingerprint(seriesId: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < seriesId.length; i += 1) {
    const c = seriesId.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a & 0xff), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
}

/** Fletcher-16: catches a mistyped or swapped character before anything is tried on the network. */
function checksum(bytes: Uint8Array): number {
  let a = 0;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return (b << 8) | a;
}

export function parseIpv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  const numbers = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return numbers.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? numbers : null;
}

export function encodePairingCode(code: PairingCode): string {
  const ip = parseIpv4(code.host);
  if (!ip) throw new Error(`Not an IPv4 address: ${code.host}`);
  if (!Number.isInteger(code.port) || code.port < 1 || code.port > 65535) throw new Error(`Not a port: ${code.port}`);
  if (code.secret.length !== 16) throw new Error('The secret must be 16 bytes');
  if (!isFingerprint(code.fingerprint)) throw new Error('Not a series fingerprint');
  const bytes = new Uint8Array(LENGTH);
  bytes[0] = PAIRING_CODE_FORMAT;
  bytes[1] = code.dataFormat & 255;
  for (let i = 0; i < 8; i += 1) bytes[2 + i] = parseInt(code.fingerprint.slice(i * 2, i * 2 + 2), 16);
  bytes.set(code.secret, 10);
  bytes.set(ip, 26);
  bytes[30] = code.port >> 8;
  bytes[31] = code.port & 255;
  const sum = checksum(bytes.subarray(0, 32));
  bytes[32] = sum >> 8;
  bytes[33] = sum & 255;
  const text = encodeBase32(bytes);
  return PREFIX + (text.match(/.{1,5}/g) ?? []).join('-');
}

export type ParsedPairingCode = { ok: true; code: PairingCode } | { ok: false; problem: PairingCodeProblem };

/** Reads a typed or scanned code: any case, spaces and dashes anywhere, the "SD-" prefix optional. */
export function parsePairingCode(input: string): ParsedPairingCode {
  const compact = input
    .trim()
    .replace(/^sd[\s-]*/i, '')
    .replace(/[\s-]+/g, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  if (compact.length > 80) return { ok: false, problem: 'malformed' };
  const bytes = decodeBase32(compact);
  if (!bytes || bytes.length !== LENGTH) return { ok: false, problem: 'malformed' };
  const sum = checksum(bytes.subarray(0, 32));
  if (bytes[32] !== sum >> 8 || bytes[33] !== (sum & 255)) return { ok: false, problem: 'checksum' };
  if (bytes[0] !== PAIRING_CODE_FORMAT) return { ok: false, problem: 'code-format' };
  const hex = Array.from(bytes.subarray(2, 10), (b) => b.toString(16).padStart(2, '0')).join('');
  return {
    ok: true,
    code: {
      dataFormat: bytes[1] ?? 0,
      fingerprint: hex,
      secret: bytes.slice(10, 26),
      host: Array.from(bytes.subarray(26, 30)).join('.'),
      port: ((bytes[30] ?? 0) << 8) | (bytes[31] ?? 0),
    },
  };
}

export function randomSecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(16));
}
