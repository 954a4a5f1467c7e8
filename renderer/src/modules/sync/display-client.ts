/**
 * A display-only page's link to the hub: one sealed socket under the display link's own key,
 * receiving the room's public projection and nothing else; it reconnects by itself, and stops
 * for good when the link is revoked (4403) or the code is wrong (4401).
 */
import { decodeBase32 } from '../../../../common/sync/base32';
import { isFingerprint } from '../../../../common/sync/pairing-code';
import { deriveFrameKey } from '../../../../common/sync/sealed-frame';
import { CLOSE, displayPath, isLinkId } from '../../../../common/sync/wire';
import { parseDisplayProjection, type DisplayProjection } from '../../domain/sync/display-projection';
import { sealedSocketClass } from './sealed-client-socket';

export interface DisplayLinkParams {
  fingerprint: string;
  linkId: string;
  secret: Uint8Array;
}

/** Reads "/display?s=<series>&l=<link>#<secret>"; null when a part is missing or malformed. */
export function parseDisplayLocation(location: Pick<Location, 'search' | 'hash'>): DisplayLinkParams | null {
  const query = new URLSearchParams(location.search);
  const fingerprint = query.get('s');
  const linkId = query.get('l');
  const secret = decodeBase32(location.hash.replace(/^#/, ''));
  if (!isFingerprint(fingerprint) || !isLinkId(linkId) || !secret || secret.length !== 16) return null;
  return { fingerprint, linkId, secret };
}

export type DisplayConnection = { kind: 'waiting' } | { kind: 'showing'; projection: DisplayProjection } | { kind: 'revoked' } | { kind: 'unreachable' };

export function connectDisplay(params: DisplayLinkParams, onChange: (state: DisplayConnection) => void): () => void {
  let stopped = false;
  let socket: { close(): void } | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let attempts = 0;
  let last: DisplayProjection | null = null;

  const open = async () => {
    const key = await deriveFrameKey(params.secret, params.fingerprint, { kind: 'display', linkId: params.linkId });
    if (stopped) return;
    const Socket = sealedSocketClass(key, {
      onDisplay(payload) {
        attempts = 0;
        try {
          const projection = parseDisplayProjection(JSON.parse(new TextDecoder().decode(payload)));
          if (projection) {
            last = projection;
            onChange({ kind: 'showing', projection });
          } else onChange({ kind: 'waiting' });
        } catch {
          onChange({ kind: 'waiting' });
        }
      },
    });
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new Socket(`${scheme}//${window.location.host}${displayPath(params.fingerprint, params.linkId)}`);
    socket = ws;
    ws.onclose = (event) => {
      if (stopped) return;
      if (event.code === CLOSE.revoked || event.code === CLOSE.wrongSecret) {
        onChange({ kind: 'revoked' });
        return;
      }
      attempts += 1;
      if (!last || attempts > 2) onChange({ kind: 'unreachable' });
      retry = setTimeout(() => void open(), Math.min(2000, 250 * 2 ** attempts));
    };
  };
  void open();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    socket?.close();
  };
}
