/**
 * The venue network in browser mode. A page may open sockets to its own origin only (CSP
 * connect-src 'self'), so everything goes through the server that served the page: it runs the
 * hub when started with `npm run web -- --hub` (GET /sync/info says so), and relays a station's
 * sealed frames to the hub named in the pairing code when that hub is another machine's.
 */
import type { SharingHost, SharingInfo, SyncEndpoint } from './host';

const NO_HUB: SharingInfo = { canHost: false, address: null, shared: [] };

function parseInfo(value: unknown): SharingInfo {
  if (typeof value !== 'object' || value === null) return NO_HUB;
  const r = value as Record<string, unknown>;
  if (r.hub !== true || typeof r.address !== 'string' || !Array.isArray(r.shared)) return NO_HUB;
  return { canHost: true, address: r.address, shared: r.shared.filter((s): s is string => typeof s === 'string') };
}

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

export function createBrowserSharing(): SharingHost {
  return {
    async info() {
      try {
        const response = await fetch('sync/info', { cache: 'no-store' });
        return response.ok ? parseInfo(await response.json()) : NO_HUB;
      } catch {
        return NO_HUB;
      }
    },
    async startHub(request) {
      try {
        const response = await post('sync/share', { fingerprint: request.fingerprint, secret: request.secret, dataFormat: request.dataFormat });
        if (response.status === 404) return { ok: false, reason: 'not-available', detail: 'This page was not served with --hub.' };
        if (!response.ok) return { ok: false, reason: 'failed', detail: `HTTP ${response.status}` };
        const body = (await response.json()) as { address?: unknown };
        return typeof body.address === 'string' ? { ok: true, address: body.address } : { ok: false, reason: 'failed', detail: 'no address' };
      } catch (error) {
        return { ok: false, reason: 'not-available', detail: error instanceof Error ? error.message : String(error) };
      }
    },
    async stopHub(fingerprint) {
      try {
        await post('sync/stop', { fingerprint });
      } catch {
        // The server is gone: nothing is shared there any more.
      }
    },
    endpoint(hub, _fingerprint, dataFormat, info): SyncEndpoint {
      const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
      const base = new URL('sync', window.location.href);
      const serverUrl = `${scheme}//${base.host}${base.pathname}`;
      const params: Record<string, string> = { v: String(dataFormat) };
      // The page's own server is the hub, or (no hub there) the page came from the hub itself.
      if (info.canHost && info.address !== hub) params.via = hub;
      return { serverUrl, params };
    },
    async allowHubs() {
      // Nothing to allow: the socket goes to the page's own origin.
    },
  };
}
