/**
 * One WebSocket on the hub's side, with its frames sealed and opened in order (WebCrypto is
 * asynchronous; y-protocols messages must not overtake each other) and a heartbeat each way.
 * The first frame must open with the expected key: until then the hub sends nothing at all.
 */
import type { WebSocket } from 'ws';
import { FRAME_KIND, HEARTBEAT_MS, SILENCE_MS, openFrame, sealFrame, type FrameKey, type FrameKind, type OpenedFrame } from '../common/sync/sealed-frame';
import { CLOSE, MAX_FRAME_BYTES } from '../common/sync/wire';

export interface SealedSocket {
  send(kind: FrameKind, payload: Uint8Array): void;
  close(code: number, reason: string): void;
  readonly open: boolean;
}

export interface SealedSocketHandlers {
  /** The first frame opened with the key: the peer holds the code. */
  onAuthenticated(socket: SealedSocket): void;
  onFrame(frame: OpenedFrame, socket: SealedSocket): void;
  onClose(socket: SealedSocket): void;
}

function toBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data) && data.every((d) => d instanceof Uint8Array)) return new Uint8Array(Buffer.concat(data));
  return null;
}

export function sealSocket(ws: WebSocket, key: FrameKey, handlers: SealedSocketHandlers, now: () => number = Date.now): SealedSocket {
  let authenticated = false;
  let closed = false;
  let lastHeard = now();
  let inbound: Promise<unknown> = Promise.resolve();
  let outbound: Promise<unknown> = Promise.resolve();

  const socket: SealedSocket = {
    get open() {
      return !closed && ws.readyState === ws.OPEN;
    },
    send(kind, payload) {
      if (!authenticated || closed) return;
      outbound = outbound.then(async () => {
        const frame = await sealFrame(key, kind, payload);
        if (socket.open) ws.send(frame);
      });
    },
    close(code, reason) {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      // After what is queued has gone out (a refusal's reason must reach the station).
      void outbound.then(() => ws.close(code, reason));
      handlers.onClose(socket);
    },
  };

  const timer = setInterval(() => {
    if (!authenticated) return;
    if (now() - lastHeard > SILENCE_MS + HEARTBEAT_MS) {
      // Nothing arrived, not even a heartbeat: the station's link is gone. Free its place.
      closed = true;
      clearInterval(timer);
      ws.terminate();
      handlers.onClose(socket);
      return;
    }
    socket.send(FRAME_KIND.heartbeat, new Uint8Array(0));
  }, HEARTBEAT_MS);

  ws.on('message', (data) => {
    const bytes = toBytes(data);
    inbound = inbound.then(async () => {
      if (closed) return;
      if (!bytes || bytes.length > MAX_FRAME_BYTES) {
        socket.close(CLOSE.malformed, 'malformed frame');
        return;
      }
      const frame = await openFrame(key, bytes);
      if (!frame) {
        socket.close(authenticated ? CLOSE.malformed : CLOSE.wrongSecret, authenticated ? 'malformed frame' : 'wrong pairing code');
        return;
      }
      lastHeard = now();
      if (!authenticated) {
        authenticated = true;
        handlers.onAuthenticated(socket);
      }
      if (frame.kind !== FRAME_KIND.heartbeat) handlers.onFrame(frame, socket);
    });
  });
  ws.on('close', () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    handlers.onClose(socket);
  });
  ws.on('error', () => undefined);
  return socket;
}
