/**
 * What a hub and its stations agree on besides the sealed frames: the paths, and the close
 * codes a hub sends when it refuses. Codes 4400-4499 tell y-websocket not to retry (a wrong
 * code stays wrong); the station shows why.
 */
export const SYNC_PATH = '/sync';

export const CLOSE = {
  /** The first frame did not open with the series' key: the code is wrong or from another series' hub. */
  wrongSecret: 4401,
  /** A display link that was revoked (or never existed). */
  revoked: 4403,
  /** This hub does not share that series (any more). */
  notShared: 4404,
  /** The station speaks another data format (another app version). */
  dataFormat: 4409,
  /** Not a frame, or too large. */
  malformed: 4400,
  /** The hub is stopping (Stop sharing, quit): try again later, or another host. */
  goingAway: 1001,
  /** The relay could not reach the hub: try again. */
  tryAgain: 1013,
} as const;

export type RefusalReason = 'wrong-secret' | 'revoked' | 'not-shared' | 'data-format' | 'malformed';

export function refusalOf(code: number): RefusalReason | null {
  switch (code) {
    case CLOSE.wrongSecret:
      return 'wrong-secret';
    case CLOSE.revoked:
      return 'revoked';
    case CLOSE.notShared:
      return 'not-shared';
    case CLOSE.dataFormat:
      return 'data-format';
    case CLOSE.malformed:
      return 'malformed';
    default:
      return null;
  }
}

/** The largest frame a hub accepts: a whole series of 20,000 participants is about 10 MB. */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export function stationPath(fingerprint: string): string {
  return `${SYNC_PATH}/${fingerprint}`;
}

export function displayPath(fingerprint: string, linkId: string): string {
  return `${SYNC_PATH}/${fingerprint}/display/${linkId}`;
}

/** The display link's id: 16 hex digits. */
export function isLinkId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
}

/** Where the series doc keeps the display links (shared with the hub, which reads them to serve displays). */
export const DISPLAY_LINKS_MAP = 'displayLinks';
/** Where a display link's public projection is published, keyed by link id. */
export const DISPLAY_FEEDS_MAP = 'displayFeeds';

export interface DisplayLinkRecord {
  room: string;
  /** The display key's secret, base32 (only stations and the hub read the series doc). */
  secret: string;
  createdAt: number;
  createdBy: string;
  revoked: boolean;
}

export function parseDisplayLinkRecord(value: unknown): DisplayLinkRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (
    typeof r.room !== 'string' ||
    typeof r.secret !== 'string' ||
    typeof r.createdAt !== 'number' ||
    typeof r.createdBy !== 'string' ||
    typeof r.revoked !== 'boolean'
  )
    return null;
  return { room: r.room, secret: r.secret, createdAt: r.createdAt, createdBy: r.createdBy, revoked: r.revoked };
}
