import { useTranslation } from 'react-i18next';
import type { FitWarning, PrintDocument } from '../../domain/plates';

/**
 * Every page as it will print: the print document itself in a sandboxed frame (no script can
 * run in it), scaled for the screen by its own screen-only CSS.
 */
export function PrintPreview({ document, warnings, ready }: { document: PrintDocument | null; warnings: FitWarning[]; ready: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="plates-preview">
      {warnings.length > 0 ? (
        <div className="plates-warnings" role="alert">
          <p className="strong">{t('plates.warningsTitle', { count: warnings.length })}</p>
          <p className="small">{t('plates.warningsHelp')}</p>
          <ul>
            {warnings.slice(0, 12).map((w, i) => (
              <li key={`${w.key}-${i}`}>{t('plates.warningItem', { text: w.text, size: w.minSize })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {!ready ? (
        <p className="muted" role="status">
          {t('plates.preparing')}
        </p>
      ) : document ? (
        <iframe className="plates-frame" title={t('plates.preview')} sandbox="" srcDoc={document.html} />
      ) : (
        <div className="empty-state" role="status">
          <p className="empty-state-title">{t('plates.emptyPreview')}</p>
        </div>
      )}
    </div>
  );
}
