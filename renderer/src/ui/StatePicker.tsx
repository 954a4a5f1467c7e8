import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n';
import { stateName } from '../domain/states/states';
import { findStates, resolveStateEntry } from '../domain/states/type-ahead';
import type { StateCode } from '../domain/core/model';

/**
 * A State typed the way people type it ("UK", "Turquie", "Ivory Coast", "DEU"), through the
 * app's one State matcher: a combobox whose list shows the States that fit, best first. Enter
 * takes the State the text names; when it fits several ("Congo", "Ni"), the list asks which.
 * The caller renders the label (`<label htmlFor={id}>`).
 */
export function StatePicker(props: {
  id: string;
  /** The chosen State, or '' for none. */
  value: StateCode | '';
  onChange: (code: StateCode | '') => void;
  placeholder: string;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const listId = useId();
  const shown = props.value ? stateName(props.value, language) : '';
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [asking, setAsking] = useState(false);
  const [moved, setMoved] = useState(false);
  const query = text ?? shown;
  const candidates = useMemo(() => (text === null ? [] : findStates(text, { language, limit: 8 })), [text, language]);
  const expanded = open && candidates.length > 0;

  const choose = (code: StateCode | '') => {
    props.onChange(code);
    setText(null);
    setOpen(false);
    setAsking(false);
    setMoved(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setMoved(true);
      setActive((i) => (event.key === 'ArrowDown' ? Math.min(i + 1, Math.max(0, candidates.length - 1)) : Math.max(0, i - 1)));
    } else if (event.key === 'Enter') {
      if (text === null) return;
      event.preventDefault();
      if (text.trim() === '') return choose('');
      if (moved || asking) {
        const picked = candidates[active];
        if (picked) choose(picked.state.iso3);
        return;
      }
      const entry = resolveStateEntry(text, { language, limit: 8 });
      if (entry.kind === 'one') choose(entry.state.iso3);
      else if (entry.kind === 'choose') {
        setAsking(true);
        setOpen(true);
      }
    } else if (event.key === 'Escape' && (open || text !== null)) {
      event.preventDefault();
      setText(null);
      setOpen(false);
      setAsking(false);
    }
  };

  return (
    <div className="state-picker">
      <input
        id={props.id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        aria-describedby={props.describedBy}
        placeholder={props.placeholder}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          setAsking(false);
          setMoved(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Text left half-typed is not a choice: show the chosen State again.
          if (text !== null && text.trim() === '') choose('');
          else {
            setText(null);
            setOpen(false);
            setAsking(false);
          }
        }}
      />
      {open && text !== null && text.trim() !== '' && candidates.length === 0 ? (
        <p className="muted small state-picker-ask" role="status">
          {t('common.stateNoMatch', { query: text.trim() })}
        </p>
      ) : null}
      {asking && expanded ? (
        <p className="warning-line small state-picker-ask" role="alert">
          {t('common.stateChoose', { query: query.trim() })}
        </p>
      ) : null}
      <ul id={listId} role="listbox" className="state-picker-list" hidden={!expanded} aria-label={t('common.stateMatches')}>
        {expanded
          ? candidates.map((c, i) => (
              <li
                key={c.state.iso3}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'state-picker-option active' : 'state-picker-option'}
                // Chosen on mouse down, before the field's blur forgets what was typed.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(c.state.iso3);
                }}
              >
                {c.state.name[language]}
                {c.state.name[language] !== c.state.name[language === 'en' ? 'fr' : 'en'] ? (
                  <span className="muted small"> · {c.state.name[language === 'en' ? 'fr' : 'en']}</span>
                ) : null}
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
