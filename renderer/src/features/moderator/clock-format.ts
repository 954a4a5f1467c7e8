import { intlLocale } from '../../ui/format';

/**
 * "10:05" in the interface language, with one formatter per language kept: building an
 * Intl.DateTimeFormat costs far more than using one, and the console formats a dozen times
 * in the frame of every keypress.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function clockTime(epochMs: number, language: string): string {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), { hour: '2-digit', minute: '2-digit', hour12: false });
    formatters.set(language, format);
  }
  return format.format(epochMs);
}
