import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunOfShow } from '../../domain/moderator/run-of-show';
import { wholeSeconds } from '../../domain/moderator/timer';
import { durationText } from '../../ui/phase-text';
import { clockTime } from './clock-format';

/**
 * How the hour is going: scheduled and actual start, the speaking time so far, projected end,
 * ahead or behind. Times of day read "16:31"; durations read "17 min 50 s", never "17:50"; and
 * ahead or behind is said in words ("26 min ahead"), not with a sign.
 */
export function RunOfShowCard({ show }: { show: RunOfShow }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const clock = (ms: number) => clockTime(ms, i18n.language);
  const delta = show.behindMinutes;
  const short =
    delta > 0
      ? t('moderator.runOfShow.behind', { count: delta })
      : delta < 0
        ? t('moderator.runOfShow.ahead', { count: -delta })
        : t('moderator.runOfShow.onTime');
  const long =
    delta > 0
      ? t('moderator.runOfShow.behindLong', { count: delta })
      : delta < 0
        ? t('moderator.runOfShow.aheadLong', { count: -delta })
        : t('moderator.runOfShow.onTimeLong');
  const tone = delta > 2 ? 'late' : delta > 0 ? 'slightly-late' : 'on-time';
  return (
    <section className="card compact" aria-labelledby={`${ids}-title`}>
      <div className="card-heading">
        <h2 id={`${ids}-title`}>{t('moderator.runOfShow.title')}</h2>
        <span className={`schedule-delta ${tone}`} title={long} aria-label={long}>
          {short}
        </span>
      </div>
      <dl className="facts run-of-show">
        <dt>{t('moderator.runOfShow.scheduled')}</dt>
        <dd className="tabular">
          {clock(show.scheduledStart)}–{clock(show.scheduledEnd)}
        </dd>
        <dt>{t('moderator.runOfShow.actualStart')}</dt>
        <dd className="tabular">{show.actualStart === null ? t('moderator.runOfShow.notStarted') : clock(show.actualStart)}</dd>
        <dt>{t('moderator.runOfShow.used')}</dt>
        <dd className="tabular">{durationText(t, wholeSeconds(show.usedMs))}</dd>
        <dt>{t('moderator.runOfShow.projectedEnd')}</dt>
        <dd className="tabular">{clock(show.projectedEnd)}</dd>
      </dl>
    </section>
  );
}
