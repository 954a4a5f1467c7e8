import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import type { Slot, SlotKind } from '../../domain/core/model';
import { SLOT_KINDS } from '../../domain/core/model';
import { lineup, speakerLabel, type RoomDisplayWords, type SpeakerLabel } from '../../domain/room-display/view';
import { stateName } from '../../domain/states/states';
import type { Language } from '../../domain/core/language';
import { Clock } from '../../ui/Clock';
import { RoomDisplayTimer } from './RoomDisplayTimer';
import type { RoomDisplayFeed } from './use-room-display-feed';

/** The time of day, drawn again only when its minute changes, not with every change of the display. */
const DisplayClock = memo(Clock);

/** How many floor requests the queue layout lists before "and N more". */
const QUEUE_SHOWN = 5;

interface ViewProps {
  feed: RoomDisplayFeed;
  seriesName: string;
  /** Marks frames for `npm run bench`; only the real display window sets it. */
  bench: boolean;
}

function useWords(): { words: RoomDisplayWords; language: Language } {
  const { t } = useTranslation();
  const language: Language = useLanguage();
  const words = useMemo(() => {
    const kinds = Object.fromEntries(SLOT_KINDS.map((k) => [k, t(`slotKinds.${k}`)])) as Record<SlotKind, string>;
    return { kinds, mission: t('roomDisplay.mission') };
  }, [t]);
  return { words, language };
}

/**
 * What the room sees: the whole screen, sized by the screen itself (container query units), so
 * the same view fills a projector, a portrait screen, a 4K wall or the console's preview.
 * Nothing here can be edited or clicked.
 */
export function RoomDisplayView({ feed, seriesName, bench }: ViewProps) {
  const { t } = useTranslation();
  const { words, language } = useWords();
  const { state, session, slots, speakers, logo } = feed;
  const label = (slot: Slot): SpeakerLabel => speakerLabel(slot, slot.participantId ? speakers.get(slot.participantId) : undefined, language, words);

  const message = state.message ? (
    <p className="rd-message" role="status">
      <span className="visually-hidden">{t('roomDisplay.message')}: </span>
      {state.message}
    </p>
  ) : null;

  if (state.screen === 'black') {
    return (
      <div className="rd rd-black">
        <p className="visually-hidden">{t('roomDisplay.blank')}</p>
      </div>
    );
  }
  if (state.screen === 'logo') {
    return (
      <div className="rd rd-logo-screen">
        {logo ? (
          <img className="rd-logo-large" src={logo} alt={t('roomDisplay.logoAlt', { series: seriesName })} />
        ) : (
          <p className="rd-logo-name">{seriesName}</p>
        )}
        {message}
      </div>
    );
  }

  const { current, next, queue } = lineup(slots);
  const currentLabel = current ? label(current) : null;
  const mode = state.mode;

  const header =
    mode === 'timer' ? null : (
      <header className="rd-header">
        <div className="rd-brand">
          {logo ? <img className="rd-brand-logo" src={logo} alt={t('roomDisplay.logoAlt', { series: seriesName })} /> : null}
          <span className="rd-series">{seriesName}</span>
        </div>
        {session ? (
          <p className="rd-sur">
            <span className="rd-sur-label">{t('roomDisplay.stateUnderReview')}</span>
            <span className="rd-sur-name">{stateName(session.stateCode, language)}</span>
          </p>
        ) : null}
        <DisplayClock className="rd-clock" />
      </header>
    );

  const now = (
    <section className="rd-now" aria-label={currentLabel?.name ?? t('roomDisplay.waiting')}>
      {current && currentLabel ? (
        <>
          {mode === 'timer' ? null : <SpeakerLines label={currentLabel} />}
          <RoomDisplayTimer slot={current} name={currentLabel.name} bench={bench} />
        </>
      ) : (
        <p className="rd-waiting">{session && slots.length > 0 ? t('roomDisplay.sessionOver') : t('roomDisplay.waiting')}</p>
      )}
    </section>
  );

  return (
    <div className={`rd rd-mode-${mode}`}>
      {header}
      {message}
      {mode === 'queue' ? (
        <div className="rd-split">
          {now}
          <QueueList slots={queue} label={label} />
        </div>
      ) : (
        now
      )}
      {mode === 'speakers' && next ? <NextLine label={label(next)} /> : null}
    </div>
  );
}

function SpeakerLines({ label }: { label: SpeakerLabel }) {
  return (
    <div className="rd-speaker">
      <p className="rd-kind">{label.kind}</p>
      <p className="rd-name">{label.name}</p>
      {label.detail ? <p className="rd-detail">{label.detail}</p> : null}
    </div>
  );
}

function NextLine({ label }: { label: SpeakerLabel }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <section className="rd-next" aria-labelledby={labelId}>
      <span className="rd-next-label" id={labelId}>
        {t('roomDisplay.next')}
      </span>
      <span className="rd-next-name">
        {label.name}
        {label.detail ? <span className="rd-next-detail"> · {label.detail}</span> : null}
      </span>
    </section>
  );
}

function QueueList({ slots, label }: { slots: Slot[]; label: (slot: Slot) => SpeakerLabel }) {
  const { t } = useTranslation();
  const titleId = useId();
  const shown = slots.slice(0, QUEUE_SHOWN);
  return (
    <section className="rd-queue" aria-labelledby={titleId}>
      <h2 className="rd-queue-title" id={titleId}>
        {t('roomDisplay.floorQueue')}
      </h2>
      {shown.length === 0 ? (
        <p className="rd-queue-empty">{t('roomDisplay.floorEmpty')}</p>
      ) : (
        <ol className="rd-queue-list">
          {shown.map((slot, index) => (
            <li key={slot.id} className="rd-queue-item">
              <span className="rd-queue-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="rd-queue-name">{label(slot).name}</span>
            </li>
          ))}
        </ol>
      )}
      {slots.length > shown.length ? <p className="rd-queue-more">{t('roomDisplay.more', { count: slots.length - shown.length })}</p> : null}
    </section>
  );
}
