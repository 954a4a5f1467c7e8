/**
 * The WebSocket y-websocket's provider is given (its `WebSocketPolyfill` option): a real
 * WebSocket underneath, every frame sealed on the way out and opened on the way in, in order.
 * It also keeps the link honest: a heartbeat every HEARTBEAT_MS, and when nothing at all has
 * arrived for SILENCE_MS (a Wi-Fi that went silent with the socket still "open") it reports the
 * socket closed at once, so that the provider reconnects instead of waiting its fixed 30 s.
 */
import { FRAME_KIND, HEARTBEAT_MS, SILENCE_MS, openFrame, sealFrame, type FrameKey } from '../../../../common/sync/sealed-frame';

export interface SealedSocketEvents {
  /** The hub answered with a frame that opened: the code is right and the link works. */
  onHeard?(): void;
  /** A display snapshot (display-only pages). */
  onDisplay?(payload: Uint8Array): void;
  /** The link went silent and was given up. */
  onSilence?(): void;
}

type Listener = ((event: never) => void) | null;

/** The slice of the WebSocket constructor this needs; Node's `ws` fits it too (tests, bench). */
export interface WebSocketLike {
  readonly readyState: number;
  binaryType: string;
  onopen: Listener;
  onmessage: Listener;
  onclose: Listener;
  onerror: Listener;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

export function sealedSocketClass(key: FrameKey, events: SealedSocketEvents = {}, Base: WebSocketConstructor = WebSocket as unknown as WebSocketConstructor) {
  return class SealedClientSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    binaryType = 'arraybuffer';
    onopen: ((event: unknown) => void) | null = null;
    onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
    onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;

    private readonly socket: WebSocketLike;
    private given = false;
    private lastHeard = Date.now();
    private inbound: Promise<unknown> = Promise.resolve();
    private outbound: Promise<unknown> = Promise.resolve();
    private readonly timer: ReturnType<typeof setInterval>;

    constructor(url: string, protocols?: string | string[]) {
      this.socket = new Base(url, protocols);
      this.socket.binaryType = 'arraybuffer';
      this.socket.onopen = ((event: unknown) => {
        this.lastHeard = Date.now();
        // Authenticates at once, whatever the provider sends first.
        this.sendFrame(FRAME_KIND.heartbeat, new Uint8Array(0));
        this.onopen?.(event);
      }) as Listener;
      this.socket.onmessage = ((event: { data: ArrayBuffer | Uint8Array }) => {
        const bytes = event.data instanceof Uint8Array ? event.data : new Uint8Array(event.data);
        this.inbound = this.inbound.then(async () => {
          const frame = await openFrame(key, bytes);
          if (this.given || !frame) return;
          this.lastHeard = Date.now();
          events.onHeard?.();
          if (frame.kind === FRAME_KIND.yjs) {
            const copy = frame.payload.slice();
            this.onmessage?.({ data: copy.buffer });
          } else if (frame.kind === FRAME_KIND.display) events.onDisplay?.(frame.payload);
        });
      }) as Listener;
      this.socket.onclose = ((event: { code: number; reason: string; wasClean: boolean }) => {
        clearInterval(this.timer);
        // Frames still being opened go first; then the provider learns of the close.
        void this.inbound.then(() => this.giveUp(event));
      }) as Listener;
      this.socket.onerror = ((event: unknown) => {
        if (!this.given) this.onerror?.(event);
      }) as Listener;
      this.timer = setInterval(() => this.tick(), Math.min(500, HEARTBEAT_MS));
    }

    get readyState(): number {
      return this.given ? 3 : this.socket.readyState;
    }

    send(data: ArrayBuffer | Uint8Array): void {
      this.sendFrame(FRAME_KIND.yjs, data instanceof Uint8Array ? data : new Uint8Array(data));
    }

    close(code?: number, reason?: string): void {
      clearInterval(this.timer);
      try {
        this.socket.close(code, reason);
      } catch {
        this.socket.close();
      }
    }

    private sendFrame(kind: (typeof FRAME_KIND)[keyof typeof FRAME_KIND], payload: Uint8Array): void {
      const copy = payload.slice();
      this.outbound = this.outbound.then(async () => {
        const frame = await sealFrame(key, kind, copy);
        if (!this.given && this.socket.readyState === 1) this.socket.send(frame);
      });
    }

    private tick(): void {
      if (this.given || this.socket.readyState !== 1) return;
      if (Date.now() - this.lastHeard > SILENCE_MS) {
        events.onSilence?.();
        this.close();
        this.giveUp({ code: 4000, reason: 'silent link', wasClean: false });
        return;
      }
      if (Date.now() - this.lastBeat < HEARTBEAT_MS) return;
      this.lastBeat = Date.now();
      this.sendFrame(FRAME_KIND.heartbeat, new Uint8Array(0));
    }

    private lastBeat = 0;
    private giveUp(event: { code: number; reason: string; wasClean: boolean }): void {
      if (this.given) return;
      this.given = true;
      clearInterval(this.timer);
      this.onclose?.(event);
    }
  };
}
