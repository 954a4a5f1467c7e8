import { describe, expect, it } from 'vitest';
import type { Participant, Slot } from '../../../renderer/src/domain/core/model';
import { roomDisplayReading, lineup, progressRun, speakerLabel, type RoomDisplayWords } from '../../../renderer/src/domain/room-display/view';

const T0 = 1_700_000_000_000;

/** A slot as the programme makes it (built without optional newer fields: the domain reads only these). */
function slot(id: string, order: string, kind: Slot['kind'], fields: Partial<Slot> = {}): Slot {
  return {
    id,
    sessionId: 'se',
    seriesId: 'sr',
    order,
    kind,
    participantId: null,
    label: '',
    allottedSec: 360,
    status: 'pending',
    startedAt: null,
    elapsedBeforeMs: 0,
    stateCode: null,
    log: [],
    updatedAt: 0,
    ...fields,
  } as Slot;
}

function person(fields: Partial<Participant>): Participant {
  return {
    id: 'p1',
    seriesId: 'sr',
    name: 'Amina Diallo',
    organisation: 'Coalition for Press Freedom',
    category: 'cso',
    scope: 'national',
    gender: 'woman',
    stateCode: 'BFA',
    email: '',
    phone: '',
    badgeCode: 'PS30-0001',
    confidential: false,
    plateConsent: false,
    registrations: [],
    reviewedAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

const words: RoomDisplayWords = {
  kinds: {
    opening: 'Opening',
    'sur-statement': 'SuR statement',
    panellist: 'Panellist',
    'moderator-questions': 'Moderator’s questions',
    floor: 'Floor',
    closing: 'Closing',
  },
  mission: 'Permanent Mission',
  floorBlock: 'Questions from Permanent Missions',
};

describe('speaker label', () => {
  it('names a panellist with their organisation', () => {
    expect(speakerLabel(slot('a', 'a0', 'panellist', { participantId: 'p1' }), person({}), 'en', words)).toEqual({
      name: 'Amina Diallo',
      detail: 'Coalition for Press Freedom',
      kind: 'Panellist',
    });
  });

  it('never shows the name of a confidential panellist, nor a label that may repeat it', () => {
    const label = speakerLabel(slot('a', 'a0', 'panellist', { participantId: 'p1', label: 'Amina Diallo' }), person({ confidential: true }), 'en', words);
    expect(label).toEqual({ name: 'Coalition for Press Freedom', detail: null, kind: 'Panellist' });
    expect(JSON.stringify(label)).not.toContain('Amina');
    // Without an organisation the kind of slot stands in.
    expect(speakerLabel(slot('a', 'a0', 'panellist', { participantId: 'p1' }), person({ confidential: true, organisation: '  ' }), 'en', words).name).toBe(
      'Panellist',
    );
  });

  it('names a mission on the floor by its State, in the interface language', () => {
    const floor = slot('f', 'a5', 'floor', { stateCode: 'GBR' });
    expect(speakerLabel(floor, undefined, 'en', words)).toEqual({
      name: 'United Kingdom of Great Britain and Northern Ireland',
      detail: 'Permanent Mission',
      kind: 'Floor',
    });
    expect(speakerLabel(floor, undefined, 'fr', words).name).toBe("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord");
  });

  it('uses the slot label, else the kind', () => {
    expect(speakerLabel(slot('o', 'a0', 'opening', { label: 'Opening by the moderator' }), undefined, 'en', words).name).toBe('Opening by the moderator');
    expect(speakerLabel(slot('c', 'a9', 'closing'), undefined, 'en', words)).toEqual({ name: 'Closing', detail: null, kind: 'Closing' });
  });

  it('names the floor block as the Q&A of the missions, never as a speaker called “Floor”', () => {
    expect(speakerLabel(slot('b', 'a5', 'floor'), undefined, 'en', words)).toEqual({ name: 'Questions from Permanent Missions', detail: null, kind: 'Floor' });
    expect(speakerLabel(slot('b', 'a5', 'floor', { label: 'Questions and answers' }), undefined, 'en', words).name).toBe('Questions and answers');
  });
});

describe('lineup', () => {
  const programme = () => [
    slot('open', 'a0', 'opening', { status: 'done' }),
    slot('p1', 'a1', 'panellist', { status: 'speaking', startedAt: T0 }),
    slot('p2', 'a2', 'panellist', { status: 'absent' }),
    slot('p3', 'a3', 'panellist'),
    slot('f1', 'a4', 'floor', { stateCode: 'DEU' }),
    slot('f2', 'a5', 'floor', { stateCode: 'FRA' }),
    slot('close', 'a6', 'closing'),
  ];

  it('the live slot is current; next is the following pending one; the queue holds the pending floor requests', () => {
    const l = lineup(programme());
    expect(l.current?.id).toBe('p1');
    expect(l.live).toBe(true);
    expect(l.next?.id).toBe('p3');
    expect(l.queue.map((s) => s.id)).toEqual(['f1', 'f2']);
  });

  it('with nothing live, the next pending slot is current (waiting) and the one after it is next', () => {
    const slots = programme().map((s) => (s.id === 'p1' ? { ...s, status: 'done' as const, startedAt: null } : s));
    const l = lineup(slots);
    expect(l.current?.id).toBe('p3');
    expect(l.live).toBe(false);
    expect(l.next?.id).toBe('f1');
  });

  it('a mission speaking from the floor leaves the queue', () => {
    const slots = programme().map((s) =>
      s.id === 'p1' ? { ...s, status: 'done' as const, startedAt: null } : s.id === 'f1' ? { ...s, status: 'speaking' as const, startedAt: T0 } : s,
    );
    const l = lineup(slots);
    expect(l.current?.id).toBe('f1');
    expect(l.queue.map((s) => s.id)).toEqual(['f2']);
  });

  it('all over: nothing current, nothing next', () => {
    const l = lineup(programme().map((s) => ({ ...s, status: 'done' as const, startedAt: null })));
    expect(l).toMatchObject({ current: null, live: false, next: null, queue: [] });
  });
});

describe('display reading', () => {
  const running = (allottedSec: number) => slot('s', 'a0', 'sur-statement', { allottedSec, status: 'speaking', startedAt: T0 });

  it('says the phase in words at the second it begins: On time, Last minute, Last 30 seconds, Time is up', () => {
    const s = running(120);
    expect(roomDisplayReading(s, T0 + 59_000)).toMatchObject({ text: '1:01', caption: 'normal', words: { key: 'onTime' } });
    expect(roomDisplayReading(s, T0 + 60_000)).toMatchObject({ text: '1:00', caption: 'warning', words: { key: 'lastMinutes', count: 1 } });
    expect(roomDisplayReading(s, T0 + 90_000)).toMatchObject({ text: '0:30', caption: 'final', words: { key: 'lastSeconds', count: 30 } });
    expect(roomDisplayReading(s, T0 + 120_000)).toMatchObject({ text: '+0:00', caption: 'overtime', words: { key: 'timeUp' } });
    expect(roomDisplayReading(s, T0 + 162_000)).toMatchObject({ text: '+0:42', caption: 'overtime' });
  });

  it('a waiting slot is Ready with its whole time; a paused one says Paused and keeps its phase colour', () => {
    expect(roomDisplayReading(slot('p', 'a0', 'panellist'), T0)).toMatchObject({ text: '6:00', caption: 'ready', phase: 'normal' });
    const paused = slot('p', 'a0', 'panellist', { status: 'paused', elapsedBeforeMs: 320_000 });
    expect(roomDisplayReading(paused, T0 + 999_999)).toMatchObject({ text: '0:40', caption: 'paused', phase: 'warning' });
  });
});

describe('progress run', () => {
  it('runs from the share left to empty over the remaining time', () => {
    const s = slot('p', 'a0', 'panellist', { allottedSec: 100, status: 'speaking', startedAt: T0, elapsedBeforeMs: 20_000 });
    expect(progressRun(s, T0 + 30_000)).toEqual({ left: 0.5, durationMs: 50_000 });
  });

  it('stands still when paused, is empty in overtime and for a zero allotment', () => {
    expect(progressRun(slot('p', 'a0', 'panellist', { allottedSec: 100, status: 'paused', elapsedBeforeMs: 25_000 }), T0)).toEqual({
      left: 0.75,
      durationMs: null,
    });
    expect(progressRun(slot('p', 'a0', 'panellist', { allottedSec: 100, status: 'speaking', startedAt: T0 }), T0 + 120_000)).toEqual({
      left: 0,
      durationMs: null,
    });
    expect(progressRun(slot('p', 'a0', 'panellist', { allottedSec: 0 }), T0)).toEqual({ left: 0, durationMs: null });
  });
});
