/**
 * The fast lane from the console to the room display: a BroadcastChannel (same origin only,
 * in Electron as in the browser). It carries what Dexie will carry ~90 ms later, so that the
 * display follows within a frame; Dexie stays the record, and a display that missed a message
 * (opened late, reloaded) reads the record instead.
 */
import type { Slot } from '../../domain/core/model';
import { parseRoomDisplayState, type RoomDisplayState } from '../../domain/room-display/state';

const CHANNEL_NAME = 'session-desk-room-display';

export type RoomDisplayMessage =
  /** The console changed the display state (layout, logo, blackout, message). */
  | { type: 'state'; state: RoomDisplayState }
  /** A moderator action's result for one session's slots, at the action's time. */
  | { type: 'slots'; sessionId: string; slots: Slot[]; at: number }
  /** That action was not saved: the display drops what it showed of it and shows the record. */
  | { type: 'slots-dropped'; sessionId: string; at: number }
  /** The display is open (sent on load and in answer to a ping); `bye` when it goes. */
  | { type: 'hello' }
  | { type: 'bye' }
  /** The console asks whether a display is open. */
  | { type: 'ping' }
  /** The console closes the display (also after the console reloaded and lost its window handle). */
  | { type: 'close' };

function parseMessage(data: unknown): RoomDisplayMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'state':
      return { type: 'state', state: parseRoomDisplayState(m.state) };
    case 'slots':
      if (typeof m.sessionId !== 'string' || typeof m.at !== 'number' || !Array.isArray(m.slots)) return null;
      // Same-origin windows of this app only: the slots are the console's own records.
      return { type: 'slots', sessionId: m.sessionId, slots: m.slots as Slot[], at: m.at };
    case 'slots-dropped':
      if (typeof m.sessionId !== 'string' || typeof m.at !== 'number') return null;
      return { type: 'slots-dropped', sessionId: m.sessionId, at: m.at };
    case 'hello':
    case 'bye':
    case 'ping':
    case 'close':
      return { type: m.type };
    default:
      return null;
  }
}

let shared: BroadcastChannel | null = null;

/** One channel per window for sending (a BroadcastChannel does not hear its own messages). */
function channel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  shared ??= new BroadcastChannel(CHANNEL_NAME);
  return shared;
}

/** Listeners in this window to its own messages, which its BroadcastChannel does not deliver to it. */
const ownListeners = new Set<(message: RoomDisplayMessage) => void>();

export function postRoomDisplayMessage(message: RoomDisplayMessage): void {
  channel()?.postMessage(message);
  for (const listener of ownListeners) listener(message);
}

/**
 * This window's own messages, at once, in the sender's task: for what follows the console from
 * the same window (the display links' publisher), so that it need not wait for the record.
 */
export function listenOwnRoomDisplayMessages(onMessage: (message: RoomDisplayMessage) => void): () => void {
  ownListeners.add(onMessage);
  return () => ownListeners.delete(onMessage);
}

/** Listens to the other windows' messages; returns the unsubscribe. */
export function listenRoomDisplayMessages(onMessage: (message: RoomDisplayMessage) => void): () => void {
  const ch = channel();
  if (!ch) return () => undefined;
  const handler = (event: MessageEvent<unknown>) => {
    const message = parseMessage(event.data);
    if (message) onMessage(message);
  };
  ch.addEventListener('message', handler);
  return () => ch.removeEventListener('message', handler);
}
