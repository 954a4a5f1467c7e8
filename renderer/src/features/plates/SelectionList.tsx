import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from './plate-candidates';
import { usePlatesStore } from './plates-store';

/** Who or what prints: every candidate is ticked until the user leaves it out. */
export function SelectionList({ candidates }: { candidates: Candidate[] }) {
  const { t } = useTranslation();
  const ids = useId();
  const excluded = usePlatesStore((s) => s.excluded);
  const toggle = usePlatesStore((s) => s.toggle);
  const set = usePlatesStore((s) => s.set);
  const selected = candidates.filter((c) => !excluded.has(c.key)).length;

  if (candidates.length === 0) return <p className="muted small plates-nothing">{t('plates.nothingToSelect')}</p>;

  return (
    <fieldset className="plates-selection">
      <legend>{t('plates.selection')}</legend>
      <div className="plates-selection-bar">
        <span className="muted small" aria-live="polite">
          {t('plates.selected', { selected, total: candidates.length })}
        </span>
        <span className="plates-selection-actions">
          <button
            type="button"
            className="button ghost small"
            onClick={() => set({ excluded: new Set([...excluded].filter((k) => !candidates.some((c) => c.key === k))) })}
          >
            {t('plates.selectAll')}
          </button>
          <button type="button" className="button ghost small" onClick={() => set({ excluded: new Set([...excluded, ...candidates.map((c) => c.key)]) })}>
            {t('plates.selectNone')}
          </button>
        </span>
      </div>
      <ul className="plates-checklist">
        {candidates.map((c, index) => (
          <li key={c.key}>
            <input type="checkbox" id={`${ids}-${index}`} checked={!excluded.has(c.key)} onChange={() => toggle(c.key)} />
            <label htmlFor={`${ids}-${index}`}>
              <span className="strong">{c.label}</span>
              {c.detail ? <span className="muted small block">{c.detail}</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
