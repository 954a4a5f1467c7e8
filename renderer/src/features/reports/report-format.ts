/** How Reports write numbers, times and names in the interface language. */
import type { TFunction } from 'i18next';
import { intlLocale } from '../../ui/format';
import { wholeSeconds } from '../../domain/moderator/timer';
import type { Language } from '../../domain/core/language';

export { asLanguage } from '../../domain/core/language';
import { stateName } from '../../domain/states/states';
import { themeName, type ExportText, type Theme } from '../../domain/reports';

/** "50%", "50 %": a share 0..1 as a whole percentage. */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** "3.7", "3,7": one decimal where there is one. */
export function formatDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 }).format(value);
}

/** "14:03" (venue time: the laptop's clock). */
export function formatTime(epochMs: number, language: Language, seconds = false): string {
  return new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hour12: false }).format(
    new Date(epochMs),
  );
}

/** "6:20", with a sign-less minutes:seconds, for spoken and allotted time. */
/** "2:08" of a time in the record: whole seconds by the timer's one rule (wholeSeconds), as the console showed it. */
export function formatMinutes(ms: number): string {
  const total = wholeSeconds(ms);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function listOf(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }).format(items);
}

/** The words of the exports, in the interface language. */
export function exportText(t: TFunction, language: Language, themes: readonly Theme[]): ExportText {
  return {
    confidential: t('reports.confidential'),
    column: (key) => t(`reports.columns.${key}`),
    figure: (key) => t(`reports.figures.${key}`),
    category: (v) => t(`categories.${v}`),
    scope: (v) => t(`participants.${v}`),
    gender: (v) => t(`genders.${v}`),
    role: (v) => t(`roles.${v}`),
    slotKind: (v) => t(`slotKinds.${v}`),
    status: (v) => t(`reports.statuses.${v}`),
    state: (code) => stateName(code, language),
    theme: (id) => themeName(themes, id, language),
    yesNo: (v) => (v ? t('reports.yes') : t('reports.no')),
    time: (ms) => formatTime(ms, language, true),
  };
}
