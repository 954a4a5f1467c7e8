import { describe, expect, it } from 'vitest';
import { cleanStationName, defaultStationName, parseStation } from '../../../renderer/src/domain/sync/station';
import { consoleHolderSettingName, consoleRole } from '../../../renderer/src/domain/sync/console-holder';
import { parsePort, parseShareRecord, withPreferredHub } from '../../../renderer/src/domain/sync/share';
import { projectRoomDisplay } from '../../../renderer/src/domain/sync/display-projection';
import { buildDemoSeries } from '../../../renderer/src/domain/demo/demo-series';
import { DEFAULT_ROOM_DISPLAY_STATE } from '../../../renderer/src/domain/room-display/state';
import { SERIES_SETTING_NAME } from '../../../renderer/src/domain/event-file/schema';
import type { Participant } from '../../../renderer/src/domain/core/model';

describe('stations', () => {
  it('keeps a clean name, and gives a new station one', () => {
    expect(cleanStationName('  Desk\t 1\u0000 ')).toBe('Desk 1');
    expect(cleanStationName('<b>Room XXIII console</b>'.repeat(5)).length).toBeLessThanOrEqual(40);
    expect(defaultStationName('3f1c2a4e-8d1b')).toBe('Station 3F1C');
    expect(parseStation({ id: 'x1', name: '   ' })).toEqual({ id: 'x1', name: 'Station X1' });
    expect(parseStation({ id: 5 })).toBeNull();
  });

  it('reads a share record only when whole, and a port in range', () => {
    const share = {
      seriesId: 's',
      fingerprint: '0123456789abcdef',
      secret: 'ABCDEFGHJKMNPQRSTVWXYZ0123',
      dataFormat: 4,
      hosting: false,
      hubs: ['10.0.0.2:5391', 'junk'],
      port: 5391,
    };
    expect(parseShareRecord(share)?.hubs).toEqual(['10.0.0.2:5391']);
    expect(parseShareRecord({ ...share, secret: 'short' })).toBeNull();
    expect(withPreferredHub(['a', 'b', 'c'], 'b')).toEqual(['b', 'a', 'c']);
    expect(parsePort('5391')).toBe(5391);
    expect(parsePort('80')).toBeNull();
    expect(parsePort('5391; rm')).toBeNull();
  });
});

describe('one console per room', () => {
  it('claims a free room, drives its own, watches another station drive one', () => {
    expect(consoleRole(null, 'me')).toEqual({ kind: 'claim' });
    expect(consoleRole({ stationId: 'me', stationName: 'Room console', at: 1 }, 'me')).toEqual({ kind: 'drives' });
    expect(consoleRole({ stationId: 'other', stationName: 'Desk 2', at: 1 }, 'me').kind).toBe('watches');
  });

  it('keys each room by a valid series setting name, the same for any spelling of its case', () => {
    const name = consoleHolderSettingName('Room XXIII');
    expect(SERIES_SETTING_NAME.test(name)).toBe(true);
    expect(consoleHolderSettingName(' room xxiii ')).toBe(name);
    expect(consoleHolderSettingName('Salle 9 — étage')).toMatch(SERIES_SETTING_NAME);
  });
});

describe("a display link's projection", () => {
  it('carries the room on screen only: public labels, no contact, no other person, a confidential panellist by organisation', () => {
    let n = 0;
    const demo = buildDemoSeries(() => `id-${++n}`, Date.UTC(2018, 0, 1));
    const session = demo.sessions.find((s) =>
      demo.slots.some((slot) => slot.sessionId === s.id && demo.participants.find((p) => p.id === slot.participantId)?.confidential),
    );
    if (!session) throw new Error('the demo has a confidential panellist');
    const speakers = new Map<string, Participant>(demo.participants.map((p) => [p.id, p]));
    const programme = demo.sessions.map((s) => ({ session: s, slots: demo.slots.filter((slot) => slot.sessionId === s.id) }));
    const state = { ...DEFAULT_ROOM_DISPLAY_STATE, sessionId: session.id };
    const projection = projectRoomDisplay(
      { seriesName: demo.series.name, programme, speakers, logo: null, state },
      session.room,
      new Date(`${session.date}T${session.start}:00`),
    );
    expect(projection.session?.id).toBe(session.id);
    expect(projection.session?.moderator).toBe('');
    const json = JSON.stringify(projection);
    const onScreen = new Set(projection.slots.map((s) => s.participantId));
    for (const p of demo.participants) {
      if (p.confidential || !onScreen.has(p.id)) expect(json.includes(p.name), p.name).toBe(false);
      if (p.email) expect(json.includes(p.email)).toBe(false);
      if (p.badgeCode) expect(json.includes(p.badgeCode)).toBe(false);
    }
    expect(projection.speakers.every((p) => p.email === '' && p.registrations.length === 0)).toBe(true);
    expect(projection.slots.every((s) => s.log.length === 0)).toBe(true);
  });
});
