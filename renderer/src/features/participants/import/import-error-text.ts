import type { TFunction } from 'i18next';
import { columnLetter, isImportError } from '../../../domain/import';
import { intlLocale } from '../../../ui/format';

const MB = 1024 * 1024;

/** The sentence for a whole-file import failure, in the interface language. */
export function importErrorText(error: unknown, t: TFunction, language: string): string {
  if (!isImportError(error)) return t('import.errors.unknown');
  const d = error.details;
  const locale = intlLocale(language);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const megabytes = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // Sizes are said in megabytes; the other limits are counts (rows, columns, cells, a ratio).
  const limitInMegabytes = error.code === 'file-too-large' || error.code === 'unpacked-too-large';
  return t(`import.errors.${error.code}`, {
    size: megabytes.format((d.size ?? 0) / MB),
    limit: limitInMegabytes ? count.format(Math.round((d.limit ?? 0) / MB)) : count.format(d.limit ?? 0),
    sheet: d.sheet ?? '',
    row: d.row !== undefined ? count.format(d.row) : '?',
    column: d.column !== undefined ? columnLetter(d.column) : '',
    ratio: count.format(d.ratio ?? 0),
  });
}
