/**
 * What the moderator has asked the room display to show: a layout (mode), the whole screen
 * (live, logo only, or black), and an optional message to the speaker. Kept as one record
 * (settings table, key `roomDisplay`) so that a reloaded display recovers it; the console also
 * broadcasts it so that the display follows within a frame. Pure functions only.
 */

/** timer: the time alone; speakers: speaker, time and who is next; queue: the floor queue beside the time. */
export const ROOM_DISPLAY_MODES = ['timer', 'speakers', 'queue'] as const;
export type RoomDisplayMode = (typeof ROOM_DISPLAY_MODES)[number];

/** live: the chosen layout; logo: only the series logo; black: nothing at all (blackout). */
export const ROOM_DISPLAY_SCREENS = ['live', 'logo', 'black'] as const;
export type RoomDisplayScreen = (typeof ROOM_DISPLAY_SCREENS)[number];

/**
 * The longest message kept. The display fits any message up to this length on its screen
 * (its type shrinks with the length, see `messageSize`), so it is a limit the moderator sees
 * while typing, never a cut made afterwards.
 */
export const MESSAGE_MAX_LENGTH = 160;

export interface RoomDisplayState {
  mode: RoomDisplayMode;
  screen: RoomDisplayScreen;
  /** Shown large over the layout; null when none. */
  message: string | null;
  /**
   * The session the moderator chose in the console, shown while no slot is live anywhere (a
   * session run early or late, or between two speakers after its scheduled end); null follows
   * the clock. See `sessionOnScreen` in current-session.ts.
   */
  sessionId: string | null;
  /** Every word of the display in English and French together (the interface language first). */
  bilingual: boolean;
  /**
   * Epoch ms of the change, strictly increasing: a window that holds two versions (the
   * broadcast one and the record) keeps the newer, so a slow record never undoes a fast message.
   */
  updatedAt: number;
}

export const DEFAULT_ROOM_DISPLAY_STATE: RoomDisplayState = {
  mode: 'speakers',
  screen: 'live',
  message: null,
  sessionId: null,
  bilingual: false,
  updatedAt: 0,
};

export type RoomDisplayChange =
  { mode: RoomDisplayMode } | { screen: RoomDisplayScreen } | { message: string | null } | { sessionId: string | null } | { bilingual: boolean };

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * A message as kept: trimmed, on one line, at most MESSAGE_MAX_LENGTH characters (the field
 * stops there while typing; a longer text from elsewhere is shortened at a word, with an
 * ellipsis, never mid-word); empty means none.
 */
export function cleanMessage(text: string | null): string | null {
  if (text === null) return null;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return null;
  if ([...clean].length <= MESSAGE_MAX_LENGTH) return clean;
  const cut = [...clean].slice(0, MESSAGE_MAX_LENGTH - 1).join('');
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > MESSAGE_MAX_LENGTH / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** Characters of a message as the limit counts them (a character outside the BMP counts one). */
export function messageLength(text: string): number {
  return [...text.replace(/\s+/g, ' ').trim()].length;
}

/**
 * How large the display sets a message: the longer, the smaller, so that the longest one
 * still fits in three lines across the screen. A share of the screen's height (cqh units).
 */
export function messageSize(text: string): number {
  const length = messageLength(text);
  if (length <= 40) return 8;
  if (length <= 80) return 6.5;
  if (length <= 120) return 5.2;
  return 4.4;
}

/** Reads a stored or broadcast value; anything malformed falls back field by field to the defaults. */
export function parseRoomDisplayState(value: unknown): RoomDisplayState {
  if (typeof value !== 'object' || value === null) return DEFAULT_ROOM_DISPLAY_STATE;
  const v = value as Record<string, unknown>;
  return {
    mode: isOneOf(ROOM_DISPLAY_MODES, v.mode) ? v.mode : DEFAULT_ROOM_DISPLAY_STATE.mode,
    screen: isOneOf(ROOM_DISPLAY_SCREENS, v.screen) ? v.screen : DEFAULT_ROOM_DISPLAY_STATE.screen,
    message: typeof v.message === 'string' ? cleanMessage(v.message) : null,
    sessionId: typeof v.sessionId === 'string' && v.sessionId !== '' ? v.sessionId : null,
    bilingual: v.bilingual === true,
    updatedAt: typeof v.updatedAt === 'number' && Number.isFinite(v.updatedAt) ? v.updatedAt : 0,
  };
}

/** The state after one change made at `now`; `updatedAt` always moves forward, even on a still clock. */
export function applyRoomDisplayChange(state: RoomDisplayState, change: RoomDisplayChange, now: number): RoomDisplayState {
  const updatedAt = Math.max(now, state.updatedAt + 1);
  if ('mode' in change) return { ...state, mode: change.mode, updatedAt };
  if ('screen' in change) return { ...state, screen: change.screen, updatedAt };
  if ('sessionId' in change) return { ...state, sessionId: change.sessionId, updatedAt };
  if ('bilingual' in change) return { ...state, bilingual: change.bilingual, updatedAt };
  return { ...state, message: cleanMessage(change.message), updatedAt };
}

/** The newer of two versions; on a tie the first (pass the record first: it is the source of truth). */
export function newerRoomDisplayState(a: RoomDisplayState, b: RoomDisplayState | null): RoomDisplayState {
  return b !== null && b.updatedAt > a.updatedAt ? b : a;
}
