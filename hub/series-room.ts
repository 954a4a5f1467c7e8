/**
 * One shared series on a hub: its Yjs document (kept on disk), the stations connected to it
 * (the y-protocols sync and awareness messages, as y-websocket's own server speaks them) and
 * the display-only pages, which get only the public projection their link names.
 */
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import { decodeBase32 } from '../common/sync/base32';
import { FRAME_KIND, deriveFrameKey } from '../common/sync/sealed-frame';
import { CLOSE, DISPLAY_FEEDS_MAP, DISPLAY_LINKS_MAP, parseDisplayLinkRecord } from '../common/sync/wire';
import type { AppendLog } from './append-log';
import { sealSocket, type SealedSocket } from './sealed-socket';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
/** Rewrite the log as one update after this many appends. */
const COMPACT_AFTER = 500;

export interface SeriesRoom {
  readonly fingerprint: string;
  readonly dataFormat: number;
  readonly doc: Y.Doc;
  readonly secret: Uint8Array;
  acceptStation(ws: WebSocket): void;
  acceptDisplay(ws: WebSocket, linkId: string): Promise<void>;
  stationCount(): number;
  close(code: number, reason: string): Promise<void>;
}

export async function openSeriesRoom(options: { fingerprint: string; secret: Uint8Array; dataFormat: number; log: AppendLog }): Promise<SeriesRoom> {
  const { fingerprint, secret, dataFormat, log } = options;
  const doc = new Y.Doc({ gc: true });
  for (const update of await log.load()) {
    try {
      Y.applyUpdate(doc, update, 'disk');
    } catch {
      // A damaged record: the rest still loads, and the stations hold the whole series anyway.
    }
  }
  const stationKey = await deriveFrameKey(secret, fingerprint, { kind: 'station' });
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  const stations = new Map<SealedSocket, Set<number>>();
  const displays = new Map<SealedSocket, string>();
  let writes: Promise<unknown> = Promise.resolve();

  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'disk') {
      writes = writes
        .then(() => log.append(update))
        .then(() => (log.appended >= COMPACT_AFTER ? log.compact(Y.encodeStateAsUpdate(doc)) : undefined))
        .catch(() => undefined);
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const socket of stations.keys()) if (socket !== origin) socket.send(FRAME_KIND.yjs, message);
  });

  awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    const controlled = origin instanceof Object ? stations.get(origin as SealedSocket) : undefined;
    if (controlled) {
      for (const id of added) controlled.add(id);
      for (const id of removed) controlled.delete(id);
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, changed));
    const message = encoding.toUint8Array(encoder);
    for (const socket of stations.keys()) socket.send(FRAME_KIND.yjs, message);
  });

  const links = doc.getMap(DISPLAY_LINKS_MAP);
  const feeds = doc.getMap(DISPLAY_FEEDS_MAP);
  const feedBytes = (linkId: string): Uint8Array => new TextEncoder().encode(typeof feeds.get(linkId) === 'string' ? (feeds.get(linkId) as string) : 'null');
  feeds.observe((event) => {
    for (const [socket, linkId] of displays) if (event.keysChanged.has(linkId)) socket.send(FRAME_KIND.display, feedBytes(linkId));
  });
  links.observe((event) => {
    for (const [socket, linkId] of displays) {
      if (!event.keysChanged.has(linkId)) continue;
      const link = parseDisplayLinkRecord(links.get(linkId));
      if (!link || link.revoked) socket.close(CLOSE.revoked, 'display link revoked');
    }
  });

  return {
    fingerprint,
    dataFormat,
    doc,
    secret,
    stationCount: () => stations.size,
    acceptStation(ws) {
      sealSocket(ws, stationKey, {
        onAuthenticated(socket) {
          stations.set(socket, new Set());
          const encoder = encoding.createEncoder();
          encoding.writeVarUint(encoder, MESSAGE_SYNC);
          syncProtocol.writeSyncStep1(encoder, doc);
          socket.send(FRAME_KIND.yjs, encoding.toUint8Array(encoder));
          const states = awareness.getStates();
          if (states.size > 0) {
            const aw = encoding.createEncoder();
            encoding.writeVarUint(aw, MESSAGE_AWARENESS);
            encoding.writeVarUint8Array(aw, awarenessProtocol.encodeAwarenessUpdate(awareness, [...states.keys()]));
            socket.send(FRAME_KIND.yjs, encoding.toUint8Array(aw));
          }
        },
        onFrame(frame, socket) {
          if (frame.kind !== FRAME_KIND.yjs) return;
          try {
            const decoder = decoding.createDecoder(frame.payload);
            const encoder = encoding.createEncoder();
            const type = decoding.readVarUint(decoder);
            if (type === MESSAGE_SYNC) {
              encoding.writeVarUint(encoder, MESSAGE_SYNC);
              syncProtocol.readSyncMessage(decoder, encoder, doc, socket);
              if (encoding.length(encoder) > 1) socket.send(FRAME_KIND.yjs, encoding.toUint8Array(encoder));
            } else if (type === MESSAGE_AWARENESS) {
              awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), socket);
            }
          } catch {
            socket.close(CLOSE.malformed, 'malformed message');
          }
        },
        onClose(socket) {
          const controlled = stations.get(socket);
          stations.delete(socket);
          if (controlled && controlled.size > 0) awarenessProtocol.removeAwarenessStates(awareness, [...controlled], null);
        },
      });
    },
    async acceptDisplay(ws, linkId) {
      const link = parseDisplayLinkRecord(links.get(linkId));
      const displaySecret = link && !link.revoked ? decodeBase32(link.secret) : null;
      if (!link || link.revoked || !displaySecret) {
        ws.close(CLOSE.revoked, 'display link revoked');
        return;
      }
      const key = await deriveFrameKey(displaySecret, fingerprint, { kind: 'display', linkId });
      sealSocket(ws, key, {
        onAuthenticated(socket) {
          displays.set(socket, linkId);
          socket.send(FRAME_KIND.display, feedBytes(linkId));
        },
        onFrame() {
          // A display page only listens.
        },
        onClose(socket) {
          displays.delete(socket);
        },
      });
    },
    async close(code, reason) {
      for (const socket of [...stations.keys(), ...displays.keys()]) socket.close(code, reason);
      awareness.destroy();
      await writes;
      doc.destroy();
    },
  };
}
