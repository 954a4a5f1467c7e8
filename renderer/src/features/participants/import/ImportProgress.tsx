import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { intlLocale } from '../../../ui/format';

/** The file being read: how far it has gone, and a way to stop (a large or hostile file). */
export function ImportProgress({ fraction, onCancel }: { fraction: number; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const percent = new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
  return (
    <div className="import-progress import-reading">
      <span className="import-progress-label">{t('import.readingPercent', { percent })}</span>
      <progress max={1} value={fraction} aria-label={t('import.progress')} />
      <button type="button" className="button ghost small" onClick={onCancel}>
        {t('import.cancelReading')}
      </button>
    </div>
  );
}
