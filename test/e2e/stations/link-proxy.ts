/**
 * A station's network link in the tests: a TCP proxy on 127.0.0.1 between its browser and its
 * server. `cut()` closes every connection and refuses new ones (the Wi-Fi gone); `silence()`
 * keeps the sockets open but drops every byte both ways (a Wi-Fi that went silent); `restore()`
 * brings it back. It keeps the bytes of the sync sockets (those that ask for /sync/), to check
 * that nothing readable crosses the network. Playwright's setOffline would hold WebSocket frames
 * and deliver them later, which is not an outage.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export type LinkMode = 'pass' | 'cut' | 'silent';

export class LinkProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private mode: LinkMode = 'pass';
  /** Bytes of the sync sockets, both ways. */
  readonly captured: Buffer[] = [];
  capturedBytes = 0;

  constructor(
    readonly port: number,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      if (this.mode === 'cut') {
        client.destroy();
        return;
      }
      const upstream = connect(this.targetPort, '127.0.0.1');
      // A network card sends a frame at once: no Nagle's delay on small writes (a heartbeat, a check-in).
      client.setNoDelay(true);
      upstream.setNoDelay(true);
      this.sockets.add(client);
      this.sockets.add(upstream);
      let isSync: boolean | null = null;
      const forward = (from: Socket, to: Socket) =>
        from.on('data', (data: Buffer) => {
          if (isSync === null && from === client) isSync = data.subarray(0, 12).toString('latin1').startsWith('GET /sync/');
          if (this.mode !== 'pass') return;
          if (isSync && this.capturedBytes < 64 * 1024 * 1024) {
            this.captured.push(Buffer.from(data));
            this.capturedBytes += data.length;
          }
          to.write(data);
        });
      forward(client, upstream);
      forward(upstream, client);
      const close = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('close', close);
      upstream.on('close', close);
      client.on('error', close);
      upstream.on('error', close);
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  cut(): void {
    this.mode = 'cut';
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  silence(): void {
    this.mode = 'silent';
  }

  restore(): void {
    this.mode = 'pass';
  }

  /** Whether any captured sync byte contains this text (as UTF-8). */
  sawText(text: string): boolean {
    const needle = Buffer.from(text, 'utf8');
    return Buffer.concat(this.captured).includes(needle);
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
