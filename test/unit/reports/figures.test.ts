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
    expect(figures.csoWomen).toBe(REPORTS_EXPECTED.csoWomen);
    expect(figures.csoWomenShare * 100).toBeCloseTo(REPORTS_EXPECTED.csoWomenPercent);
    expect(figures.csoNational).toBe(REPORTS_EXPECTED.csoNational);
    expect(figures.nhriSpeakers).toBe(REPORTS_EXPECTED.nhriSpeakers);
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
      [4, 2, 3],
      [4, 2, 2],
      [3, 1, 1],
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
