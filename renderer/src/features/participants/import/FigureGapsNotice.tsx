import { useTranslation } from 'react-i18next';
import type { FigureGap } from '../../../domain/import';

/**
 * Before importing: what Facts and Figures will not know from this file (a column not mapped,
 * people without a value), so that it is fixed in the file or the mapping, not found later as
 * a zero in a published figure.
 */
export function FigureGapsNotice({ gaps }: { gaps: readonly FigureGap[] }) {
  const { t } = useTranslation();
  if (gaps.length === 0) return null;
  return (
    <section className="figure-gaps" aria-labelledby="figure-gaps-title">
      <h3 id="figure-gaps-title">{t('import.figureGaps.title')}</h3>
      <ul>
        {gaps.map((gap) => (
          <li key={gap.field}>
            {gap.missing === null || gap.of === null
              ? t(`import.figureGaps.unmapped.${gap.field}`)
              : t(`import.figureGaps.missing.${gap.field}`, { missing: gap.missing, total: gap.of, count: gap.of })}
          </li>
        ))}
      </ul>
      <p className="muted small">{t('import.figureGaps.help')}</p>
    </section>
  );
}
