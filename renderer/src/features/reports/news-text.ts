/**
 * The paragraph for a news item, in English or French whatever the interface language: the
 * series' key figures in sentences, ready to paste, in UPR Info's published wording ("Of the 58
 * CSOs who took the floor, 30 were represented by women, and 39 were national CSOs, including
 * three National Human Rights Institutions."). A figure the record cannot state (gender or scope
 * not recorded for some speakers) is left out, never written as a number it is not; sentences
 * with nothing to say (no theme tagged) are left out too.
 */
import type { TFunction } from 'i18next';
import type { Series } from '../../domain/core/model';
import { themeName, type FactsAndFigures, type Theme } from '../../domain/reports';
import { formatDateRange } from '../../ui/format';
import { formatDecimal, listOf } from './report-format';
import type { Language } from '../../domain/core/language';

/** "Women’s rights" -> "women’s rights" inside a sentence; "LGBTI rights" keeps its capitals. */
function inSentence(name: string, language: Language): string {
  const [first = '', second = ''] = name;
  return second && second === second.toLocaleLowerCase(language) ? first.toLocaleLowerCase(language) + name.slice(1) : name;
}

/** Small numbers in words, as a news item writes them ("three"); French counts institutions (feminine). */
const NUMBER_WORDS: Record<Language, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  fr: ['zéro', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'],
};

function inWords(n: number, language: Language): string {
  return NUMBER_WORDS[language][n] ?? String(n);
}

/** The CSO sentence: each figure only when it is known for every CSO that spoke. */
export function csoSentence(figures: FactsAndFigures, language: Language, t: TFunction): string {
  const count = figures.csoSpeakers;
  if (count === 0) return t('reports.news.csosNone');
  const womenKnown = figures.csoGenderNotRecorded === 0;
  const nationalKnown = figures.csoScopeNotRecorded === 0;
  const nhris = figures.csoNhris > 0 ? t('reports.news.csosNhris', { count: figures.csoNhris, words: inWords(figures.csoNhris, language) }) : '';
  if (count === 1 || (!womenKnown && !nationalKnown)) return t('reports.news.csosCount', { count, nhris });
  const lead = t('reports.news.csosLead', { count });
  const women = t('reports.news.csosWomen', { count: figures.csoWomen });
  const national = t('reports.news.csosNational', { count: figures.csoNational });
  if (womenKnown && nationalKnown) return t('reports.news.csosBoth', { lead, women, national, nhris });
  if (womenKnown) return t('reports.news.csosWomenOnly', { lead, women, nhris });
  return t('reports.news.csosNationalOnly', { lead, national, nhris });
}

/** @param t a translation function fixed to `language` (i18next.getFixedT). */
export function newsParagraph(figures: FactsAndFigures, series: Series, themes: readonly Theme[], language: Language, t: TFunction): string {
  const sentences = [
    t('reports.news.sessions', { count: figures.sessionsHeld, series: series.name, dates: formatDateRange(series.startDate, series.endDate, language) }),
    csoSentence(figures, language, t),
    t('reports.news.missions', {
      count: figures.missionsPresent.length,
      perSession: formatDecimal(figures.averageMissionsPerSession, language),
      floor: figures.missionsTookFloor.length,
      // French makes the verb agree with this number ("1 a pris", "4 ont pris").
      floorText: t('reports.news.missionsFloor', { count: figures.missionsTookFloor.length }),
    }),
    t('reports.news.sur', {
      count: figures.surAttended,
      total: figures.sessions,
      statements: figures.surStatements,
      statementsText: t('reports.news.surStatements', { count: figures.surStatements }),
    }),
  ];
  const top = figures.topThemes.slice(0, 3).map((theme) => inSentence(themeName(themes, theme.id, language), language));
  if (top.length > 0) sentences.push(t('reports.news.themes', { count: top.length, list: listOf(top, language) }));
  return sentences.join(' ');
}
