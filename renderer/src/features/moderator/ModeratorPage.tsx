import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { readProgramme } from '../../db/queries/series';
import { currentSession } from '../../domain/programme/current-session';
import type { Series, Session, Slot } from '../../domain/core/model';
import { stateName } from '../../domain/states/states';
import { useLanguage } from '../../i18n';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { formatDayLong } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { useRoomDisplayControl } from '../../modules/room-display-link/use-room-display-control';
import { useModeratorUi } from './moderator-store';
import { ModeratorConsole } from './ModeratorConsole';
import './moderator.css';

const NO_SLOTS: Slot[] = [];

/** The moderator's console: the session now running, its speaker order, the timer, the floor queue. */
export function ModeratorPage({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const now = useNow(1000);
  const { chosenSessionId, chooseSession, soundOn, setSound } = useModeratorUi();
  const display = useRoomDisplayControl();
  const { ready: displayReady, change: changeRoomDisplay } = display;
  const displaySessionId = display.state.sessionId;
  const pinnedSession = useRef<string | null | undefined>(undefined);
  // The room display shows the session this console shows: a choice here (or "the session now
  // running" after a reload) is written for it once the stored state is read, so that nothing
  // else of it (a message, a blackout) is lost. Only a change of choice writes: two consoles
  // open at once do not overwrite each other in a loop.
  useEffect(() => {
    if (!displayReady || pinnedSession.current === chosenSessionId) return;
    pinnedSession.current = chosenSessionId;
    if (displaySessionId !== chosenSessionId) changeRoomDisplay({ sessionId: chosenSessionId });
  }, [chosenSessionId, displayReady, displaySessionId, changeRoomDisplay]);
  const programme = useLiveQuery(() => readProgramme(db, series.id), [db, series.id]);

  // The running session changes on the minute or with the record: not every second.
  const minute = Math.floor(now / 60_000);
  const running = useMemo(
    () =>
      programme
        ? currentSession(
            programme.map((p) => p.session),
            programme.flatMap((p) => p.slots),
            new Date(minute * 60_000),
          )
        : null,
    [programme, minute],
  );
  const chosen = programme?.find((p) => p.session.id === chosenSessionId) ?? null;
  const entry = chosen ?? (running ? (programme?.find((p) => p.session.id === running.id) ?? null) : null);
  const session = entry?.session ?? null;
  const slots = entry?.slots ?? NO_SLOTS;

  const sessionLabel = (s: Session) => `${formatDayLong(s.date, i18n.language)}, ${s.start} · ${stateName(s.stateCode, language)}`;

  if (!programme) return <p className="loading">{t('common.loading')}</p>;

  const picker = (
    <label className="session-picker">
      <span className="visually-hidden">{t('moderator.session')}</span>
      <select aria-label={t('moderator.session')} value={chosenSessionId ?? ''} onChange={(e) => chooseSession(e.target.value || null)}>
        <option value="">
          {t('moderator.followNow')}
          {running ? ` (${stateName(running.stateCode, language)})` : ''}
        </option>
        {programme.map((p) => (
          <option key={p.session.id} value={p.session.id}>
            {sessionLabel(p.session)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="page moderator-page">
      <PageHeader
        title={t('moderator.title')}
        subtitle={
          session
            ? t('moderator.sessionLine', {
                state: stateName(session.stateCode, language),
                day: formatDayLong(session.date, i18n.language),
                start: session.start,
                end: session.end,
              })
            : undefined
        }
        actions={picker}
      />
      {!session ? (
        <EmptyState title={t('moderator.noSession')}>
          <p className="muted">{t('moderator.noSessionHelp')}</p>
        </EmptyState>
      ) : slots.length === 0 ? (
        <EmptyState title={t('moderator.noSlots')}>
          <p className="muted">{t('moderator.noSlotsHelp')}</p>
        </EmptyState>
      ) : (
        <ModeratorConsole key={session.id} session={session} slots={slots} now={now} soundOn={soundOn} setSound={setSound} display={display} />
      )}
    </div>
  );
}
