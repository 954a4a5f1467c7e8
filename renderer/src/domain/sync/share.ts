/**
 * What this station remembers of the series it shares: the hub's fingerprint of the series, the
 * secret (base32, as in the pairing code), the data format, whether this station hosts the hub,
 * and the hubs it knows (the one in the pairing code first, then every station that could host).
 * An app-wide record of this laptop, never replicated.
 */
const isFingerprint = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);

export interface ShareRecord {
  seriesId: string;
  fingerprint: string;
  secret: string;
  dataFormat: number;
  /** True while this station runs the hub (Share, or Host from here). */
  hosting: boolean;
  /** Hub addresses ("host:port"), the one to try first at the head. */
  hubs: string[];
  /** The port this station's own hub uses when it hosts. */
  port: number;
}

export const DEFAULT_HUB_PORT = 5391;

function isAddress(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/.test(value);
}

export function parseShareRecord(value: unknown): ShareRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.seriesId !== 'string' || !isFingerprint(r.fingerprint) || typeof r.secret !== 'string' || !/^[0-9A-Z]{26}$/.test(r.secret)) return null;
  if (typeof r.dataFormat !== 'number' || typeof r.hosting !== 'boolean' || !Array.isArray(r.hubs)) return null;
  const port = typeof r.port === 'number' && Number.isInteger(r.port) && r.port > 0 && r.port < 65536 ? r.port : DEFAULT_HUB_PORT;
  return {
    seriesId: r.seriesId,
    fingerprint: r.fingerprint,
    secret: r.secret,
    dataFormat: r.dataFormat,
    hosting: r.hosting,
    hubs: r.hubs.filter(isAddress),
    port,
  };
}

/** The hubs to try, the preferred first, each once. */
export function withPreferredHub(hubs: readonly string[], preferred: string): string[] {
  return [preferred, ...hubs.filter((h) => h !== preferred)];
}

/** A port typed in Settings: a whole number from 1024 to 65535, else null. */
export function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text.trim())) return null;
  const port = Number(text.trim());
  return port >= 1024 && port <= 65535 ? port : null;
}
