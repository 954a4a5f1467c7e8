/**
 * Display-only links: a room's display for any browser of the venue network. Each link has its
 * own 128-bit secret (never the stations'), is kept in the series' document (which the hub
 * reads to serve it) and can be revoked; the page's address carries the secret after "#", so it
 * never reaches a server's log.
 */
import type * as Y from 'yjs';
import { benchMark } from '../../ui/bench-mark';
import { encodeBase32 } from '../../../../common/sync/base32';
import { randomSecret } from '../../../../common/sync/pairing-code';
import { DISPLAY_FEEDS_MAP, DISPLAY_LINKS_MAP, parseDisplayLinkRecord, type DisplayLinkRecord } from '../../../../common/sync/wire';

export interface DisplayLink extends DisplayLinkRecord {
  id: string;
}

function randomLinkId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createDisplayLink(doc: Y.Doc, room: string, stationId: string, now = Date.now()): DisplayLink {
  const id = randomLinkId();
  const record: DisplayLinkRecord = { room: room.trim(), secret: encodeBase32(randomSecret()), createdAt: now, createdBy: stationId, revoked: false };
  doc.getMap(DISPLAY_LINKS_MAP).set(id, record);
  return { id, ...record };
}

export function revokeDisplayLink(doc: Y.Doc, id: string): void {
  const links = doc.getMap(DISPLAY_LINKS_MAP);
  const record = parseDisplayLinkRecord(links.get(id));
  if (!record) return;
  doc.transact(() => {
    links.set(id, { ...record, revoked: true });
    doc.getMap(DISPLAY_FEEDS_MAP).delete(id);
  });
}

export function readDisplayLinks(doc: Y.Doc): DisplayLink[] {
  const out: DisplayLink[] = [];
  for (const [id, value] of doc.getMap(DISPLAY_LINKS_MAP).entries()) {
    const record = parseDisplayLinkRecord(value);
    if (record) out.push({ id, ...record });
  }
  return out.sort((a, b) => a.createdAt - b.createdAt);
}

/** The address a browser opens: the hub's own server, the room's link, and its secret after "#". */
export function displayLinkUrl(hub: string, fingerprint: string, link: Pick<DisplayLink, 'id' | 'secret'>): string {
  return `http://${hub}/display?s=${fingerprint}&l=${link.id}#${link.secret}`;
}

/** Publishes a room's public projection for its links (only when it changed: each write travels to every station). */
export function publishDisplayFeed(doc: Y.Doc, linkId: string, json: string): void {
  const feeds = doc.getMap(DISPLAY_FEEDS_MAP);
  if (feeds.get(linkId) === json) return;
  feeds.set(linkId, json);
  // Read by `npm run bench` (sync.display.remote.follow).
  benchMark('sd:display-published');
}
