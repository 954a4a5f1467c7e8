/**
 * The paragraph for a news item, in English or French whatever the interface language: the
 * series' key figures in sentences, ready to paste. Sentences with nothing to say (no NHRI,
 * no theme tagged) are left out.
 */
import type { TFunction } from 'i18next';
import type { Series } from '../../domain/core/model';
import { themeName, type FactsAndFigures, type Theme } from '../../domain/reports';
import { formatDateRange } from '../../ui/format';
import { formatDecimal, formatPercent, listOf } from './report-format';
import type { Language } from '../../domain/core/language';

/** "Women’s rights" -> "women’s rights" inside a sentence; "LGBTI rights" keeps its capitals. */
function inSentence(name: string, language: Language): string {
  const [first = '', second = ''] = name;
  return second && second === second.toLocaleLowerCase(language) ? first.toLocaleLowerCase(language) + name.slice(1) : name;
}

/** @param t a translation function fixed to `language` (i18next.getFixedT). */
export function newsParagraph(figures: FactsAndFigures, series: Series, themes: readonly Theme[], language: Language, t: TFunction): string {
  const sentences = [
    t('reports.news.sessions', { count: figures.sessionsHeld, series: series.name, dates: formatDateRange(series.startDate, series.endDate, language) }),
    t('reports.news.csos', {
      count: figures.csoSpeakers,
      women: figures.csoWomen,
      percent: formatPercent(figures.csoWomenShare, language),
      national: figures.csoNational,
    }),
  ];
  if (figures.nhriSpeakers > 0) sentences.push(t('reports.news.nhris', { count: figures.nhriSpeakers }));
  sentences.push(
    t('reports.news.missions', {
      count: figures.missionsPresent.length,
      perSession: formatDecimal(figures.averageMissionsPerSession, language),
      floor: figures.missionsTookFloor.length,
    }),
    t('reports.news.sur', { count: figures.surAttended, total: figures.sessions, statements: figures.surStatements }),
  );
  const top = figures.topThemes.slice(0, 3).map((theme) => inSentence(themeName(themes, theme.id, language), language));
  if (top.length > 0) sentences.push(t('reports.news.themes', { count: top.length, list: listOf(top, language) }));
  return sentences.join(' ');
}
