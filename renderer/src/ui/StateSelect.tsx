import { memo, useMemo } from 'react';
import { useLanguage } from '../i18n';
import { statesSorted } from '../domain/states/states';

/** A <select> of the UN list, in the interface language, sorted by the name without its article. Memoised: 197 options. */
export const StateSelect = memo(function StateSelect(props: {
  id: string;
  value: string;
  onChange: (code: string) => void;
  placeholder: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const language = useLanguage();
  const states = useMemo(() => statesSorted(language), [language]);
  return (
    <select
      id={props.id}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
    >
      <option value="">{props.placeholder}</option>
      {states.map((s) => (
        <option key={s.iso3} value={s.iso3}>
          {s.name[language]}
        </option>
      ))}
    </select>
  );
});
