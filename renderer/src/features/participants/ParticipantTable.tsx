import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, type Category, type Participant } from '../../domain/model';
import { stateName } from '../../domain/states';

/**
 * The rows of the registry. Memoised: while a person types, the urgent render (the search
 * field itself) must not redraw 150 rows; only the deferred render with new matches does.
 */
export const ParticipantTable = memo(function ParticipantTable(props: {
  rows: readonly Participant[];
  selected: readonly string[];
  onToggle: (id: string) => void;
  onEdit: (participant: Participant) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  // Translated once per render, not once per row: per-row t() calls showed in the keystroke profile.
  const categoryLabels = useMemo(() => Object.fromEntries(CATEGORIES.map((c) => [c, t(`categories.${c}`)])) as Record<Category, string>, [t]);
  const confidentialLabel = t('participants.confidential');
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="select-col">
              <span className="visually-hidden">{t('participants.select', { name: '' })}</span>
            </th>
            <th scope="col">{t('participants.name')}</th>
            <th scope="col">{t('participants.organisation')}</th>
            <th scope="col">{t('participants.category')}</th>
            <th scope="col">{t('participants.state')}</th>
            <th scope="col">{t('participants.badge')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((p) => {
            const isSelected = props.selected.includes(p.id);
            return (
              <tr key={p.id} className={isSelected ? 'selected' : undefined}>
                <td className="select-col">
                  <input type="checkbox" checked={isSelected} onChange={() => props.onToggle(p.id)} aria-label={t('participants.select', { name: p.name })} />
                </td>
                <td className="strong">
                  <button type="button" className="link-button" onClick={() => props.onEdit(p)} aria-label={t('participants.edit', { name: p.name })}>
                    {p.name}
                  </button>
                  {p.confidential ? <span className="badge warning inline">{confidentialLabel}</span> : null}
                </td>
                <td>{p.organisation}</td>
                <td>
                  <span className={`badge category-${p.category}`}>{categoryLabels[p.category]}</span>
                </td>
                <td>{stateName(p.stateCode, language)}</td>
                <td className="mono">{p.badgeCode}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
