import { useTranslation } from 'react-i18next';
import type { Slot } from '../../domain/core/model';
import { TimerDisplay } from './TimerDisplay';
import type { ConsoleActions } from './use-console-actions';

/**
 * The console's first card: who speaks now (or is up next), the timer, and the large buttons.
 * Busy while the screen shows an action ahead of the record (the plan in memory): not yet saved.
 */
export function NowCard(props: {
  current: Slot | null;
  live: Slot | null;
  currentName: string;
  upcomingName: string | null;
  soundOn: boolean;
  actions: ConsoleActions;
  onAbsent: (slotId: string) => void;
}) {
  const { t } = useTranslation();
  const { current, live, currentName, actions } = props;
  const primary = !live
    ? { label: t('moderator.start'), run: actions.start }
    : live.status === 'speaking'
      ? { label: t('moderator.pause'), run: actions.pause }
      : { label: t('moderator.resume'), run: actions.resume };
  return (
    <section
      className={`card now-card${live ? ` live status-${live.status}` : ''}`}
      aria-labelledby="now-title"
      aria-busy={actions.aheadOfRecord ? true : undefined}
    >
      {current ? (
        <>
          <div className="now-heading">
            <div>
              <p className="now-kind">
                {live ? t('moderator.current') : t('moderator.upNext')} · {t(`slotKinds.${current.kind}`)}
              </p>
              <h2 id="now-title" className="now-name">
                {currentName}
              </h2>
            </div>
            {current.kind === 'sur-statement' ? <span className="badge accent">{t('moderator.statement.title')}</span> : null}
          </div>
          <TimerDisplay slot={current} name={currentName} soundOn={props.soundOn} />
          <div className="console-controls">
            <div className="console-primary">
              <button type="button" className="button primary console-button" onClick={primary.run} aria-keyshortcuts="Space">
                {primary.label}
              </button>
              <button type="button" className="button secondary console-button" onClick={actions.next} aria-keyshortcuts="N">
                {t('moderator.next')}
              </button>
            </div>
            <div className="adjust-group">
              <button
                type="button"
                className="button secondary"
                aria-label={t('moderator.minus30Name')}
                aria-keyshortcuts="-"
                onClick={() => actions.adjust(-30)}
              >
                {t('moderator.minus30')}
              </button>
              <button
                type="button"
                className="button secondary"
                aria-label={t('moderator.plus30Name')}
                aria-keyshortcuts="+"
                onClick={() => actions.adjust(30)}
              >
                {t('moderator.plus30')}
              </button>
              <button type="button" className="button ghost" onClick={actions.undo} aria-keyshortcuts="Z">
                {t('moderator.undo')}
              </button>
            </div>
          </div>
          <div className="console-secondary">
            {current.status === 'pending' && current.kind === 'sur-statement' ? (
              <button type="button" className="button secondary small" onClick={() => actions.skip(current.id)}>
                {t('moderator.statement.notMade')}
              </button>
            ) : null}
            {current.kind === 'panellist' ? (
              <button type="button" className="button secondary small" onClick={() => props.onAbsent(current.id)}>
                {t('moderator.markAbsent')}
              </button>
            ) : null}
            {current.status === 'pending' && current.kind !== 'sur-statement' ? (
              <button type="button" className="button ghost small" onClick={() => actions.skip(current.id)}>
                {t('moderator.skip')}
              </button>
            ) : null}
            {props.upcomingName !== null && live ? (
              <p className="muted small up-next">
                {t('moderator.upNext')}: <span className="strong">{props.upcomingName}</span>
              </p>
            ) : null}
          </div>
        </>
      ) : (
        <p className="strong all-done" id="now-title">
          {t('moderator.allDone')}
        </p>
      )}
      <p className="console-message" role="status">
        {actions.message ?? ''}
      </p>
    </section>
  );
}
