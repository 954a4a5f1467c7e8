import { EMPTY_WALK_IN } from '../../../renderer/src/domain/desk/walk-in';
import { describe, expect, it } from 'vitest';
import { buildDeskIndex, findAtDesk, findByBadgeCode, looksLikeBadgeCode, type DeskIndex } from '../../../renderer/src/domain/desk/search';
import { planCheckIn, planCheckInUndo, walkInIds } from '../../../renderer/src/domain/presence/check-in';
import { sessionCounts } from '../../../renderer/src/domain/desk/counts';
import { createWedgeDetector } from '../../../renderer/src/domain/desk/scanner';
import { findLikelyDuplicates, validateWalkIn, walkInConfidential, walkInParticipantInput } from '../../../renderer/src/domain/desk/walk-in';
import { presentIn } from '../../../renderer/src/domain/presence/presence';
import type { CheckIn, Participant } from '../../../renderer/src/domain/core/model';

/** The best matches of a query, best first: what the desk shows. */
const searchDesk = (index: DeskIndex, query: string, limit?: number, expectedIn: readonly string[] = []) => findAtDesk(index, query, limit, expectedIn).found;

let n = 0;
const person = (fields: Partial<Participant> & Pick<Participant, 'name'>): Participant => {
  n += 1;
  return {
    id: `p${n}`,
    seriesId: 's',
    organisation: '',
    category: 'cso',
    scope: 'national',
    gender: null,
    stateCode: null,
    email: '',
    phone: '',
    badgeCode: `PS30-${String(n).padStart(4, '0')}`,
    confidential: false,
    plateConsent: false,
    registrations: [],
    reviewedAt: null,
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
};

const registry = [
  person({ name: 'José González', organisation: 'Observatorio Sur', stateCode: 'COL' }),
  person({ name: 'Josefina Gonzaga', organisation: 'Legal Aid Collective of Cuba', stateCode: 'CUB' }),
  person({ name: 'Katrin Müller', organisation: 'Permanent Mission of Germany', category: 'mission', stateCode: 'DEU' }),
  person({ name: 'Dmitri Sokolov', organisation: 'Permanent Mission of Russian Federation', category: 'mission', stateCode: 'RUS' }),
  person({ name: 'Aïssata Traoré', organisation: 'Burkina Faso Centre for Civic Freedoms', stateCode: 'BFA', confidential: true }),
];

describe('desk search', () => {
  const index = buildDeskIndex(registry);
  const names = (query: string) => searchDesk(index, query).map((p) => p.name);

  it('finds by name without case or accents, and by organisation', () => {
    expect(names('gonzalez')[0]).toBe('José González');
    expect(names('AISSATA')).toEqual(['Aïssata Traoré']);
    expect(names('observatorio')).toEqual(['José González']);
  });

  it('tolerates one typo but not two', () => {
    expect(names('gonzales')[0]).toBe('José González');
    expect(names('sokolv')).toEqual(['Dmitri Sokolov']);
    expect(names('skolv')).toEqual([]);
  });

  it('finds by State in English or French and by badge code, exact code first', () => {
    expect(names('allemagne')).toEqual(['Katrin Müller']);
    expect(names('russian')).toEqual(['Dmitri Sokolov']);
    expect(searchDesk(index, 'ps30-0004')[0]?.name).toBe('Dmitri Sokolov');
    expect(findByBadgeCode(index, ' ps30-0003 ')?.name).toBe('Katrin Müller');
    expect(findByBadgeCode(index, 'PS30-9999')).toBeNull();
  });

  it('tells a badge code from a name', () => {
    expect(['PS30-0042', 'sd-12', '00421'].map(looksLikeBadgeCode)).toEqual([true, true, true]);
    expect(['Jose Gonzalez', 'PS30 0042', 'gonzalez'].map(looksLikeBadgeCode)).toEqual([false, false, false]);
  });

  it('puts the best match first and narrows with every word', () => {
    expect(names('jos')).toEqual(['José González', 'Josefina Gonzaga']);
    expect(names('jose gonzaga')).toEqual(['Josefina Gonzaga']);
    expect(names('   ')).toEqual([]);
  });

  it('never forgives a typo in a number: one digit off is someone else', () => {
    expect(names('0014')).toEqual([]);
    expect(names('0004')).toEqual(['Dmitri Sokolov']);
    expect(names('sokolof')).toEqual(['Dmitri Sokolov']);
  });

  it('tolerates a typo while the word is still being typed', () => {
    expect(names('gonzl')[0]).toBe('José González');
    expect(names('mulle')).toEqual(['Katrin Müller']);
  });

  it('ranks a match in the name above one in the organisation', () => {
    const index2 = buildDeskIndex([person({ name: 'Zed Memorial-Smith', organisation: 'Other' }), person({ name: 'Bea Jones', organisation: 'Memorial' })]);
    expect(searchDesk(index2, 'memorial').map((p) => p.name)).toEqual(['Zed Memorial-Smith', 'Bea Jones']);
    expect(searchDesk(index2, 'memorial', 1)).toHaveLength(1);
  });

  it('puts people registered for the sessions checked in to before others equally matched', () => {
    const twins = [person({ name: 'Amina Ahmed' }), person({ name: 'Amina Ahmed', registrations: [{ sessionId: 'a', role: 'delegate' }] })];
    const index2 = buildDeskIndex(twins);
    expect(searchDesk(index2, 'amina ahmed', 30, ['a'])[0]).toBe(twins[1]);
    expect(searchDesk(index2, 'amina', 30, ['b'])).toHaveLength(2);
  });

  it('finds confidential people like anyone else (the desk is not a public screen)', () => {
    expect(names('traore')).toEqual(['Aïssata Traoré']);
  });
});

const event = (id: string, participantId: string, sessionId: string, undoes: string | null = null): CheckIn => ({
  id,
  seriesId: 's',
  participantId,
  sessionId,
  at: 1,
  station: 'desk-1',
  method: 'search',
  kind: undoes ? 'undo' : 'check-in',
  undoes,
});

describe('check-in rules', () => {
  let next = 0;
  const ids = () => `e${(next += 1)}`;
  const request = { seriesId: 's', participantId: 'amina', station: 'desk-1', method: 'search' as const, at: 5 };

  it('adds a check-in only where the person is not present yet', () => {
    const events = [event('1', 'amina', 'a')];
    const plan = planCheckIn(events, { ...request, sessionIds: ['a', 'b', 'b'] }, ids);
    expect(plan.add.map((e) => e.sessionId)).toEqual(['b']);
    expect(plan.already.map((e) => e.id)).toEqual(['1']);
  });

  it('checks in again after an undo, and an undo names the check-in in force', () => {
    const events = [event('1', 'amina', 'a'), event('2', 'amina', 'a', '1')];
    expect(planCheckIn(events, { ...request, sessionIds: ['a'] }, ids).add).toHaveLength(1);
    expect(planCheckInUndo(events, 'amina', 'a', 'desk-1', 9, ids)).toBeNull();
    const undo = planCheckInUndo([event('1', 'amina', 'a')], 'amina', 'a', 'desk-2', 9, ids);
    expect(undo).toMatchObject({ kind: 'undo', undoes: '1', sessionId: 'a', participantId: 'amina', station: 'desk-2', at: 9 });
    expect(presentIn([event('1', 'amina', 'a'), undo as CheckIn], 'a').size).toBe(0);
  });

  it('flags walk-ins by the method of their check-in, even once undone', () => {
    const walkIn = { ...event('1', 'amina', 'a'), method: 'walk-in' as const };
    expect([...walkInIds([walkIn, event('2', 'amina', 'a', '1'), event('3', 'boris', 'a')])]).toEqual(['amina']);
  });
});

describe('session counts', () => {
  const panellist = person({ name: 'Zoe Panel', registrations: [{ sessionId: 'a', role: 'panellist' }] });
  const late = person({ name: 'Anna Panel', category: 'nhri', registrations: [{ sessionId: 'a', role: 'panellist' }] });
  const che1 = person({ name: 'Swiss One', category: 'mission', stateCode: 'CHE', registrations: [{ sessionId: 'a', role: 'delegate' }] });
  const che2 = person({ name: 'Swiss Two', category: 'mission', stateCode: 'CHE' });
  const fra = person({ name: 'French', category: 'mission', stateCode: 'FRA' });
  const swe = person({ name: 'Swede', category: 'mission', stateCode: 'SWE', registrations: [{ sessionId: 'a', role: 'delegate' }] });
  // Registered for another session of the series only: not counted for this one.
  const nor = person({ name: 'Norwegian', category: 'mission', stateCode: 'NOR', registrations: [{ sessionId: 'b', role: 'delegate' }] });
  const people = [panellist, late, che1, che2, fra, swe, nor];

  it('counts people by category and missions as States, of those registered for this session, not the series', () => {
    const counts = sessionCounts(people, new Set([panellist.id, che1.id, che2.id, fra.id]), 'a');
    expect(counts.present).toBe(4);
    expect(counts.byCategory).toMatchObject({ cso: 1, mission: 3, nhri: 0 });
    expect(counts.missionsPresent).toBe(2);
    expect(counts.missionsRegistered).toBe(2);
    expect(counts.missionsRegisteredPresent).toBe(1);
    expect(counts.missionsPresentUnregistered).toBe(1);
    expect(counts.missionShare).toBeCloseTo(1 / 2);
    expect(counts.panellists.map((p) => [p.participant.name, p.arrived])).toEqual([
      ['Anna Panel', false],
      ['Zoe Panel', true],
    ]);
  });
});

describe('keyboard-wedge scanner', () => {
  const typeAt = (detector: ReturnType<typeof createWedgeDetector>, text: string, start: number, gap: number) => {
    [...text].forEach((ch, i) => detector.key(ch, start + i * gap));
    return detector.enter(start + text.length * gap);
  };
  it('takes a fast burst ended by Enter for a scan, and a person typing for a person', () => {
    const detector = createWedgeDetector();
    expect(typeAt(detector, 'PS30-0042', 1000, 8)).toBe('PS30-0042');
    expect(typeAt(detector, 'PS30-0042', 5000, 120)).toBeNull();
    expect(typeAt(detector, 'abc', 9000, 5)).toBeNull();
  });
  it('drops slow keys typed before the burst', () => {
    const detector = createWedgeDetector();
    detector.key('x', 0);
    detector.key('y', 500);
    expect(typeAt(detector, 'PS30-0001', 1000, 5)).toBe('PS30-0001');
  });
});

describe('walk-ins', () => {
  it('needs a name, and a State for a mission', () => {
    expect(validateWalkIn({ ...EMPTY_WALK_IN, name: ' ', organisation: '', category: 'mission', stateCode: null })).toEqual([
      'name-required',
      'state-required',
    ]);
    expect(validateWalkIn({ ...EMPTY_WALK_IN, name: 'A', organisation: '', category: 'cso', stateCode: null })).toEqual([]);
  });
  it('become participants registered for the sessions they enter', () => {
    const input = walkInParticipantInput({ ...EMPTY_WALK_IN, name: 'A', organisation: 'PM', category: 'mission', stateCode: 'CHE' }, ['a', 'b']);
    expect(input.registrations).toEqual([
      { sessionId: 'a', role: 'delegate' },
      { sessionId: 'b', role: 'delegate' },
    ]);
    expect(input.scope).toBeNull();
  });
  it('keep gender and national or international when given, and unknown when not (never a guessed "national")', () => {
    const unknown = walkInParticipantInput({ ...EMPTY_WALK_IN, name: 'A', category: 'cso' }, ['a']);
    expect(unknown).toMatchObject({ scope: null, gender: null, confidential: false });
    const told = walkInParticipantInput({ ...EMPTY_WALK_IN, name: 'A', category: 'cso', scope: 'international', gender: 'woman' }, ['a']);
    expect(told).toMatchObject({ scope: 'international', gender: 'woman' });
    expect(walkInParticipantInput({ ...EMPTY_WALK_IN, name: 'A', category: 'nhri', scope: 'international' }, ['a']).scope).toBeNull();
  });
  it('are confidential when the desk says so, and always as panellists until the record is reviewed', () => {
    expect(walkInParticipantInput({ ...EMPTY_WALK_IN, name: 'A', confidential: true }, ['a']).confidential).toBe(true);
    const panellist = walkInParticipantInput({ ...EMPTY_WALK_IN, name: 'A', role: 'panellist', confidential: false }, ['a']);
    expect(panellist.confidential).toBe(true);
    expect(panellist.registrations).toEqual([{ sessionId: 'a', role: 'panellist' }]);
    expect(walkInConfidential({ category: 'nhri', role: 'panellist', confidential: false })).toBe(true);
    expect(walkInConfidential({ category: 'cso', role: 'observer', confidential: false })).toBe(false);
  });
  it('find the same person up to accents, word order or one typo', () => {
    const dupes = (name: string) => findLikelyDuplicates(registry, { name }).map((p) => p.name);
    expect(dupes('jose gonzalez')).toEqual(['José González']);
    expect(dupes('González José')).toEqual(['José González']);
    expect(dupes('Jose Gonzales')).toEqual(['José González']);
    expect(dupes('Katrin Schmidt')).toEqual([]);
  });
});
