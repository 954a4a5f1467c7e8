import type { TFunction } from 'i18next';
import { isImportError } from '../../../domain/import';

const MB = 1024 * 1024;

/** The sentence for a whole-file import failure, in the interface language. */
export function importErrorText(error: unknown, t: TFunction): string {
  if (!isImportError(error)) return t('import.errors.unknown');
  const d = error.details;
  return t(`import.errors.${error.code}`, {
    size: ((d.size ?? 0) / MB).toFixed(1),
    limit: Math.round((d.limit ?? 0) / MB),
    sheet: d.sheet ?? '',
    row: d.row ?? '?',
  });
}
