import { describe, expect, it } from 'vitest';
import { factsAndFigures, sessionReports } from '../../../renderer/src/domain/reports';
import { REPORTS_EXPECTED } from '../../fixtures/reports/reports-series';
import { fixtureRecord, LATER } from './helpers';

describe('Facts and Figures of the fixture series', () => {
  const record = fixtureRecord();
  const figures = factsAndFigures(record, LATER);

  it('counts the CSOs that took the floor, those represented by women and the national ones', () => {
    expect(figures.sessions).toBe(REPORTS_EXPECTED.sessions);
    expect(figures.sessionsHeld).toBe(REPORTS_EXPECTED.sessionsHeld);
    // Absent (Luis, Marta) and skipped (Ibrahim, whose start was undone) panellists do not count.
    expect(figures.csoSpeakers).toBe(REPORTS_EXPECTED.csoSpeakers);
    expect(figures.csoNhris).toBe(REPORTS_EXPECTED.csoNhris);
    expect(figures.csoWomen).toBe(REPORTS_EXPECTED.csoWomen);
    expect(figures.csoGenderNotRecorded).toBe(REPORTS_EXPECTED.csoGenderNotRecorded);
    expect(figures.csoWomenShare * 100).toBeCloseTo(REPORTS_EXPECTED.csoWomenPercent);
    expect(figures.csoNational).toBe(REPORTS_EXPECTED.csoNational);
    expect(figures.csoScopeNotRecorded).toBe(REPORTS_EXPECTED.csoScopeNotRecorded);
    expect(figures.nhriSpeakers).toBe(REPORTS_EXPECTED.nhriSpeakers);
  });

  it('counts NHRIs among the CSOs that took the floor and among the national ones, and keeps their own figure', () => {
    // Every CSO national, one NHRI: "Of the 3 CSOs who took the floor, 3 were national CSOs, including one NHRI".
    const national = {
      ...record,
      participants: record.participants.map((p) => (p.category === 'cso' ? { ...p, scope: 'national' as const, gender: 'woman' as const } : p)),
    };
    const all = factsAndFigures(national, LATER);
    expect(all.csoNational).toBe(all.csoSpeakers);
    expect(all.csoNationalShare).toBe(1);
    expect(all.csoNhris).toBe(all.nhriSpeakers);
    expect(all.csoSpeakers).toBe(figures.csoSpeakers);
    // An NHRI recorded (wrongly) as international is national all the same.
    const odd = { ...record, participants: record.participants.map((p) => (p.category === 'nhri' ? { ...p, scope: 'international' as const } : p)) };
    expect(factsAndFigures(odd, LATER).csoNational).toBe(figures.csoNational);
  });

  it('says how many it does not know rather than counting them as zero, and shares only what is recorded', () => {
    const unknown = { ...record, participants: record.participants.map((p) => ({ ...p, gender: null, scope: null })) };
    const f = factsAndFigures(unknown, LATER);
    expect(f.csoSpeakers).toBe(figures.csoSpeakers);
    expect(f.csoGenderNotRecorded).toBe(f.csoSpeakers);
    expect(f.csoWomen).toBe(0);
    expect(f.csoWomenShare).toBe(0);
    // The NHRIs are national whatever is recorded; the CSOs are unknown.
    expect(f.csoNational).toBe(f.csoNhris);
    expect(f.csoScopeNotRecorded).toBe(f.csoSpeakers - f.csoNhris);
    expect(f.csoNationalShare).toBe(1);
  });

  it('counts panellists who are neither CSO nor NHRI apart, not as CSOs', () => {
    const other = { ...record, participants: record.participants.map((p) => (p.category === 'nhri' ? { ...p, category: 'other' as const } : p)) };
    const f = factsAndFigures(other, LATER);
    expect(f.otherPanellists).toBe(2);
    expect(f.csoSpeakers).toBe(figures.csoSpeakers - 2);
  });

  it('counts different Permanent Missions (States, not people), present and on the floor', () => {
    expect(figures.missionsPresent).toEqual(REPORTS_EXPECTED.missionsPresent);
    expect(figures.missionsTookFloor).toEqual(REPORTS_EXPECTED.missionsTookFloor);
    expect(figures.averageMissionsPerSession).toBeCloseTo(REPORTS_EXPECTED.averageMissionsPerSession);
    expect(figures.averageMissionShare).toBeCloseTo(REPORTS_EXPECTED.averageMissionShare);
  });

  it('counts the States under Review that attended and made their statement', () => {
    expect(figures.surAttended).toBe(REPORTS_EXPECTED.surAttended);
    expect(figures.surStatements).toBe(REPORTS_EXPECTED.surStatements);
  });

  it('ranks the themes by sessions, then by slots, and gives each session its own', () => {
    expect(figures.topThemes.map((t) => t.id)).toEqual(REPORTS_EXPECTED.topThemes);
    expect(figures.topThemes[0]).toEqual({ id: 'freedom-of-expression', sessions: 2, slots: 3 });
    const reports = sessionReports(record, LATER);
    for (const report of reports) {
      const expected = REPORTS_EXPECTED.perSession[report.session.stateCode as keyof typeof REPORTS_EXPECTED.perSession];
      expect(report.present, report.session.stateCode).toBe(expected.present);
      expect(report.missionsPresent).toEqual(expected.missionsPresent);
      expect(report.missionsTookFloor).toEqual(expected.missionsTookFloor);
      expect(report.surAttended).toBe(expected.surAttended);
      expect(report.surStatementMade).toBe(expected.surStatementMade);
      expect(report.themes.map((t) => t.id)).toEqual(expected.themes);
    }
    expect(figures.perSession.map((s) => [s.missionsPresent, s.missionsTookFloor, s.csoSpeakers])).toEqual([
      [4, 2, 4],
      [4, 2, 2],
      [3, 1, 2],
    ]);
    expect(figures.perSession[0]?.missionShare).toBeCloseTo(4 / 7);
    expect(figures.perSession[0]?.topThemes.map((t) => t.id)).toEqual(['freedom-of-expression', 'torture', 'womens-rights']);
  });

  it('gives zeros, not NaN, for a series with nothing recorded', () => {
    const empty = factsAndFigures({ ...record, slots: [], checkIns: [] }, LATER);
    expect(empty).toMatchObject({
      sessionsHeld: 0,
      csoSpeakers: 0,
      csoWomenShare: 0,
      averageMissionsPerSession: 0,
      averageMissionShare: 0,
      surAttended: 0,
      surStatements: 0,
      topThemes: [],
    });
    expect(empty.missionsPresent).toEqual([]);
  });
});
