import type { TFunction } from 'i18next';
import type { PhaseWords } from '../domain/moderator/timer';

/** The words of a timer phase in the language of `t` ("Last minute", "Time is up"). */
export function phaseText(t: TFunction, words: PhaseWords): string {
  switch (words.key) {
    case 'onTime':
      return t('timerPhase.onTime');
    case 'timeUp':
      return t('timerPhase.timeUp');
    case 'lastMinutes':
      return t('timerPhase.lastMinutes', { count: words.count });
    case 'lastSeconds':
      return t('timerPhase.lastSeconds', { count: words.count });
  }
}

/**
 * A duration in words ("17 min 50 s", "26 min"), never to be read as a time of day; whole
 * seconds by the one rule of the timer (domain/moderator/timer.ts, wholeSeconds).
 */
export function durationText(t: TFunction, totalSeconds: number, precision: 'seconds' | 'minutes' = 'seconds'): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  if (precision === 'minutes') return t('duration.minutes', { minutes });
  if (minutes === 0) return t('duration.seconds', { seconds });
  return t('duration.minutesSeconds', { minutes, seconds: seconds % 60 });
}
