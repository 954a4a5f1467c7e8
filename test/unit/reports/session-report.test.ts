import { describe, expect, it } from 'vitest';
import { sessionReport, spoke } from '../../../renderer/src/domain/reports';
import { fixtureRecord, LATER } from './helpers';

const record = fixtureRecord();
const session = (state: string) => {
  const found = record.sessions.find((s) => s.stateCode === state);
  if (!found) throw new Error(state);
  return found;
};
const nameOf = (line: { participant: { name: string } | null; stateCode: string | null; label: string; kind: string }) =>
  line.kind === 'floor' ? line.stateCode : (line.participant?.name ?? line.label);

describe('session report', () => {
  it('lists who spoke in order with allotted and actual time and overtime', () => {
    const report = sessionReport(record, session('CMR'), LATER);
    // Sweden's request was never given and Brazil withdrew: neither is a speaker.
    expect(report.lines.map(nameOf)).toEqual([
      'Opening by the moderator',
      'Jean Mballa',
      'Amina Njoya',
      '=HYPERLINK("x")',
      'Chantal Mbarga',
      'Paul Ekane',
      'Moderator’s questions',
      'FRA',
      'DEU',
      'Closing',
    ]);
    const amina = report.lines[2];
    expect(amina).toMatchObject({ allottedSec: 360, spokenMs: 380_000, overtimeMs: 20_000, spoke: true, themes: ['womens-rights', 'freedom-of-expression'] });
    expect(report.lines[8]).toMatchObject({ stateCode: 'DEU', spokenMs: 130_000, overtimeMs: 10_000 });
    expect(report.actualStart).toBe(Date.UTC(2018, 3, 11, 8, 2));
    expect(report.actualEnd).toBe(Date.UTC(2018, 3, 11, 8, 43, 150));
  });

  it('uses the allotted time as adjusted, and shows absent panellists with their reasons', () => {
    const report = sessionReport(record, session('CUB'), LATER);
    const yoani = report.lines.find((l) => l.participant?.name === 'Yoani Pérez');
    expect(yoani).toMatchObject({ allottedSec: 390, spokenMs: 425_000, overtimeMs: 35_000 });
    expect(report.absentPanellists.map((l) => [l.participant?.name, l.absence])).toEqual([
      ['Luis Ortega', { reason: 'Visa refused', reasonPublic: true }],
      ['Marta Ruiz', { reason: 'Security concerns after threats', reasonPublic: false }],
    ]);
    // Luis was tagged, but an absent panellist raised nothing.
    expect(report.themes.some((t) => t.id === 'torture')).toBe(false);
  });

  it('does not count a start that was undone', () => {
    const report = sessionReport(record, session('DJI'), LATER);
    const ibrahim = report.lines.find((l) => l.participant?.name === 'Ibrahim Said');
    expect(ibrahim).toMatchObject({ status: 'skipped', spoke: false, actualStart: null, spokenMs: 0 });
  });

  it('counts a live slot up to now, and a slot started and then marked absent as not spoken', () => {
    expect(spoke({ status: 'speaking' }, { spokenMs: 1 })).toBe(true);
    expect(spoke({ status: 'absent' }, { spokenMs: 5000 })).toBe(false);
    expect(spoke({ status: 'done' }, { spokenMs: 0 })).toBe(false);
    const live = {
      ...record,
      slots: record.slots.map((s) =>
        s.participantId === record.participants.find((p) => p.name === 'Hassan Ali')?.id
          ? { ...s, status: 'speaking' as const, startedAt: LATER - 60_000, elapsedBeforeMs: 0 }
          : s,
      ),
    };
    const hassan = sessionReport(live, session('DJI'), LATER).lines.find((l) => l.participant?.name === 'Hassan Ali');
    expect(hassan?.spokenMs).toBe(60_000);
  });
});
