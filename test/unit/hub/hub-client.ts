/** A station in Node for the hub's tests: a Y.Doc behind y-websocket's provider with the app's sealed socket. */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket } from 'ws';
import { deriveFrameKey } from '../../../common/sync/sealed-frame';
import { sealedSocketClass, type WebSocketConstructor } from '../../../renderer/src/modules/sync/sealed-client-socket';

export interface TestStation {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closed: Promise<{ code: number; reason: string }>;
  destroy(): void;
}

export async function connectStation(address: string, fingerprint: string, secret: Uint8Array, dataFormat: number, doc = new Y.Doc()): Promise<TestStation> {
  const key = await deriveFrameKey(secret, fingerprint, { kind: 'station' });
  const provider = new WebsocketProvider(`ws://${address}/sync`, fingerprint, doc, {
    params: { v: String(dataFormat) },
    WebSocketPolyfill: sealedSocketClass(key, {}, WebSocket as unknown as WebSocketConstructor) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => provider.on('closed', (event) => resolve(event)));
  return {
    doc,
    provider,
    closed,
    destroy: () => {
      provider.destroy();
    },
  };
}

/** Resolves when `check` holds, polling; rejects after `ms`. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
