import { describe, expect, it } from 'vitest';
import type { Session, Slot } from '../../../renderer/src/domain/core/model';
import { DOORS_OPEN_MIN, expectedSessions, planDeskCheckIn, sessionsAtTheDoor } from '../../../renderer/src/domain/desk/door';

const session = (id: string, start: string, end: string, date = '2018-04-11'): Session => ({
  id,
  seriesId: 's',
  stateCode: 'AZE',
  date,
  start,
  end,
  room: '',
  moderator: '',
  updatedAt: 0,
});
/** Local time on the day of the sessions (the laptop's clock is the venue's). */
const at = (time: string, date = '2018-04-11') => new Date(`${date}T${time}:00`);

const ending = session('ending', '15:15', '16:15');
const next = session('next', '16:30', '17:30');
const later = session('later', '18:00', '19:00');
const tomorrow = session('tomorrow', '16:30', '17:30', '2018-04-12');
const all = [ending, next, later, tomorrow];
const none: Pick<Slot, 'sessionId' | 'status'>[] = [];

describe('the sessions at the door', () => {
  it('at 16:05, one session ending at 16:15 and the next at 16:30: both', () => {
    expect(sessionsAtTheDoor(all, none, at('16:05')).map((s) => s.id)).toEqual(['ending', 'next']);
  });

  it('opens a session’s door DOORS_OPEN_MIN minutes before it starts, not earlier', () => {
    expect(DOORS_OPEN_MIN).toBe(30);
    expect(sessionsAtTheDoor(all, none, at('15:59')).map((s) => s.id)).toEqual(['ending']);
    expect(sessionsAtTheDoor(all, none, at('16:00')).map((s) => s.id)).toEqual(['ending', 'next']);
  });

  it('keeps a session that runs late while its slot is spoken, with the next one', () => {
    const live = [{ sessionId: 'ending', status: 'speaking' as const }];
    expect(sessionsAtTheDoor(all, live, at('16:25')).map((s) => s.id)).toEqual(['ending', 'next']);
    // Over and not live: only the next one.
    expect(sessionsAtTheDoor(all, none, at('16:20')).map((s) => s.id)).toEqual(['next']);
  });

  it('takes two sessions in two rooms at once, and nothing of another day', () => {
    const parallel = session('parallel', '15:30', '16:30');
    expect(sessionsAtTheDoor([...all, parallel], none, at('16:05')).map((s) => s.id)).toEqual(['ending', 'parallel', 'next']);
    expect(sessionsAtTheDoor(all, none, at('16:05', '2018-04-13'))).toEqual([]);
  });
});

describe('where a check-in goes', () => {
  const registered = (...ids: string[]) => ({ registrations: ids.map((sessionId) => ({ sessionId, role: 'delegate' as const })) });

  it('to the session the person is registered for, between two sessions', () => {
    expect(planDeskCheckIn(registered('next'), [ending, next], 'now')).toEqual({ kind: 'check-in', sessionIds: ['next'], unregistered: [] });
    expect(planDeskCheckIn(registered('ending'), [ending, next], 'now')).toEqual({ kind: 'check-in', sessionIds: ['ending'], unregistered: [] });
    expect(planDeskCheckIn(registered('ending', 'next'), [ending, next], 'now')).toEqual({
      kind: 'check-in',
      sessionIds: ['ending', 'next'],
      unregistered: [],
    });
  });

  it('asks when the person is registered for none of the sessions at the door', () => {
    expect(planDeskCheckIn(registered('later'), [ending, next], 'now')).toEqual({ kind: 'choose', sessionIds: ['ending', 'next'] });
    expect(expectedSessions(registered(), [ending, next], 'now')).toEqual(['ending', 'next']);
  });

  it('with one session at the door, checks in and says the person is not registered for it', () => {
    expect(planDeskCheckIn(registered('later'), [ending], 'now')).toEqual({ kind: 'check-in', sessionIds: ['ending'], unregistered: ['ending'] });
  });

  it('to every session chosen by hand, naming those the person is not registered for', () => {
    expect(planDeskCheckIn(registered('next'), [ending, next], 'chosen')).toEqual({
      kind: 'check-in',
      sessionIds: ['ending', 'next'],
      unregistered: ['ending'],
    });
  });

  it('nowhere without a session', () => {
    expect(planDeskCheckIn(registered('next'), [], 'now')).toEqual({ kind: 'no-session' });
  });
});
