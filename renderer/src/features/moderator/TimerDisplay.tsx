import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../../domain/core/model';
import { msUntilNextTick, phaseWords, readTimer, type TimerReading } from '../../domain/moderator/timer';
import { phaseText } from '../../ui/phase-text';
import { playZeroChime } from './zero-sound';

/**
 * The speaking time, computed from the slot's persisted start and elapsed time (never counted).
 * It re-renders only when the shown second changes: one timeout to that very moment (React
 * paints it in the next frame), so the laptop stays cool and the digits are never late.
 */
export function TimerDisplay({ slot, name, soundOn }: { slot: Slot; name: string; soundOn: boolean }) {
  const { t } = useTranslation();
  const [reading, setReading] = useState<TimerReading>(() => readTimer(slot, slot.kind, Date.now()));
  const lastPhase = useRef(reading.phase);
  const phaseId = useId();

  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      const now = Date.now();
      const next = readTimer(slot, slot.kind, now);
      setReading((prev) => (prev.text === next.text && prev.phase === next.phase ? prev : next));
      if (soundOn && lastPhase.current !== 'overtime' && next.phase === 'overtime' && slot.startedAt !== null) playZeroChime();
      lastPhase.current = next.phase;
      const wait = msUntilNextTick(slot, now);
      if (wait !== null) timeout = setTimeout(update, wait);
    };
    update();
    return () => {
      clearTimeout(timeout);
    };
  }, [slot, soundOn]);

  return (
    <div className={`timer-block phase-${reading.phase}`}>
      <div role="timer" aria-label={t('moderator.timer', { name })} aria-describedby={phaseId} className="timer-digits">
        {reading.text}
      </div>
      <p className="timer-phase" id={phaseId}>
        <span className="phase-dot" aria-hidden="true" />
        {phaseText(t, phaseWords(reading.phase, slot.kind))}
        {slot.status === 'paused' ? ` · ${t('moderator.status.paused')}` : ''}
      </p>
    </div>
  );
}
