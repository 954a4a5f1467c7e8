import { describe, expect, it } from 'vitest';
import { duplicateSession, parseDuration, plannedSeconds, startingSlots, validateSession } from '../../../renderer/src/domain/programme/sessions';
import { makeSeries } from '../../../renderer/src/domain/programme/series';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const series = makeSeries({ name: 'PS', startDate: '2026-04-07', endDate: '2026-04-09', venue: '' }, () => 'series', 0);

describe('sessions', () => {
  it('need a State from the UN list, a date in the series and an end after the start', () => {
    const ok = { stateCode: 'TUR', date: '2026-04-08', start: '10:00', end: '11:00', room: '', moderator: '' };
    expect(validateSession(ok, series)).toEqual([]);
    expect(validateSession({ ...ok, stateCode: 'XYZ' }, series)).toEqual(['state-required']);
    expect(validateSession({ ...ok, date: '2026-05-01' }, series)).toEqual(['date-outside-series']);
    expect(validateSession({ ...ok, end: '09:59' }, series)).toEqual(['end-before-start']);
    expect(validateSession({ ...ok, start: '25:00' }, series)).toEqual(['start-invalid']);
  });

  it('start with opening, SuR statement (2:00), questions, the floor block and closing', () => {
    const session = { id: 's', seriesId: 'series', stateCode: 'TUR', date: '2026-04-08', start: '10:00', end: '11:00', room: '', moderator: '', updatedAt: 0 };
    const slots = startingSlots(session, series, ids(), 0);
    expect(slots.map((s) => s.kind)).toEqual(['opening', 'sur-statement', 'moderator-questions', 'floor', 'closing']);
    expect(slots[1]?.allottedSec).toBe(120);
    expect(plannedSeconds(slots)).toBe(180 + 120 + 300 + 900 + 180);
  });

  it('duplicate as a fresh template: new ids, same structure, no speakers, no timings', () => {
    const make = ids();
    const session = {
      id: 'orig',
      seriesId: 'series',
      stateCode: 'TUR',
      date: '2026-04-08',
      start: '10:00',
      end: '11:00',
      room: 'XXIV',
      moderator: 'M',
      updatedAt: 0,
    };
    const slots = startingSlots(session, series, make, 0).map((s) => ({ ...s, participantId: 'p1', status: 'done' as const, elapsedBeforeMs: 5000 }));
    const copy = duplicateSession(session, slots, { keepSpeakers: false }, make, 1);
    expect(copy.session.id).not.toBe('orig');
    expect(copy.session.room).toBe('XXIV');
    expect(copy.slots.map((s) => s.kind)).toEqual(slots.map((s) => s.kind));
    expect(copy.slots.every((s) => s.sessionId === copy.session.id && s.participantId === null && s.status === 'pending' && s.elapsedBeforeMs === 0)).toBe(
      true,
    );
    expect(new Set([...slots, ...copy.slots].map((s) => s.id)).size).toBe(slots.length * 2);
  });
});

describe('parseDuration', () => {
  it('reads minutes, minutes:seconds and seconds', () => {
    expect(parseDuration('6')).toBe(360);
    expect(parseDuration('6:30')).toBe(390);
    expect(parseDuration(' 02:00 ')).toBe(120);
    expect(parseDuration('90s')).toBe(90);
    expect(parseDuration('6:75')).toBeNull();
    expect(parseDuration('six')).toBeNull();
    expect(parseDuration('')).toBeNull();
  });
});
