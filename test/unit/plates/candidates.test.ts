import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { freshDb } from '../db/test-db';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { readPlateSources } from '../../../renderer/src/db/queries/plates';
import { buildCandidates, type CandidateInput } from '../../../renderer/src/features/plates/plate-candidates';

/** Returns the key itself: the test reads which words were chosen, not their translation. */
const t = ((key: string) => key) as unknown as TFunction;

async function demo() {
  const db = freshDb();
  await db.open();
  const seriesId = await openDemoSeries(db);
  return readPlateSources(db, seriesId);
}

function input(sources: Awaited<ReturnType<typeof demo>>, over: Partial<CandidateInput>): CandidateInput {
  return {
    kind: 'panellists',
    source: '',
    programme: sources.programme,
    participants: sources.participants,
    french: 'same-face',
    organiserName: 'UPR Info',
    customText: '',
    extraStates: [],
    language: 'en',
    t,
    ...over,
  };
}

describe('what the plates screen offers', () => {
  it('all panellists of a day: each once, in programme order, from every session of that day', async () => {
    const sources = await demo();
    const day = sources.programme[0]?.session.date ?? '';
    const daySessions = sources.programme.filter((p) => p.session.date === day);
    const list = buildCandidates(input(sources, { source: `day:${day}` }));
    const expected = daySessions.flatMap((p) => p.slots.filter((s) => s.kind === 'panellist' && s.participantId).map((s) => `panellist:${s.participantId}`));
    expect(list.map((c) => c.key)).toEqual([...new Set(expected)]);
    expect(list.every((c) => c.plate?.kind === 'panellist')).toBe(true);
  });

  it('role plates of a day: a moderator and a mission per session, the organiser once', async () => {
    const sources = await demo();
    const day = sources.programme[0]?.session.date ?? '';
    const sessions = sources.programme.filter((p) => p.session.date === day);
    const list = buildCandidates(input(sources, { kind: 'roles', source: `day:${day}` }));
    expect(list.filter((c) => c.plate?.front.title === 'UPR Info')).toHaveLength(1);
    expect(list.filter((c) => c.plate?.front.subtitle === 'plates.permanentMission')).toHaveLength(new Set(sessions.map((s) => s.session.stateCode)).size);
  });

  it('badges of one session: the people registered for it, with their role there and their badge code', async () => {
    const sources = await demo();
    const session = sources.programme[0]?.session;
    if (!session) throw new Error('no session');
    const list = buildCandidates(input(sources, { kind: 'badges', source: `session:${session.id}` }));
    const registered = sources.participants.filter((p) => p.registrations.some((r) => r.sessionId === session.id));
    expect(list).toHaveLength(registered.length);
    for (const c of list) expect(c.badge?.code).toMatch(/^PS30-\d{4}$/);
    expect(new Set(list.map((c) => c.badge?.role))).toContain('plates.badgeRoles.panellist');
  });

  it('placards: registered States plus those added by hand, each once', async () => {
    const sources = await demo();
    const list = buildCandidates(input(sources, { kind: 'placards', extraStates: ['BOL', 'RUS'] }));
    const keys = list.map((c) => c.key);
    expect(keys.at(-1)).toBe('placard:BOL');
    expect(keys.filter((k) => k === 'placard:RUS')).toHaveLength(1);
  });
});
