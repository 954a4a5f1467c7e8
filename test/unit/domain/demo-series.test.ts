import { describe, expect, it } from 'vitest';
import { buildDemoSeries, DEMO_STATES_UNDER_REVIEW } from '../../../renderer/src/domain/demo/demo-series';
import { stateName } from '../../../renderer/src/domain/states/states';

function counterIds() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('the demo series "Pre-sessions 30"', () => {
  const demo = buildDemoSeries(counterIds(), Date.UTC(2018, 3, 1));

  it('runs 11-13 April 2018 with one one-hour session per State under Review', () => {
    expect(demo.series.name).toBe('Pre-sessions 30');
    expect([demo.series.startDate, demo.series.endDate]).toEqual(['2018-04-11', '2018-04-13']);
    expect(demo.sessions.map((s) => stateName(s.stateCode, 'en'))).toEqual([
      'Azerbaijan',
      'Bangladesh',
      'Burkina Faso',
      'Cameroon',
      'Canada',
      'Colombia',
      'Cuba',
      'Djibouti',
      'Germany',
      'Russian Federation',
      'Turkmenistan',
      'Uzbekistan',
    ]);
    for (const session of demo.sessions) {
      const [sh = 0, sm = 0] = session.start.split(':').map(Number);
      const [eh = 0, em = 0] = session.end.split(':').map(Number);
      expect(eh * 60 + em - (sh * 60 + sm)).toBe(60);
    }
    expect(demo.sessions).toHaveLength(DEMO_STATES_UNDER_REVIEW.length);
  });

  it('gives each session 4 or 5 panellists from CSOs and NHRIs, with organisations', () => {
    for (const session of demo.sessions) {
      const panel = demo.slots.filter((s) => s.sessionId === session.id && s.kind === 'panellist');
      expect(panel.length).toBeGreaterThanOrEqual(4);
      expect(panel.length).toBeLessThanOrEqual(5);
      for (const slot of panel) {
        const person = demo.participants.find((p) => p.id === slot.participantId);
        expect(['cso', 'nhri']).toContain(person?.category);
        expect(person?.organisation).toMatch(/\w/);
      }
    }
    expect(demo.participants.some((p) => p.category === 'nhri')).toBe(true);
  });

  it('has about seventy delegates of Permanent Missions, registered for existing sessions', () => {
    const missions = demo.participants.filter((p) => p.category === 'mission');
    expect(missions.length).toBeGreaterThanOrEqual(60);
    expect(missions.length).toBeLessThanOrEqual(80);
    const sessionIds = new Set(demo.sessions.map((s) => s.id));
    for (const person of demo.participants) {
      expect(person.registrations.length).toBeGreaterThan(0);
      for (const r of person.registrations) expect(sessionIds.has(r.sessionId)).toBe(true);
    }
  });

  it('orders each session opening, SuR statement, panel, questions, floor block with its queue, closing, with unique order keys', () => {
    const first = demo.sessions[0];
    const slots = demo.slots.filter((s) => s.sessionId === first?.id).sort((a, b) => (a.order < b.order ? -1 : 1));
    expect(slots.map((s) => s.kind)).toEqual([
      'opening',
      'sur-statement',
      'panellist',
      'panellist',
      'panellist',
      'panellist',
      'panellist',
      'moderator-questions',
      'floor',
      'floor',
      'floor',
      'floor',
      'closing',
    ]);
    // The block, then three missions registered for the session that asked for the floor, each with the time per mission.
    const [block, ...requests] = slots.filter((s) => s.kind === 'floor');
    expect(block).toMatchObject({ stateCode: null, allottedSec: 900 });
    expect(requests.map((r) => r.allottedSec)).toEqual([120, 120, 120]);
    const registered = new Set(
      demo.participants.filter((p) => p.category === 'mission' && p.registrations.some((r) => r.sessionId === first?.id)).map((p) => p.stateCode),
    );
    for (const r of requests) expect(registered.has(r.stateCode)).toBe(true);
    expect(new Set(requests.map((r) => r.stateCode)).size).toBe(3);
    expect(new Set(slots.map((s) => s.order)).size).toBe(slots.length);
    expect(slots.find((s) => s.kind === 'sur-statement')?.allottedSec).toBe(120);
  });

  it('is the same on every laptop', () => {
    const again = buildDemoSeries(counterIds(), Date.UTC(2018, 3, 1));
    expect(again).toEqual(demo);
    expect(new Set(demo.participants.map((p) => p.badgeCode)).size).toBe(demo.participants.length);
  });
});
