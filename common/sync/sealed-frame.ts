/**
 * Every byte a station, a hub or a display page sends about a series is sealed with AES-GCM
 * (WebCrypto, in the browser and in Node alike). The key is derived from the pairing code's
 * secret with HKDF, separately for stations and for each display link, so a display code opens
 * only the display's frames. Without the key a frame is noise; a forged or altered one fails.
 *
 * A frame: [1] version · [12] random IV · ciphertext with its 16-byte tag.
 * Its plaintext: [1] kind · payload (a y-protocols message, a heartbeat, or a display snapshot).
 */
const FRAME_VERSION = 1;
const IV_BYTES = 12;
const SALT = new TextEncoder().encode('session-desk/sync/v1');

export const FRAME_KIND = {
  /** A y-protocols message (sync or awareness), exactly as y-websocket sends it. */
  yjs: 0,
  /** Nothing but "I am here": sent every HEARTBEAT_MS both ways, so silence means a dead link. */
  heartbeat: 1,
  /** The public projection of a room (JSON), for display-only pages. */
  display: 2,
} as const;
export type FrameKind = (typeof FRAME_KIND)[keyof typeof FRAME_KIND];

/** How often each side says it is there, and how long a silence means the link is gone. */
export const HEARTBEAT_MS = 1000;
export const SILENCE_MS = 3000;

/** An AES-GCM key (WebCrypto's CryptoKey, as the browser and Node both name it). */
export type FrameKey = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>;

export type KeyPurpose = { kind: 'station' } | { kind: 'display'; linkId: string };

function toBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function deriveFrameKey(secret: Uint8Array, fingerprint: string, purpose: KeyPurpose): Promise<FrameKey> {
  const base = await crypto.subtle.importKey('raw', toBuffer(secret), 'HKDF', false, ['deriveKey']);
  const info = new TextEncoder().encode(purpose.kind === 'station' ? `station:${fingerprint}` : `display:${fingerprint}:${purpose.linkId}`);
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: SALT, info }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function sealFrame(key: FrameKey, kind: FrameKind, payload: Uint8Array): Promise<Uint8Array> {
  const plain = new Uint8Array(payload.length + 1);
  plain[0] = kind;
  plain.set(payload, 1);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, toBuffer(plain)));
  const frame = new Uint8Array(1 + IV_BYTES + sealed.length);
  frame[0] = FRAME_VERSION;
  frame.set(iv, 1);
  frame.set(sealed, 1 + IV_BYTES);
  return frame;
}

export interface OpenedFrame {
  kind: FrameKind;
  payload: Uint8Array;
}

/** Null when the frame was not sealed with this key (a wrong code), altered, or not a frame at all. */
export async function openFrame(key: FrameKey, frame: Uint8Array): Promise<OpenedFrame | null> {
  if (frame.length < 1 + IV_BYTES + 16 + 1 || frame[0] !== FRAME_VERSION) return null;
  try {
    const plain = new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: toBuffer(frame.subarray(1, 1 + IV_BYTES)) }, key, toBuffer(frame.subarray(1 + IV_BYTES))),
    );
    const kind = plain[0];
    if (kind !== FRAME_KIND.yjs && kind !== FRAME_KIND.heartbeat && kind !== FRAME_KIND.display) return null;
    return { kind, payload: plain.subarray(1) };
  } catch {
    return null;
  }
}
