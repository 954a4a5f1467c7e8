import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot, StateCode } from '../../domain/core/model';
import { floorQueue, matchMissions, statesThatSpoke } from '../../domain/moderator/floor-queue';
import { stateName } from '../../domain/states/states';
import type { Language } from '../../domain/core/language';
import { ArrowDownIcon, ArrowUpIcon, CloseIcon } from './icons';

export interface FloorQueueProps {
  slots: readonly Slot[];
  missionsPresent: ReadonlySet<StateCode>;
  language: Language;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The entry to draw the eye to (just added, or asked again). */
  highlightId: string | null;
  onAdd: (stateCode: StateCode) => void;
  onGive: (slotId: string) => void;
  onMove: (slotId: string, toIndex: number) => void;
  onRemove: (slotId: string) => void;
}

/** The Q&A queue: missions asking for the floor, added by type-ahead, given the floor in turn. */
export function FloorQueuePanel({ inputRef, ...props }: FloorQueueProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Set when Enter met an entry that fits several States: the list then asks which one.
  const [asking, setAsking] = useState(false);
  const [chosenByKeys, setChosenByKeys] = useState(false);
  const { matches, pick } = useMemo(() => matchMissions(query, props.language, props.missionsPresent), [query, props.language, props.missionsPresent]);
  const queue = floorQueue(props.slots);
  const spoke = statesThatSpoke(props.slots);
  const name = (code: StateCode | null) => stateName(code, props.language);

  const add = (code: StateCode | undefined) => {
    if (!code) return;
    props.onAdd(code);
    setQuery('');
    setActive(0);
    setAsking(false);
    setChosenByKeys(false);
  };

  // Enter (or Add to floor) takes the State the entry names, or the one chosen in the list; an
  // entry that fits several States asks first instead of guessing.
  const confirm = () => {
    if (pick && !chosenByKeys) add(pick.iso3);
    else if (asking || chosenByKeys) add(matches[active]?.state.iso3);
    else if (matches.length > 0) setAsking(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      confirm();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setChosenByKeys(true);
      setActive((i) => Math.min(i + 1, Math.max(0, matches.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setChosenByKeys(true);
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
      event.currentTarget.blur();
    }
  };

  return (
    <section className="card compact floor-card" aria-labelledby={`${ids}-title`}>
      <div className="card-heading">
        <h2 id={`${ids}-title`}>{t('moderator.floor.title')}</h2>
        <span className="muted small">{t('moderator.floor.count', { count: queue.length })}</span>
      </div>
      <div className="floor-add">
        <input
          ref={inputRef}
          type="search"
          className="floor-search"
          aria-label={t('moderator.floor.search')}
          aria-describedby={`${ids}-hint`}
          placeholder={t('moderator.floor.placeholder')}
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setAsking(false);
            setChosenByKeys(false);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button primary" disabled={matches.length === 0} onClick={confirm}>
          {t('moderator.floor.add')}
        </button>
      </div>
      <p id={`${ids}-hint`} className="visually-hidden">
        {t('moderator.floor.emptyHelp')}
      </p>
      {query.trim() !== '' ? (
        matches.length > 0 ? (
          <>
            {asking ? (
              <p className="warning-line small floor-ask" role="alert">
                {t('moderator.floor.choose', { query: query.trim() })}
              </p>
            ) : null}
            <ul className="floor-suggestions" aria-label={t('moderator.floor.suggestions')}>
              {matches.map((m, i) => (
                <li key={m.state.iso3}>
                  <button
                    type="button"
                    className={i === active ? 'suggestion active' : 'suggestion'}
                    aria-current={i === active ? 'true' : undefined}
                    onClick={() => add(m.state.iso3)}
                  >
                    <span className="suggestion-name">{m.state.name[props.language]}</span>
                    <span className="suggestion-badges">
                      {m.present ? <span className="badge accent">{t('moderator.floor.present')}</span> : null}
                      {spoke.has(m.state.iso3) ? <span className="badge neutral">{t('moderator.floor.spoke')}</span> : null}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted small floor-nomatch">{t('moderator.floor.noMatch', { query })}</p>
        )
      ) : null}

      {queue.length === 0 ? (
        <div className="floor-empty">
          <p className="strong">{t('moderator.floor.empty')}</p>
          <p className="muted small">{t('moderator.floor.emptyHelp')}</p>
        </div>
      ) : (
        <ol className="floor-queue" aria-label={t('moderator.floor.title')}>
          {queue.map((slot, index) => {
            const state = name(slot.stateCode);
            const askedAgain = slot.log.some((e) => e.kind === 'requested-again');
            return (
              <li key={slot.id} className={slot.id === props.highlightId ? 'floor-entry highlight' : 'floor-entry'}>
                <span className="floor-position" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="floor-name">
                  <span className="strong">{state}</span>
                  <span className="floor-badges">
                    {slot.stateCode && props.missionsPresent.has(slot.stateCode) ? <span className="badge accent">{t('moderator.floor.present')}</span> : null}
                    {askedAgain ? <span className="badge warning">{t('moderator.floor.askedAgain')}</span> : null}
                    {slot.stateCode && spoke.has(slot.stateCode) ? <span className="badge neutral">{t('moderator.floor.spoke')}</span> : null}
                  </span>
                </span>
                <span className="floor-actions">
                  <button
                    type="button"
                    className="button secondary small"
                    aria-label={t('moderator.floor.giveTo', { state })}
                    onClick={() => props.onGive(slot.id)}
                  >
                    {t('moderator.floor.give')}
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('moderator.floor.moveUp', { state })}
                    title={t('moderator.floor.moveUp', { state })}
                    disabled={index === 0}
                    onClick={() => props.onMove(slot.id, index - 1)}
                  >
                    <ArrowUpIcon />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('moderator.floor.moveDown', { state })}
                    title={t('moderator.floor.moveDown', { state })}
                    disabled={index === queue.length - 1}
                    onClick={() => props.onMove(slot.id, index + 1)}
                  >
                    <ArrowDownIcon />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('moderator.floor.remove', { state })}
                    title={t('moderator.floor.remove', { state })}
                    onClick={() => props.onRemove(slot.id)}
                  >
                    <CloseIcon />
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
