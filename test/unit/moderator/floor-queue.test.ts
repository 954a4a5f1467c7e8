import { describe, expect, it } from 'vitest';
import {
  floorQueue,
  matchMissions,
  openRequestOf,
  orderForNewRequest,
  orderForQueueMove,
  statesThatSpoke,
} from '../../../renderer/src/domain/moderator/floor-queue';
import type { Slot } from '../../../renderer/src/domain/core/model';
import { sortByOrder } from '../../../renderer/src/domain/programme/slot-order';

type S = Pick<Slot, 'id' | 'order' | 'kind' | 'status' | 'stateCode'>;
const slot = (id: string, order: string, kind: Slot['kind'], status: Slot['status'] = 'pending', stateCode: string | null = null): S => ({
  id,
  order,
  kind,
  status,
  stateCode,
});

const programme: S[] = [
  slot('open', 'a0', 'opening', 'done'),
  slot('panel', 'a1', 'panellist', 'done'),
  slot('questions', 'a2', 'moderator-questions', 'speaking'),
  slot('close', 'a3', 'closing'),
];

describe('floor queue', () => {
  it('puts the first request after the moderator’s questions, later ones after the last request', () => {
    const first = slot('deu', orderForNewRequest(programme), 'floor', 'pending', 'DEU');
    expect(sortByOrder([...programme, first]).map((s) => s.id)).toEqual(['open', 'panel', 'questions', 'deu', 'close']);
    const second = slot('fra', orderForNewRequest([...programme, first]), 'floor', 'pending', 'FRA');
    expect(sortByOrder([...programme, first, second]).map((s) => s.id)).toEqual(['open', 'panel', 'questions', 'deu', 'fra', 'close']);
  });

  it('knows a delegation’s open request, the queue, and who already spoke', () => {
    const slots = [
      ...programme,
      slot('d1', 'a2V', 'floor', 'done', 'DEU'),
      slot('f1', 'a2X', 'floor', 'pending', 'FRA'),
      slot('b1', 'a2Y', 'floor', 'pending', 'BRA'),
    ];
    expect(openRequestOf(slots, 'FRA')?.id).toBe('f1');
    expect(openRequestOf(slots, 'DEU')).toBeUndefined();
    expect(floorQueue(slots).map((s) => s.id)).toEqual(['f1', 'b1']);
    expect([...statesThatSpoke(slots)]).toEqual(['DEU']);
  });

  it('moves an entry within the queue without moving anything else', () => {
    const slots = [
      ...programme,
      slot('f1', 'a2V', 'floor', 'pending', 'FRA'),
      slot('b1', 'a2X', 'floor', 'pending', 'BRA'),
      slot('c1', 'a2Y', 'floor', 'pending', 'CHN'),
    ];
    const moved = slots.map((s) => (s.id === 'c1' ? { ...s, order: orderForQueueMove(slots, 'c1', 0) } : s));
    expect(sortByOrder(moved).map((s) => s.id)).toEqual(['open', 'panel', 'questions', 'c1', 'f1', 'b1', 'close']);
    const down = slots.map((s) => (s.id === 'f1' ? { ...s, order: orderForQueueMove(slots, 'f1', 2) } : s));
    expect(floorQueue(down).map((s) => s.id)).toEqual(['b1', 'c1', 'f1']);
  });

  it('matches missions on UN short names in English and French, accents ignored, checked-in first', () => {
    const codes = (query: string, language: 'en' | 'fr', present: Set<string> = new Set()) =>
      matchMissions(query, language, present).matches.map((m) => m.state.iso3);
    expect(codes('germ', 'en')).toContain('DEU');
    expect(codes('allem', 'fr')[0]).toBe('DEU');
    expect(codes('etats unis', 'fr')[0]).toBe('USA');
    expect(codes('cote', 'en')).toContain('CIV');
    // "Sw": Swaziland/Eswatini aside, Sweden and Switzerland; the one checked in comes first, and Enter asks.
    const sw = matchMissions('sw', 'en', new Set(['CHE']));
    expect(sw.matches[0]).toMatchObject({ present: true, state: { iso3: 'CHE' } });
    expect(sw.pick).toBeNull();
    expect(matchMissions('', 'en', new Set())).toEqual({ matches: [], pick: null });
  });
});
