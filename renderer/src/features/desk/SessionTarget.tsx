import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import type { Session } from '../../domain/core/model';
import { formatDayLong } from '../../ui/format';
import { sessionLabel } from './session-label';
import { minutesOfDay } from '../../domain/programme/sessions';

export type TargetMode = 'now' | 'chosen';

/**
 * Which sessions a check-in counts for: the session now running (the default, it follows the
 * clock and the moderator) or sessions chosen at the desk, e.g. a delegate staying all day.
 */
function SessionTargetView(props: {
  sessions: readonly Session[];
  /** The sessions at the door now, the one running first (domain/desk/door.ts). */
  atDoor: readonly Session[];
  now: Date;
  mode: TargetMode;
  onMode: (mode: TargetMode) => void;
  chosen: readonly string[];
  onChosen: (ids: string[]) => void;
  day: string;
  onDay: (day: string) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const language = useLanguage();
  const days = [...new Set(props.sessions.map((s) => s.date))];
  const ofDay = props.sessions.filter((s) => s.date === props.day);
  const current = props.atDoor[0] ?? null;
  const minute = props.now.getHours() * 60 + props.now.getMinutes();
  const when = (s: Session) =>
    minutesOfDay(s.start) > minute
      ? t('desk.target.startsAt', { time: s.start })
      : minutesOfDay(s.end) > minute
        ? t('desk.target.endsAt', { time: s.end })
        : t('desk.target.running');
  const toggle = (id: string) => props.onChosen(props.chosen.includes(id) ? props.chosen.filter((x) => x !== id) : [...props.chosen, id]);

  return (
    <fieldset className="card desk-target">
      <legend>{t('desk.target.legend')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('desk.target.legend')}>
        {(['now', 'chosen'] as const).map((mode) => (
          <label key={mode} className="segment">
            <input type="radio" name={`${ids}-mode`} value={mode} checked={props.mode === mode} onChange={() => props.onMode(mode)} />
            <span>{t(`desk.target.${mode}`)}</span>
          </label>
        ))}
      </div>
      {props.mode === 'now' ? (
        current === null ? (
          <p className="warning-line">{t('desk.target.none')}</p>
        ) : props.atDoor.length === 1 ? (
          <p className="desk-target-now">
            <span className="desk-live-dot" aria-hidden="true" />
            <strong>{sessionLabel(current, language)}</strong>
            <span className="muted small">{formatDayLong(current.date, language)}</span>
          </p>
        ) : (
          <>
            <p className="small">{t('desk.target.several', { count: props.atDoor.length })}</p>
            <ul className="desk-target-door" aria-label={t('desk.target.atDoor')}>
              {props.atDoor.map((s) => (
                <li key={s.id}>
                  <span className="desk-target-when">{when(s)}</span>
                  <strong>{sessionLabel(s, language)}</strong>
                </li>
              ))}
            </ul>
          </>
        )
      ) : (
        <div className="desk-target-chosen">
          <div className="field">
            <label htmlFor={`${ids}-day`}>{t('desk.target.day')}</label>
            <select id={`${ids}-day`} value={props.day} onChange={(e) => props.onDay(e.target.value)}>
              {days.map((d) => (
                <option key={d} value={d}>
                  {formatDayLong(d, language)}
                </option>
              ))}
            </select>
          </div>
          <ul className="desk-session-checks">
            {ofDay.map((s) => (
              <li key={s.id}>
                <label className="check">
                  <input type="checkbox" checked={props.chosen.includes(s.id)} onChange={() => toggle(s.id)} />
                  <span>
                    {sessionLabel(s, language)}
                    {current?.id === s.id ? <span className="badge accent inline">{t('desk.target.nowLabel')}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}

/** Memoised: the desk re-renders on every keystroke, the target only when it changes. */
export const SessionTarget = memo(SessionTargetView);
