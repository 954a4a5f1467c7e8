import { useTranslation } from 'react-i18next';
import type { Slot } from '../../domain/core/model';
import { readTimer } from '../../domain/moderator/timer';
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
  /** The floor block open now: its time, how many missions wait, the first of them. */
  floor: { block: Slot; waiting: number; firstName: string | null } | null;
  now: number;
  soundOn: boolean;
  actions: ConsoleActions;
  onAbsent: (slotId: string) => void;
}) {
  const { t } = useTranslation();
  const { current, live, currentName, actions, floor } = props;
  // With the floor open and no mission speaking, Space gives the floor to the first one waiting.
  const betweenTurns = floor !== null && live?.id === floor.block.id;
  const primary = betweenTurns
    ? floor.firstName
      ? { label: t('moderator.floor.giveFirst', { state: floor.firstName }), run: actions.start }
      : { label: t('moderator.floor.closeFloor'), run: actions.closeFloor }
    : !live
      ? { label: t('moderator.start'), run: actions.start }
      : live.status === 'speaking'
        ? { label: t('moderator.pause'), run: actions.pause }
        : { label: t('moderator.resume'), run: actions.resume };
  const blockReading = floor ? readTimer(floor.block, 'floor', props.now) : null;
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
                {live ? t('moderator.current') : t('moderator.upNext')} · {betweenTurns ? t('moderator.floor.open') : t(`slotKinds.${current.kind}`)}
              </p>
              <h2 id="now-title" className="now-name">
                {currentName}
              </h2>
            </div>
            {props.upcomingName !== null && live ? (
              <p className="up-next">
                <span className="up-next-label">{t('moderator.upNext')}</span>
                <span className="up-next-name">{props.upcomingName}</span>
              </p>
            ) : current.kind === 'sur-statement' ? (
              <span className="badge accent">{t('moderator.statement.title')}</span>
            ) : null}
          </div>
          <TimerDisplay slot={current} name={currentName} soundOn={props.soundOn} />
          {floor && blockReading ? (
            <p className="floor-block-line">
              <span className="strong">{t('moderator.floor.open')}</span>
              {' · '}
              <span className="tabular">
                {blockReading.phase === 'overtime' ? t('moderator.floor.blockOver') : t('moderator.floor.blockLeft', { time: blockReading.text })}
              </span>
              {' · '}
              {t('moderator.floor.count', { count: floor.waiting })}
              {betweenTurns && floor.waiting === 0 ? <span className="muted small floor-none-waiting">{t('moderator.floor.noneWaiting')}</span> : null}
            </p>
          ) : null}
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
            {floor && !(betweenTurns && floor.waiting === 0) ? (
              <button type="button" className="button secondary small" onClick={actions.closeFloor} title={t('moderator.floor.closeHelp')}>
                {t('moderator.floor.closeFloor')}
              </button>
            ) : null}
            {current.status === 'pending' && current.kind !== 'sur-statement' ? (
              <button type="button" className="button ghost small" onClick={() => actions.skip(current.id)}>
                {t('moderator.skip')}
              </button>
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
