import { describe, expect, it } from 'vitest';
import { createHubController, pickLanAddress, type RunningHub } from '../../../electron/main/sync/hub-controller';
import { appCspWithHubs, APP_CSP } from '../../../electron/main/security/csp';
import { startHubRequest } from '../../../electron/main/ipc/handlers/sharing';

const SECRET = 'ABCDEFGHJKMNPQRSTVWXYZ0123';
const FP = '0123456789abcdef';

function fakes(options: { failWith?: string } = {}) {
  const calls: string[] = [];
  const shared = new Set<string>();
  let stored: string[] = [];
  const deps = {
    startServer: async ({ host, port }: { host: string; port: number }): Promise<RunningHub> => {
      if (options.failWith) throw Object.assign(new Error('listen'), { code: options.failWith });
      calls.push(`listen ${host}:${port}`);
      return {
        address: `${host}:${port}`,
        hub: {
          share: async ({ fingerprint }) => {
            shared.add(fingerprint);
          },
          stop: async (fingerprint) => {
            shared.delete(fingerprint);
          },
          shared: () => [...shared],
        },
        close: async () => {
          calls.push('close');
        },
      };
    },
    lanAddress: () => '192.168.1.20',
    allowedHubs: { read: () => stored, write: (list: string[]) => (stored = list) },
    log: { info: () => undefined, warn: () => undefined },
  };
  return { deps, calls, stored: () => stored };
}

describe('sharing in Electron main', () => {
  it('starts one hub on the LAN interface, shares, and closes it when nothing is shared', async () => {
    const { deps, calls } = fakes();
    const hubs = createHubController(deps);
    expect(hubs.info()).toEqual({ canHost: true, address: null, shared: [] });
    expect(await hubs.start({ fingerprint: FP, secret: SECRET, dataFormat: 4, port: 5391 })).toEqual({ ok: true, address: '192.168.1.20:5391' });
    expect(hubs.info()).toEqual({ canHost: true, address: '192.168.1.20:5391', shared: [FP] });
    await hubs.start({ fingerprint: FP, secret: SECRET, dataFormat: 4, port: 5391 });
    expect(calls).toEqual(['listen 192.168.1.20:5391']);
    await hubs.stop(FP);
    expect(calls).toEqual(['listen 192.168.1.20:5391', 'close']);
    expect(hubs.info().address).toBeNull();
  });

  it('listens on loopback when the laptop has no network, and says when the port is taken', async () => {
    const none = fakes();
    const hubs = createHubController({ ...none.deps, lanAddress: () => null });
    expect(await hubs.start({ fingerprint: FP, secret: SECRET, dataFormat: 4, port: 5391 })).toEqual({ ok: true, address: '127.0.0.1:5391' });
    const taken = createHubController(fakes({ failWith: 'EADDRINUSE' }).deps);
    expect(await taken.start({ fingerprint: FP, secret: SECRET, dataFormat: 4, port: 5391 })).toMatchObject({ ok: false, reason: 'port-in-use' });
    const broken = createHubController(fakes({ failWith: 'EPERM' }).deps);
    expect(await broken.start({ fingerprint: FP, secret: SECRET, dataFormat: 4, port: 5391 })).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('names in the CSP only the hubs allowed, and asks for a reload only for a new one', async () => {
    const f = fakes();
    const hubs = createHubController(f.deps);
    expect(hubs.allowHubs(['192.168.1.20:5391'])).toBe(true);
    expect(hubs.allowHubs(['192.168.1.20:5391'])).toBe(false);
    expect(f.stored()).toEqual(['192.168.1.20:5391']);
    const csp = appCspWithHubs(hubs.allowed());
    expect(csp).toContain("connect-src 'self' ws://192.168.1.20:5391;");
    expect(csp).not.toMatch(/ws:(\s|;|$)/);
    expect(appCspWithHubs([])).toBe(APP_CSP);
    // Whatever reaches it, only plain address:port pairs enter the policy.
    expect(appCspWithHubs(['*', 'ws:', 'evil.example:80', '1.2.3.4:5; script-src *', '999.1.1.1:80'])).toBe(APP_CSP);
  });

  it('parses what the renderer sends before use', () => {
    expect(startHubRequest.safeParse({ fingerprint: FP, secret: SECRET, dataFormat: 4, port: 5391 }).success).toBe(true);
    expect(startHubRequest.safeParse({ fingerprint: FP, secret: SECRET, dataFormat: 4, port: 80 }).success).toBe(false);
    expect(startHubRequest.safeParse({ fingerprint: '../../etc', secret: SECRET, dataFormat: 4, port: 5391 }).success).toBe(false);
    expect(startHubRequest.safeParse({ fingerprint: FP, secret: 'short', dataFormat: 4, port: 5391 }).success).toBe(false);
  });

  it('picks the first IPv4 address that is not loopback', () => {
    expect(
      pickLanAddress({
        lo: [{ family: 'IPv4', internal: true, address: '127.0.0.1' }],
        wlan0: [
          { family: 'IPv6', internal: false, address: 'fe80::1' },
          { family: 'IPv4', internal: false, address: '10.0.0.7' },
        ],
      }),
    ).toBe('10.0.0.7');
    expect(pickLanAddress({ lo: [{ family: 4, internal: true, address: '127.0.0.1' }] })).toBeNull();
  });
});
