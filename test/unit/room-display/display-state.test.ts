import { describe, expect, it } from 'vitest';
import {
  applyRoomDisplayChange,
  cleanMessage,
  DEFAULT_ROOM_DISPLAY_STATE,
  MESSAGE_MAX_LENGTH,
  messageLength,
  messageSize,
  newerRoomDisplayState,
  parseRoomDisplayState,
} from '../../../renderer/src/domain/room-display/state';
import { newestUpdate, OVERLAY_MAX_AGE_MS, overlayStands } from '../../../renderer/src/domain/room-display/overlay';

describe('display state', () => {
  it('reads malformed values field by field as the defaults', () => {
    expect(parseRoomDisplayState(undefined)).toEqual(DEFAULT_ROOM_DISPLAY_STATE);
    expect(parseRoomDisplayState('blackout')).toEqual(DEFAULT_ROOM_DISPLAY_STATE);
    expect(parseRoomDisplayState({ mode: 'queue', screen: 'disco', message: 42, updatedAt: 'soon' })).toEqual({ ...DEFAULT_ROOM_DISPLAY_STATE, mode: 'queue' });
    expect(parseRoomDisplayState({ mode: 'timer', screen: 'black', message: ' Please  conclude ', updatedAt: 5 })).toEqual({
      mode: 'timer',
      screen: 'black',
      message: 'Please conclude',
      sessionId: null,
      bilingual: false,
      updatedAt: 5,
    });
    expect(parseRoomDisplayState({ bilingual: true }).bilingual).toBe(true);
    expect(parseRoomDisplayState({ bilingual: 'yes' }).bilingual).toBe(false);
  });

  it('keeps a message on one line, trimmed and bounded; empty is none', () => {
    expect(cleanMessage('  Please\nconclude  ')).toBe('Please conclude');
    expect(cleanMessage('   ')).toBeNull();
    expect(cleanMessage(null)).toBeNull();
    expect(cleanMessage('x'.repeat(500))).toHaveLength(MESSAGE_MAX_LENGTH);
  });

  it('shortens a message longer than the limit at a word, with an ellipsis, never mid-word', () => {
    const words =
      'Please keep to your recommendations and leave time for the Permanent Missions, who are waiting for the floor after the panel today, thank you all';
    const long = `${words} ${words}`;
    const kept = cleanMessage(long) ?? '';
    expect([...kept].length).toBeLessThanOrEqual(MESSAGE_MAX_LENGTH);
    expect(kept.endsWith('…')).toBe(true);
    const lastWord = kept.slice(0, -1).split(' ').at(-1) ?? '';
    expect(long.split(' ')).toContain(lastWord);
    // At the limit exactly, nothing is cut; characters outside the BMP count one each.
    const exact = '🙂'.repeat(MESSAGE_MAX_LENGTH);
    expect(cleanMessage(exact)).toBe(exact);
    expect(messageLength(exact)).toBe(MESSAGE_MAX_LENGTH);
  });

  it('sets a longer message smaller, so that the longest still fits', () => {
    const sizes = [10, 60, 100, MESSAGE_MAX_LENGTH].map((n) => messageSize('x'.repeat(n)));
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    expect(sizes[0]).toBeGreaterThan(sizes[3] ?? 0);
  });

  it('turns the bilingual display on and off', () => {
    const on = applyRoomDisplayChange(DEFAULT_ROOM_DISPLAY_STATE, { bilingual: true }, 1000);
    expect(on).toMatchObject({ bilingual: true, updatedAt: 1000 });
    expect(applyRoomDisplayChange(on, { bilingual: false }, 1000)).toMatchObject({ bilingual: false, updatedAt: 1001 });
  });

  it('each change moves updatedAt forward, even on a clock that stands still', () => {
    const a = applyRoomDisplayChange(DEFAULT_ROOM_DISPLAY_STATE, { message: 'Please conclude' }, 1000);
    const b = applyRoomDisplayChange(a, { screen: 'black' }, 1000);
    const c = applyRoomDisplayChange(b, { mode: 'queue' }, 900);
    expect(a).toEqual({ mode: 'speakers', screen: 'live', message: 'Please conclude', sessionId: null, bilingual: false, updatedAt: 1000 });
    expect(b).toMatchObject({ screen: 'black', message: 'Please conclude', updatedAt: 1001 });
    expect(c).toMatchObject({ mode: 'queue', screen: 'black', updatedAt: 1002 });
  });

  it('keeps the session chosen in the console; an empty or malformed one follows the clock', () => {
    const pinned = applyRoomDisplayChange(DEFAULT_ROOM_DISPLAY_STATE, { sessionId: 'azerbaijan' }, 1000);
    expect(pinned).toMatchObject({ sessionId: 'azerbaijan', mode: 'speakers', updatedAt: 1000 });
    expect(parseRoomDisplayState(pinned).sessionId).toBe('azerbaijan');
    expect(parseRoomDisplayState({ ...pinned, sessionId: '' }).sessionId).toBeNull();
    expect(parseRoomDisplayState({ ...pinned, sessionId: 7 }).sessionId).toBeNull();
    expect(applyRoomDisplayChange(pinned, { sessionId: null }, 1000)).toMatchObject({ sessionId: null, updatedAt: 1001 });
  });

  it('the newer version wins; on a tie, the record (given first)', () => {
    const record = { ...DEFAULT_ROOM_DISPLAY_STATE, updatedAt: 10 };
    const fast = { ...DEFAULT_ROOM_DISPLAY_STATE, screen: 'black' as const, updatedAt: 11 };
    expect(newerRoomDisplayState(record, fast)).toBe(fast);
    expect(newerRoomDisplayState({ ...record, updatedAt: 12 }, fast).updatedAt).toBe(12);
    expect(newerRoomDisplayState(record, { ...fast, updatedAt: 10 })).toBe(record);
    expect(newerRoomDisplayState(record, null)).toBe(record);
  });
});

describe('broadcast slots over the record', () => {
  it('stand until the record has changed and holds a write as recent as the action', () => {
    expect(newestUpdate([{ updatedAt: 3 }, { updatedAt: 9 }, { updatedAt: 5 }])).toBe(9);
    expect(overlayStands({ overlayAt: 100, recordNewest: 90, recordChangedSince: false, ageMs: 0 })).toBe(true);
    // An earlier action's write arriving late does not undo the later one on screen.
    expect(overlayStands({ overlayAt: 100, recordNewest: 90, recordChangedSince: true, ageMs: 0 })).toBe(true);
    expect(overlayStands({ overlayAt: 100, recordNewest: 100, recordChangedSince: true, ageMs: 0 })).toBe(false);
    expect(overlayStands({ overlayAt: 100, recordNewest: 0, recordChangedSince: false, ageMs: OVERLAY_MAX_AGE_MS + 1 })).toBe(false);
  });
});
