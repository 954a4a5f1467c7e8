/**
 * The Electron side of sharing: one hub server at most, started on the LAN interface when the
 * renderer shares a series (or hosts from here), stopped when it shares nothing any more, and
 * the hubs the renderer may connect to, which the app's CSP names in connect-src. Side effects
 * (the server, the network interfaces, the CSP) come in as parameters, so Node tests drive it.
 */
import type { SharingInfo, StartHubRequest, StartHubResult } from '../../../common/bridge-contract';
import { decodeBase32 } from '../../../common/sync/base32';

export interface HubLike {
  share(request: { fingerprint: string; secret: Uint8Array; dataFormat: number }): Promise<void>;
  stop(fingerprint: string): Promise<void>;
  shared(): string[];
}

export interface RunningHub {
  hub: HubLike;
  address: string;
  close(): Promise<void>;
}

export interface HubControllerDeps {
  /** Starts the hub's HTTP server (hub/server.ts `startHubServer`). */
  startServer(options: { host: string; port: number }): Promise<RunningHub>;
  /** This laptop's address on the venue network, or null without one (then loopback only). */
  lanAddress(): string | null;
  /** The hubs the renderer may reach (kept across restarts): the CSP of the pages served from now on names them. */
  allowedHubs: { read(): string[]; write(hubs: string[]): void };
  log: { info(message: string): void; warn(message: string): void };
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export function createHubController(deps: HubControllerDeps) {
  let running: RunningHub | null = null;
  let allowed: string[] = deps.allowedHubs.read();
  /** Adds hubs to the allowed ones; true when one was new (the page's policy does not name it yet). */
  const allow = (hubs: readonly string[]): boolean => {
    const added = hubs.filter((h) => !allowed.includes(h));
    if (added.length === 0) return false;
    allowed = [...allowed, ...added].slice(-32);
    deps.allowedHubs.write(allowed);
    return true;
  };

  return {
    info(): SharingInfo {
      return { canHost: true, address: running?.address ?? null, shared: running?.hub.shared() ?? [] };
    },

    async start(request: StartHubRequest): Promise<StartHubResult> {
      const secret = decodeBase32(request.secret);
      if (!secret || secret.length !== 16) return { ok: false, reason: 'failed', detail: 'malformed secret' };
      if (!running) {
        const host = deps.lanAddress() ?? '127.0.0.1';
        try {
          running = await deps.startServer({ host, port: request.port });
        } catch (error) {
          const code = errorCode(error);
          if (code === 'EADDRINUSE' || code === 'EACCES') return { ok: false, reason: 'port-in-use', detail: code };
          deps.log.warn(`hub: could not start (${code ?? 'unknown error'})`);
          return { ok: false, reason: 'failed', detail: code ?? 'unknown error' };
        }
        deps.log.info(`hub: listening on ${running.address}`);
      }
      await running.hub.share({ fingerprint: request.fingerprint, secret, dataFormat: request.dataFormat });
      allow([running.address]);
      return { ok: true, address: running.address };
    },

    async stop(fingerprint: string): Promise<void> {
      if (!running) return;
      await running.hub.stop(fingerprint);
      if (running.hub.shared().length === 0) {
        const closing = running;
        running = null;
        await closing.close();
        deps.log.info('hub: stopped');
      }
    },

    /** True when the renderer must load its page again for the policy to name a new hub. */
    allowHubs(hubs: string[]): boolean {
      return allow(hubs);
    },

    /** The hubs the app's CSP names now. */
    allowed(): string[] {
      return [...allowed];
    },

    async close(): Promise<void> {
      const closing = running;
      running = null;
      if (closing) await closing.close();
    },
  };
}

export type HubController = ReturnType<typeof createHubController>;

/** The first IPv4 address of a non-internal interface (os.networkInterfaces()), or null. */
export function pickLanAddress(interfaces: Record<string, Array<{ family: string | number; internal: boolean; address: string }> | undefined>): string | null {
  for (const list of Object.values(interfaces)) {
    for (const entry of list ?? []) {
      if ((entry.family === 'IPv4' || entry.family === 4) && !entry.internal) return entry.address;
    }
  }
  return null;
}
