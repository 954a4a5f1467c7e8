import { describe, expect, it } from 'vitest';
import { saveRoomDisplayState } from '../../../renderer/src/db/commands/room-display';
import { ROOM_DISPLAY_STATE_KEY } from '../../../renderer/src/db/settings-records';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { readRoomDisplaySources, readRoomDisplayState } from '../../../renderer/src/db/queries/room-display';
import { DEFAULT_ROOM_DISPLAY_STATE } from '../../../renderer/src/domain/room-display/state';
import { freshDb } from '../db/test-db';

describe('room display commands', () => {
  it('keeps the state in the settings table, so a reloaded display recovers it; an older write never replaces a newer one', async () => {
    const db = freshDb();
    expect(await readRoomDisplayState(db)).toEqual(DEFAULT_ROOM_DISPLAY_STATE);
    const newer = { mode: 'queue' as const, screen: 'black' as const, message: 'Please conclude', sessionId: null, bilingual: true, updatedAt: 2000 };
    expect(await saveRoomDisplayState(db, newer)).toBe(true);
    expect(await saveRoomDisplayState(db, { ...DEFAULT_ROOM_DISPLAY_STATE, updatedAt: 1000 })).toBe(false);
    expect(await readRoomDisplayState(db)).toEqual(newer);
    // A damaged record reads as the defaults rather than breaking the display.
    await db.settings.put({ key: ROOM_DISPLAY_STATE_KEY, value: 'garbage' });
    expect(await readRoomDisplayState(db)).toEqual(DEFAULT_ROOM_DISPLAY_STATE);
  });

  it('reads the programme, the speakers named by slots and the state together', async () => {
    const db = freshDb();
    const seriesId = await openDemoSeries(db);
    const sources = await readRoomDisplaySources(db, seriesId);
    expect(sources.programme).toHaveLength(12);
    const panellistIds = sources.programme
      .flatMap((p) => p.slots)
      .filter((s) => s.kind === 'panellist')
      .map((s) => s.participantId);
    expect(panellistIds.every((id) => id !== null && sources.speakers.has(id))).toBe(true);
    expect(sources.logo).toBeNull();
    expect(sources.state).toEqual(DEFAULT_ROOM_DISPLAY_STATE);
  });
});
