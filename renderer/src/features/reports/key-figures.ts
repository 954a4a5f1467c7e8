/**
 * The key figures of Facts and Figures as the screen and the printed report show them: a
 * value, a label and a detail. A figure whose data is missing for some speakers says so
 * ("not recorded for 12 of 31"); one missing for every speaker shows "—", never 0.
 */
import type { TFunction } from 'i18next';
import type { FactsAndFigures } from '../../domain/reports';
import type { Language } from '../../domain/core/language';
import { formatDecimal, formatPercent } from './report-format';

export interface KeyFigure {
  /** Stable name, for the tests and the screen's keys. */
  id: string;
  value: string;
  label: string;
  /** Lines under the label: shares, "including 3 NHRIs", what is not recorded. */
  details: string[];
}

/** A share of what is recorded, and how much is not: "57% of the 7 recorded · not recorded for 1 of 8". */
function shareDetails(
  count: number,
  share: number,
  notRecorded: number,
  total: number,
  language: Language,
  t: TFunction,
): { value: string; details: string[] } {
  const recorded = total - notRecorded;
  if (total > 0 && recorded === 0) return { value: '—', details: [t('reports.facts.notRecorded', { missing: notRecorded, total })] };
  if (notRecorded === 0) return { value: String(count), details: [t('reports.facts.shareOfCsos', { percent: formatPercent(share, language) })] };
  return {
    value: String(count),
    details: [
      t('reports.facts.shareOfRecorded', { percent: formatPercent(share, language), count: recorded }),
      t('reports.facts.notRecorded', { missing: notRecorded, total }),
    ],
  };
}

export function keyFigures(f: FactsAndFigures, language: Language, t: TFunction): KeyFigure[] {
  const nhris = f.csoNhris > 0 ? [t('reports.facts.includingNhris', { count: f.csoNhris })] : [];
  const women = shareDetails(f.csoWomen, f.csoWomenShare, f.csoGenderNotRecorded, f.csoSpeakers, language, t);
  const national = shareDetails(f.csoNational, f.csoNationalShare, f.csoScopeNotRecorded, f.csoSpeakers, language, t);
  const others = f.otherPanellists > 0 ? [t('reports.facts.otherPanellists', { count: f.otherPanellists })] : [];
  const ofTotal = (n: number) => `${n} ${t('reports.facts.ofTotal', { total: f.sessions })}`;
  return [
    { id: 'csoSpeakers', value: String(f.csoSpeakers), label: t('reports.facts.csoSpeakers'), details: [...nhris, ...others] },
    { id: 'csoWomen', value: women.value, label: t('reports.facts.csoWomen'), details: women.details },
    {
      id: 'csoNational',
      value: national.value,
      label: t('reports.facts.csoNational'),
      details: [...national.details, ...(national.value === '—' ? [] : nhris)],
    },
    { id: 'nhriSpeakers', value: String(f.nhriSpeakers), label: t('reports.facts.nhriSpeakers'), details: [] },
    { id: 'missionsPresent', value: String(f.missionsPresent.length), label: t('reports.facts.missionsPresent'), details: [] },
    { id: 'missionsTookFloor', value: String(f.missionsTookFloor.length), label: t('reports.facts.missionsTookFloor'), details: [] },
    {
      id: 'perSession',
      value: formatDecimal(f.averageMissionsPerSession, language),
      label: t('reports.facts.perSession'),
      details: [t('reports.facts.perSessionDetail', { percent: formatPercent(f.averageMissionShare, language) })],
    },
    { id: 'surAttended', value: ofTotal(f.surAttended), label: t('reports.facts.surAttended'), details: [] },
    { id: 'surStatements', value: ofTotal(f.surStatements), label: t('reports.facts.surStatements'), details: [] },
  ];
}
