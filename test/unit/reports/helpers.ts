import { parseSeriesThemes, themeCatalogue, type ExportText, type ReportRecord } from '../../../renderer/src/domain/reports';
import { REPORTS_SNAPSHOT } from '../../fixtures/reports/reports-series';

/** The Reports fixture as a record, with the series' own theme in its catalogue. */
export function fixtureRecord(): ReportRecord {
  const { series, sessions, slots, participants, checkIns, settings } = REPORTS_SNAPSHOT;
  return { series, sessions, slots, participants, checkIns, themes: themeCatalogue(parseSeriesThemes(settings['themes'])) };
}

/** Well after the series: nothing is live. */
export const LATER = Date.UTC(2018, 3, 13);

/** Plain English words, codes where a label would be: enough to read a table in a test. */
export const TEXT: ExportText = {
  confidential: 'Confidential participant',
  column: (key) => key,
  figure: (key) => key,
  category: (v) => v,
  scope: (v) => v,
  gender: (v) => v,
  role: (v) => v,
  slotKind: (v) => v,
  status: (v) => v,
  state: (code) => code,
  theme: (id) => id,
  yesNo: (v) => (v ? 'yes' : 'no'),
  time: (ms) => new Date(ms).toISOString().slice(11, 19),
};
