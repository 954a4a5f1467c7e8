/**
 * The hub: one small Node module that Electron main (Share on the venue network) and
 * `npm run web -- --hub` both start. It shares series by their fingerprint, keeps each one's
 * Yjs document on disk, serves stations that hold the secret and display pages that hold a
 * display link, and refuses the rest with a 44xx close code before sending a single byte.
 * No native module: `ws` and the y-protocols messages.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeBase32 } from '../common/sync/base32';
import { isFingerprint } from '../common/sync/pairing-code';
import { CLOSE, MAX_FRAME_BYTES, SYNC_PATH, isLinkId } from '../common/sync/wire';
import { openAppendLog } from './append-log';
import { openSeriesRoom, type SeriesRoom } from './series-room';
import { openShareStore, type ShareRecord } from './share-store';
import { isLoopback, parseHubAddress, relaySocket } from './relay';

export interface HubOptions {
  /** Where the shared series and their documents are kept (this station's own data). */
  dataDir: string;
  /** "host:port" other stations use to reach this hub (shown by GET /sync/info). */
  advertisedAddress: () => string;
  log?: (line: string) => void;
}

export interface ShareRequest {
  fingerprint: string;
  secret: Uint8Array;
  dataFormat: number;
}

export interface Hub {
  share(request: ShareRequest): Promise<void>;
  stop(fingerprint: string): Promise<void>;
  shared(): string[];
  room(fingerprint: string): SeriesRoom | undefined;
  /** True when the request was a WebSocket under /sync (handled); false to let others have it. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Browser mode's control requests (/sync/info, /sync/share, /sync/stop); true when handled. */
  handleControl(request: IncomingMessage, response: ServerResponse): boolean;
  close(): Promise<void>;
}

type Route =
  | { kind: 'station'; fingerprint: string; dataFormat: number; via: string | null }
  | { kind: 'display'; fingerprint: string; linkId: string }
  | { kind: 'unknown' };

export function routeOf(url: string): Route {
  const parsed = new URL(url, 'http://hub');
  const parts = parsed.pathname.split('/').filter(Boolean);
  if (parts[0] !== SYNC_PATH.slice(1) || !isFingerprint(parts[1])) return { kind: 'unknown' };
  if (parts.length === 2) {
    const dataFormat = Number(parsed.searchParams.get('v'));
    return { kind: 'station', fingerprint: parts[1], dataFormat: Number.isInteger(dataFormat) ? dataFormat : -1, via: parsed.searchParams.get('via') };
  }
  if (parts.length === 4 && parts[2] === 'display' && isLinkId(parts[3])) return { kind: 'display', fingerprint: parts[1], linkId: parts[3] };
  return { kind: 'unknown' };
}

/** A control request must come from this machine and from a page of this very server. */
function trustedControl(request: IncomingMessage): boolean {
  if (!isLoopback(request.socket.remoteAddress)) return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${request.headers.host ?? ''}`;
}

async function readJson(request: IncomingMessage, limit = 4096): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export function parseShareRequest(value: unknown): ShareRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (!isFingerprint(r.fingerprint) || typeof r.secret !== 'string' || typeof r.dataFormat !== 'number' || !Number.isInteger(r.dataFormat)) return null;
  const secret = decodeBase32(r.secret);
  return secret && secret.length === 16 ? { fingerprint: r.fingerprint, secret, dataFormat: r.dataFormat } : null;
}

function sameSecret(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

export async function createHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? (() => undefined);
  const store = openShareStore(options.dataDir, log);
  const rooms = new Map<string, SeriesRoom>();
  const opening = new Map<string, Promise<SeriesRoom>>();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  const openRoom = (record: ShareRecord): Promise<SeriesRoom> => {
    const existing = opening.get(record.fingerprint);
    if (existing) return existing;
    const promise = openSeriesRoom({ ...record, log: openAppendLog(store.logPath(record.fingerprint)) }).then((room) => {
      rooms.set(record.fingerprint, room);
      return room;
    });
    opening.set(record.fingerprint, promise);
    promise.catch(() => opening.delete(record.fingerprint));
    return promise;
  };

  for (const record of await store.list()) {
    await openRoom(record);
    log(`hub: sharing ${record.fingerprint} again (kept on disk)`);
  }

  const hub: Hub = {
    async share(request) {
      const current = rooms.get(request.fingerprint);
      if (current && sameSecret(current.secret, request.secret) && current.dataFormat === request.dataFormat) return;
      if (current) await hub.stop(request.fingerprint);
      await store.save(request);
      await openRoom(request);
      log(`hub: sharing ${request.fingerprint}`);
    },
    async stop(fingerprint) {
      const room = rooms.get(fingerprint) ?? (await opening.get(fingerprint)?.catch(() => undefined));
      rooms.delete(fingerprint);
      opening.delete(fingerprint);
      await store.remove(fingerprint);
      if (room) await room.close(CLOSE.notShared, 'sharing stopped');
      await openAppendLog(store.logPath(fingerprint)).remove();
      log(`hub: stopped sharing ${fingerprint}`);
    },
    shared: () => [...rooms.keys()],
    room: (fingerprint) => rooms.get(fingerprint),
    handleUpgrade(request, socket, head) {
      const route = routeOf(request.url ?? '/');
      if (!(request.url ?? '').startsWith(`${SYNC_PATH}/`)) return false;
      sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
        if (route.kind === 'unknown') {
          ws.close(CLOSE.malformed, 'not a sync address');
          return;
        }
        const room = rooms.get(route.fingerprint);
        if (route.kind === 'display') {
          if (!room) ws.close(CLOSE.revoked, 'display link revoked');
          else void room.acceptDisplay(ws, route.linkId);
          return;
        }
        if (!room) {
          const via = parseHubAddress(route.via);
          // Only for this machine's own pages: the relay must not be a way into the venue network.
          if (via && isLoopback(request.socket.remoteAddress))
            relaySocket(ws, `ws://${via.host}:${via.port}${SYNC_PATH}/${route.fingerprint}?v=${route.dataFormat}`);
          else ws.close(CLOSE.notShared, 'this series is not shared here');
          return;
        }
        if (route.dataFormat !== room.dataFormat) {
          ws.close(CLOSE.dataFormat, 'another data format');
          return;
        }
        room.acceptStation(ws);
      });
      return true;
    },
    handleControl(request, response) {
      const path = new URL(request.url ?? '/', 'http://hub').pathname;
      if (path !== `${SYNC_PATH}/info` && path !== `${SYNC_PATH}/share` && path !== `${SYNC_PATH}/stop`) return false;
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify(body));
      };
      if (!trustedControl(request)) {
        reply(403, { error: 'forbidden' });
        return true;
      }
      if (path === `${SYNC_PATH}/info` && request.method === 'GET') {
        reply(200, { hub: true, address: options.advertisedAddress(), shared: hub.shared() });
        return true;
      }
      if (request.method !== 'POST') {
        reply(405, { error: 'method' });
        return true;
      }
      void (async () => {
        try {
          const body = await readJson(request);
          if (path === `${SYNC_PATH}/share`) {
            const share = parseShareRequest(body);
            if (!share) return reply(400, { error: 'malformed' });
            await hub.share(share);
            return reply(200, { address: options.advertisedAddress() });
          }
          const fingerprint = (body as { fingerprint?: unknown } | null)?.fingerprint;
          if (!isFingerprint(fingerprint)) return reply(400, { error: 'malformed' });
          await hub.stop(fingerprint);
          return reply(200, {});
        } catch (error) {
          reply(400, { error: error instanceof Error ? error.message : 'failed' });
        }
      })();
      return true;
    },
    async close() {
      for (const room of rooms.values()) await room.close(CLOSE.goingAway, 'hub closing');
      rooms.clear();
      opening.clear();
      sockets.close();
    },
  };
  return hub;
}
