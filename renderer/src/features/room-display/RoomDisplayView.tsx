import { memo, useId, useMemo, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { messageSize } from '../../domain/room-display/state';
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

function wordsOf(t: TFunction): RoomDisplayWords {
  const kinds = Object.fromEntries(SLOT_KINDS.map((k) => [k, t(`slotKinds.${k}`)])) as Record<SlotKind, string>;
  return { kinds, mission: t('roomDisplay.mission'), floorBlock: t('roomDisplay.floorBlock') };
}

/** The display's second language, when it shows both: the one the interface does not speak. */
export interface SecondLanguage {
  language: Language;
  t: TFunction;
  words: RoomDisplayWords;
}

function useWords(bilingual: boolean): { words: RoomDisplayWords; language: Language; second: SecondLanguage | null } {
  const { t, i18n } = useTranslation();
  const language: Language = useLanguage();
  const words = useMemo(() => wordsOf(t), [t]);
  const second = useMemo(() => {
    if (!bilingual) return null;
    const other: Language = language === 'fr' ? 'en' : 'fr';
    const t2 = i18n.getFixedT(other);
    return { language: other, t: t2, words: wordsOf(t2) };
  }, [bilingual, language, i18n]);
  return { words, language, second };
}

/** A label in the interface language, with its other-language version beside it when the display is bilingual. */
export function Both({ first, second, lang }: { first: string; second: string | null | undefined; lang: Language | undefined }): ReactNode {
  if (!second || second === first) return first;
  return (
    <>
      {first}
      <span className="rd-second" lang={lang}>
        {second}
      </span>
    </>
  );
}

/** The display's own words that it shows in both languages. */
type BothKey =
  | 'roomDisplay.stateUnderReview'
  | 'roomDisplay.sessionOver'
  | 'roomDisplay.waiting'
  | 'roomDisplay.floorOpen'
  | 'roomDisplay.next'
  | 'roomDisplay.floorQueue'
  | 'roomDisplay.floorEmpty';

/** A speaker's label in both languages (State names and the words around them differ; a person's name does not). */
interface BothLabels {
  first: SpeakerLabel;
  second: SpeakerLabel | null;
}

/**
 * What the room sees: the whole screen, sized by the screen itself (container query units), so
 * the same view fills a projector, a portrait screen, a 4K wall or the console's preview.
 * Nothing here can be edited or clicked.
 */
export function RoomDisplayView({ feed, seriesName, bench }: ViewProps) {
  const { t } = useTranslation();
  const { state, session, slots, speakers, logo } = feed;
  const { words, language, second } = useWords(state.bilingual);
  const label = (slot: Slot): BothLabels => {
    const person = slot.participantId ? speakers.get(slot.participantId) : undefined;
    return { first: speakerLabel(slot, person, language, words), second: second ? speakerLabel(slot, person, second.language, second.words) : null };
  };
  const both = (key: BothKey) => <Both first={t(key)} second={second?.t(key)} lang={second?.language} />;

  const message = state.message ? (
    <p className="rd-message" role="status" style={{ '--rd-message-scale': messageSize(state.message) } as CSSProperties}>
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

  const { current, next, queue, live } = lineup(slots);
  const currentLabel = current ? label(current) : null;
  const floorOpen = current !== null && live && current.kind === 'floor' && current.stateCode === null;
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
            <span className="rd-sur-label">{both('roomDisplay.stateUnderReview')}</span>
            <span className="rd-sur-name">
              <Both
                first={stateName(session.stateCode, language)}
                second={second ? stateName(session.stateCode, second.language) : null}
                lang={second?.language}
              />
            </span>
          </p>
        ) : null}
        <DisplayClock className="rd-clock" />
      </header>
    );

  const now = (
    <section className="rd-now" aria-label={currentLabel?.first.name ?? t('roomDisplay.waiting')}>
      {current && currentLabel ? (
        <>
          {mode === 'timer' ? null : <SpeakerLines label={currentLabel} lang={second?.language} />}
          {floorOpen && mode !== 'timer' ? <p className="rd-floor-open">{both('roomDisplay.floorOpen')}</p> : null}
          <RoomDisplayTimer slot={current} name={currentLabel.first.name} bench={bench} second={second?.t ?? null} secondLanguage={second?.language} />
        </>
      ) : (
        <p className="rd-waiting">{session && slots.length > 0 ? both('roomDisplay.sessionOver') : both('roomDisplay.waiting')}</p>
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
          <QueueList slots={queue} label={label} both={both} lang={second?.language} />
        </div>
      ) : (
        now
      )}
      {mode === 'speakers' && next ? <NextLine label={label(next)} both={both} lang={second?.language} /> : null}
    </div>
  );
}

type BothText = (key: BothKey) => ReactNode;

function SpeakerLines({ label, lang }: { label: BothLabels; lang: Language | undefined }) {
  const { first, second } = label;
  return (
    <div className="rd-speaker">
      <p className="rd-kind">
        <Both first={first.kind} second={second?.kind} lang={lang} />
      </p>
      <p className="rd-name">
        <Both first={first.name} second={second?.name} lang={lang} />
      </p>
      {first.detail ? (
        <p className="rd-detail">
          <Both first={first.detail} second={second?.detail} lang={lang} />
        </p>
      ) : null}
    </div>
  );
}

function NextLine({ label, both, lang }: { label: BothLabels; both: BothText; lang: Language | undefined }) {
  const labelId = useId();
  const { first, second } = label;
  return (
    <section className="rd-next" aria-labelledby={labelId}>
      <span className="rd-next-label" id={labelId}>
        {both('roomDisplay.next')}
      </span>
      <span className="rd-next-name">
        <Both first={first.name} second={second?.name} lang={lang} />
        {first.detail ? (
          <span className="rd-next-detail">
            {' · '}
            <Both first={first.detail} second={second?.detail} lang={lang} />
          </span>
        ) : null}
      </span>
    </section>
  );
}

function QueueList({ slots, label, both, lang }: { slots: Slot[]; label: (slot: Slot) => BothLabels; both: BothText; lang: Language | undefined }) {
  const { t } = useTranslation();
  const titleId = useId();
  const shown = slots.slice(0, QUEUE_SHOWN);
  return (
    <section className="rd-queue" aria-labelledby={titleId}>
      <h2 className="rd-queue-title" id={titleId}>
        {both('roomDisplay.floorQueue')}
      </h2>
      {shown.length === 0 ? (
        <p className="rd-queue-empty">{both('roomDisplay.floorEmpty')}</p>
      ) : (
        <ol className="rd-queue-list">
          {shown.map((slot, index) => (
            <li key={slot.id} className="rd-queue-item">
              <span className="rd-queue-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="rd-queue-name">
                <Both first={label(slot).first.name} second={label(slot).second?.name} lang={lang} />
              </span>
            </li>
          ))}
        </ol>
      )}
      {slots.length > shown.length ? <p className="rd-queue-more">{t('roomDisplay.more', { count: slots.length - shown.length })}</p> : null}
    </section>
  );
}
