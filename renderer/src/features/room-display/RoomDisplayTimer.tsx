import { memo, useEffect, useId, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../domain/core/language';
import { phaseText } from '../../ui/phase-text';
import type { Slot } from '../../domain/core/model';
import { roomDisplayReading, type RoomDisplayReading } from '../../domain/room-display/view';
import { msUntilNextTick } from '../../domain/moderator/timer';
import { RoomDisplayProgress } from './RoomDisplayProgress';
import { PhaseShape } from './PhaseShape';
import { benchMark } from '../../ui/bench-mark';

export type TimedRoomDisplaySlot = Pick<Slot, 'kind' | 'status' | 'startedAt' | 'elapsedBeforeMs' | 'allottedSec'>;

/** Marks for `npm run bench` (display.tick.late): the frame that first shows a new second. */
function markTick(): void {
  requestAnimationFrame(() => benchMark('sd:display-tick'));
}

/**
 * The remaining time, its phase in words and shape, and the progress bar: the only part of the
 * display that changes every second. It re-renders when the shown second changes, on a timeout
 * to that very moment (msUntilNextTick), never per frame; the bar runs as a CSS animation.
 */
export const RoomDisplayTimer = memo(function RoomDisplayTimer({
  slot,
  name,
  bench,
  second = null,
  secondLanguage,
}: {
  slot: TimedRoomDisplaySlot;
  name: string;
  bench: boolean;
  /** The second language's words, when the display is bilingual. */
  second?: TFunction | null;
  secondLanguage?: Language;
}) {
  const { t } = useTranslation();
  const [reading, setReading] = useState<RoomDisplayReading>(() => roomDisplayReading(slot, Date.now()));
  const captionId = useId();

  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const now = Date.now();
      const next = roomDisplayReading(slot, now);
      // flushSync: the new second is in the DOM within this task, ready for the next frame.
      flushSync(() => setReading((prev) => (prev.text === next.text && prev.caption === next.caption && prev.phase === next.phase ? prev : next)));
      const wait = msUntilNextTick(slot, now);
      if (wait !== null) timeout = setTimeout(update, wait);
    };
    update();
    return () => clearTimeout(timeout);
  }, [slot]);

  // A layout effect runs before the frame that paints the new digits, so the mark falls in that frame.
  useLayoutEffect(() => {
    if (bench) markTick();
  }, [reading.text, bench]);

  const captionIn = (tf: TFunction) =>
    reading.caption === 'ready' || reading.caption === 'paused' ? tf(`roomDisplay.caption.${reading.caption}`) : phaseText(tf, reading.words);
  const caption = captionIn(t);
  const secondCaption = second ? captionIn(second) : null;
  return (
    <div className={`rd-timer phase-${reading.phase} caption-${reading.caption}`}>
      <div className="rd-digits-box">
        <div role="timer" aria-label={t('roomDisplay.timerOf', { name })} aria-describedby={captionId} className="rd-digits">
          {reading.text}
        </div>
      </div>
      <p className="rd-caption" id={captionId}>
        <PhaseShape caption={reading.caption} />
        <span>
          {caption}
          {secondCaption && secondCaption !== caption ? (
            <span className="rd-second" lang={secondLanguage}>
              {secondCaption}
            </span>
          ) : null}
        </span>
      </p>
      <RoomDisplayProgress slot={slot} second={reading.seconds} />
    </div>
  );
});
