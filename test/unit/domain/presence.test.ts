import { describe, expect, it } from 'vitest';
import { activeCheckIns, presentIn } from '../../../renderer/src/domain/presence/presence';
import { currentSession, sessionOnScreen } from '../../../renderer/src/domain/programme/current-session';
import type { CheckIn, Session } from '../../../renderer/src/domain/core/model';

const event = (id: string, participantId: string, at: number, undoes: string | null = null): CheckIn => ({
  id,
  seriesId: 's',
  participantId,
  sessionId: 'x',
  at,
  station: 'desk',
  method: 'search',
  kind: undoes ? 'undo' : 'check-in',
  undoes,
});

describe('presence from check-in events', () => {
  it('counts a check-in unless an undo names it; a second check-in counts once', () => {
    const events = [event('1', 'amina', 1), event('2', 'amina', 2), event('3', 'boris', 3), event('4', 'boris', 4, '3')];
    expect([...presentIn(events, 'x')]).toEqual(['amina']);
    // One check-in in force per person and session: the earliest.
    expect(activeCheckIns(events).map((e) => e.id)).toEqual(['1']);
  });

  it('merges two stations: the same person checked in at two desks at once counts once, the earliest in force on both', () => {
    const deskA = [event('a1', 'amina', 1_000)];
    const deskB = [event('b1', 'amina', 1_200)];
    for (const merged of [
      [...deskA, ...deskB],
      [...deskB, ...deskA],
    ]) {
      expect([...presentIn(merged, 'x')]).toEqual(['amina']);
      expect(activeCheckIns(merged).map((e) => e.id)).toEqual(['a1']);
    }
    // Same time to the millisecond: the smaller id, on every station.
    expect(activeCheckIns([event('z', 'amina', 5), event('m', 'amina', 5)]).map((e) => e.id)).toEqual(['m']);
  });

  it('lets an undo on one station undo the check-ins of that person it had not seen yet, but not a later one', () => {
    // Desk B undoes the check-in it sees (a1); desk A's own of the same moment (b1) goes with it.
    const events = [event('a1', 'amina', 1_000), event('b1', 'amina', 1_200), event('u1', 'amina', 5_000, 'a1')];
    expect([...presentIn(events, 'x')]).toEqual([]);
    // Checked in again after the undo: present again.
    expect([...presentIn([...events, event('a2', 'amina', 6_000)], 'x')]).toEqual(['amina']);
    // Another person is untouched.
    expect([...presentIn([...events, event('c1', 'boris', 1_100)], 'x')]).toEqual(['boris']);
  });
});

describe('the session now running', () => {
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
  const sessions = [session('a', '10:00', '11:00'), session('b', '11:15', '12:15'), session('c', '10:00', '11:00', '2018-04-12')];
  it('is the one being spoken in, else the one whose hours hold now, else the next today', () => {
    expect(currentSession(sessions, [{ sessionId: 'b', status: 'paused' }], new Date(2018, 3, 11, 10, 30))?.id).toBe('b');
    expect(currentSession(sessions, [], new Date(2018, 3, 11, 10, 30))?.id).toBe('a');
    expect(currentSession(sessions, [], new Date(2018, 3, 11, 11, 5))?.id).toBe('b');
    expect(currentSession(sessions, [], new Date(2018, 3, 11, 13, 0))).toBeNull();
  });

  it('the room display shows a live session first, else the one the moderator chose today, else the clock’s', () => {
    const sessions = [session('a', '10:00', '11:00'), session('b', '11:15', '12:15'), session('old', '10:00', '11:00', '2018-04-10')];
    const overrun = new Date(2018, 3, 11, 11, 5);
    // Between two speakers after its end, the chosen session stays on screen rather than the next one.
    expect(sessionOnScreen(sessions, [], overrun, null)?.id).toBe('b');
    expect(sessionOnScreen(sessions, [], overrun, 'a')?.id).toBe('a');
    // Someone speaking elsewhere wins over the choice: the room is where someone speaks.
    expect(sessionOnScreen(sessions, [{ sessionId: 'b', status: 'speaking' }], overrun, 'a')?.id).toBe('b');
    // A choice left from another day, or of a session no longer in the series, is ignored.
    expect(sessionOnScreen(sessions, [], overrun, 'old')?.id).toBe('b');
    expect(sessionOnScreen(sessions, [], overrun, 'deleted')?.id).toBe('b');
  });
});
