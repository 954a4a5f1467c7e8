/**
 * A browser-mode station whose own server does not host the series reaches the hub through
 * that server: the page may only open sockets to its own origin (CSP connect-src 'self'), so
 * its server pipes the sealed frames, byte for byte, to the hub named in the pairing code. The
 * relay cannot read them (it holds no key); the hub's refusals (44xx) come back unchanged.
 */
import { WebSocket } from 'ws';
import { CLOSE } from '../common/sync/wire';

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** "host:port" with an IPv4 host, or null. */
export function parseHubAddress(value: string | null): { host: string; port: number } | null {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(value ?? '');
  if (!match) return null;
  const port = Number(match[2]);
  if (port < 1 || port > 65535 || match[1]!.split('.').some((p) => Number(p) > 255)) return null;
  return { host: match[1]!, port };
}

export function relaySocket(client: WebSocket, target: string): void {
  const upstream = new WebSocket(target, { maxPayload: 64 * 1024 * 1024 });
  const pending: Buffer[] = [];
  upstream.binaryType = 'nodebuffer';
  client.on('message', (data: Buffer) => {
    if (upstream.readyState === upstream.OPEN) upstream.send(data);
    else pending.push(data);
  });
  upstream.on('open', () => {
    for (const data of pending.splice(0)) upstream.send(data);
  });
  upstream.on('message', (data: Buffer) => {
    if (client.readyState === client.OPEN) client.send(data);
  });
  const closeClient = (code: number, reason: string) => {
    if (client.readyState === client.OPEN || client.readyState === client.CONNECTING) client.close(code, reason);
  };
  upstream.on('close', (code, reason) => {
    // 1005/1006 (no code, or the link dropped) cannot be sent in a close frame: ask to retry.
    const forward = code >= 4000 || code === 1000 || code === 1001 ? code : CLOSE.tryAgain;
    closeClient(forward, reason.toString());
  });
  upstream.on('error', () => closeClient(CLOSE.tryAgain, 'hub unreachable'));
  client.on('close', () => upstream.terminate());
  client.on('error', () => upstream.terminate());
}
