import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { freshDb } from '../db/test-db';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { readPlateSources } from '../../../renderer/src/db/queries/plates';
import { buildCandidates, type CandidateInput } from '../../../renderer/src/features/plates/plate-candidates';
import { presenceBySession } from '../../../renderer/src/domain/presence/presence';
import { stateName } from '../../../renderer/src/domain/states/states';

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
    present: presenceBySession(sources.checkIns),
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

  it('placards of one session: its State under Review and the missions registered for it or checked in to it, not the series', async () => {
    const sources = await demo();
    const session = sources.programme[0]?.session;
    if (!session) throw new Error('no session');
    // A delegate registered elsewhere but checked in here brings their mission's placard.
    const visitor = sources.participants.find((p) => p.category === 'mission' && p.stateCode && !p.registrations.some((r) => r.sessionId === session.id));
    if (!visitor?.stateCode) throw new Error('no visitor');
    const present = new Map([[session.id, new Set([visitor.id])]]);
    const list = buildCandidates(input(sources, { kind: 'placards', source: `session:${session.id}`, present }));
    const registered = sources.participants.filter((p) => p.category === 'mission' && p.stateCode && p.registrations.some((r) => r.sessionId === session.id));
    const expected = new Set([session.stateCode, visitor.stateCode, ...registered.map((p) => p.stateCode as string)]);
    expect(new Set(list.map((c) => c.key))).toEqual(new Set([...expected].map((code) => `placard:${code}`)));
    const all = buildCandidates(input(sources, { kind: 'placards', source: 'all' }));
    expect(list.length).toBeLessThan(all.length);
    expect(list.map((c) => c.label)).toEqual([...list.map((c) => c.label)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(list.find((c) => c.key === `placard:${session.stateCode}`)?.label).toBe(stateName(session.stateCode, 'en'));
  });
});
