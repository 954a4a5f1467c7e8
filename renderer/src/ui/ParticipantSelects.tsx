import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, CSO_SCOPES, GENDERS, type Category, type CsoScope, type Gender } from '../domain/core/model';

/** The category's words in the interface language, for rows that show many at once. */
export function useCategoryLabels(): Record<Category, string> {
  const { t } = useTranslation();
  return useMemo(() => Object.fromEntries(CATEGORIES.map((c) => [c, t(`categories.${c}`)])) as Record<Category, string>, [t]);
}

function CategoryOptions() {
  const labels = useCategoryLabels();
  return CATEGORIES.map((c) => (
    <option key={c} value={c}>
      {labels[c]}
    </option>
  ));
}

const asCategory = (value: string): Category => ((CATEGORIES as readonly string[]).includes(value) ? (value as Category) : 'other');

/** A <select> of a person's category. */
export function CategorySelect(props: { id: string; value: Category; onChange: (value: Category) => void }) {
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(asCategory(e.target.value))}>
      <CategoryOptions />
    </select>
  );
}

/** A filter on the category: "all" first. */
export function CategoryFilterSelect(props: { id: string; value: Category | 'all'; onChange: (value: Category | 'all') => void; allLabel: string }) {
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value === 'all' ? 'all' : asCategory(e.target.value))}>
      <option value="all">{props.allLabel}</option>
      <CategoryOptions />
    </select>
  );
}

/** A <select> of the genders, with "not recorded" first: gender is never required. */
export function GenderSelect(props: { id: string; value: Gender | null; onChange: (value: Gender | null) => void }) {
  const { t } = useTranslation();
  return (
    <select
      id={props.id}
      value={props.value ?? ''}
      onChange={(e) => props.onChange((GENDERS as readonly string[]).includes(e.target.value) ? (e.target.value as Gender) : null)}
    >
      <option value="">{t('participants.genderUnknown')}</option>
      {GENDERS.map((g) => (
        <option key={g} value={g}>
          {t(`genders.${g}`)}
        </option>
      ))}
    </select>
  );
}

/**
 * A <select> of a CSO's scope. `unknownLabel` offers "not recorded" first (the desk, where a
 * walk-in may not say); without it the choice is national or international.
 */
export function ScopeSelect(props: { id: string; value: CsoScope | null; onChange: (value: CsoScope | null) => void; unknownLabel?: string }) {
  const { t } = useTranslation();
  const value = props.value ?? (props.unknownLabel ? '' : 'national');
  return (
    <select
      id={props.id}
      value={value}
      onChange={(e) => props.onChange((CSO_SCOPES as readonly string[]).includes(e.target.value) ? (e.target.value as CsoScope) : null)}
    >
      {props.unknownLabel ? <option value="">{props.unknownLabel}</option> : null}
      {CSO_SCOPES.map((scope) => (
        <option key={scope} value={scope}>
          {t(`participants.${scope}`)}
        </option>
      ))}
    </select>
  );
}
