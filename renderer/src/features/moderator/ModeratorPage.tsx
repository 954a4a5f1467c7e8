import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import {
  addToFloor,
  adjustTime,
  giveFloor,
  markAbsent,
  moveRemaining,
  moveRequest,
  nextSpeaker,
  pauseSpeaker,
  resumeSpeaker,
  skipSlot,
  startSlot,
  toggleTimer,
  undoLastAction,
  withdrawRequest,
} from '../../db/commands/moderator';
import { readSessionPresence, readSessionSpeakers } from '../../db/queries/moderator';
import { readProgramme } from '../../db/queries/series';
import { currentSession } from '../../domain/programme/current-session';
import {
  applyPlanToSlots,
  currentSlot,
  liveSlot,
  nextPending,
  planAdjust,
  planGiveFloor,
  planNext,
  planPause,
  planResume,
  planStart,
  planToggle,
  planUndoLastAction,
  type ActionContext,
  type ModeratorPlan,
} from '../../domain/moderator/actions';
import { newId } from '../../domain/core/ids';
import type { Series, Session, Slot, StateCode } from '../../domain/core/model';
import { runOfShow } from '../../domain/moderator/run-of-show';
import { stateName } from '../../domain/states/states';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { formatDayLong } from '../../ui/format';
import { AbsentDialog } from './AbsentDialog';
import { FloorQueuePanel } from './FloorQueuePanel';
import { useModeratorUi } from './moderator-store';
import { RunOfShowCard } from './RunOfShowCard';
import { ShortcutsDialog } from './ShortcutsDialog';
import { slotName } from './slot-name';
import { SpeakerOrder } from './SpeakerOrder';
import { TimerDisplay } from './TimerDisplay';
import { useModeratorKeys } from './use-moderator-keys';
import { useBackupWhenSessionEnds } from '../../modules/backups/session-end-backup';
import { useNow } from '../../ui/use-now';
import { postRoomDisplayMessage } from '../../modules/room-display-link/room-display-channel';
import { RoomDisplayConsoleCard } from '../../modules/room-display-link/RoomDisplayConsoleCard';
import { useRoomDisplayControl, type RoomDisplayControl } from '../../modules/room-display-link/use-room-display-control';
import './moderator.css';
import { benchMark, benchMarkAfterPaint } from '../../ui/bench-mark';

const EMPTY_SET: ReadonlySet<string> = new Set();
const NO_SLOTS: Slot[] = [];

/** Marks in the performance timeline when an action reached the screen: read by `npm run bench`. */
function markPainted(): void {
  benchMarkAfterPaint('sd:console-painted');
}

/** The moderator's console: the session now running, its speaker order, the timer, the floor queue. */
export function ModeratorPage({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
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
    () => (programme ? currentSession(programme.map((p) => p.session), programme.flatMap((p) => p.slots), new Date(minute * 60_000)) : null),
    [programme, minute],
  );
  const chosen = programme?.find((p) => p.session.id === chosenSessionId) ?? null;
  const entry = chosen ?? (running ? programme?.find((p) => p.session.id === running.id) ?? null : null);
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
            ? t('moderator.sessionLine', { state: stateName(session.stateCode, language), day: formatDayLong(session.date, i18n.language), start: session.start, end: session.end })
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
        <Console key={session.id} session={session} slots={slots} now={now} soundOn={soundOn} setSound={setSound} display={display} />
      )}
    </div>
  );
}

interface ConsoleProps {
  session: Session;
  slots: Slot[];
  now: number;
  soundOn: boolean;
  setSound: (on: boolean) => void;
  /** The page's one handle on the room display (one store query, one channel listener). */
  display: RoomDisplayControl;
}

/** A plan applied in memory over the slots it was made from, until the record catches up. */
interface Overlay {
  base: Slot[];
  slots: Slot[];
}

function Console({ session, slots: recorded, now, soundOn, setSound, display }: ConsoleProps) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const presence = useLiveQuery(() => readSessionPresence(db, session.id), [db, session.id]);
  const speakers = useLiveQuery(() => readSessionSpeakers(db, session.id), [db, session.id]) ?? new Map();
  const floorInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [absentId, setAbsentId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const awaitingPaint = useRef(false);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  // The record wins as soon as it changes: an overlay only stands for the slots it was made from.
  const slots = overlay && overlay.base === recorded ? overlay.slots : recorded;
  useBackupWhenSessionEnds(session.id, recorded);
  // The screen shows an action the record has not caught up with yet (an empty plan copies the same slots: not ahead).
  const aheadOfRecord = slots !== recorded && (slots.length !== recorded.length || slots.some((s, i) => s !== recorded[i]));

  const current = currentSlot(slots) ?? null;
  const live = liveSlot(slots) ?? null;
  const upcoming = current ? (live ? nextPending(slots.filter((s) => s.id !== current.id), current) : nextPending(slots.filter((s) => s.id !== current.id), current)) : null;
  const name = (slotId: string | null | undefined) => {
    const slot = slots.find((s) => s.id === slotId);
    return slot ? slotName(slot, speakers, language, t) : '';
  };
  const show = useMemo(() => runOfShow(session, slots, now), [session, slots, now]);
  const plans = useMemo(() => new Map(show.slots.map((p) => [p.slotId, p])), [show]);

  // The screen has caught up with the record: mark it for the bench (keypress -> paint).
  useEffect(() => {
    if (!awaitingPaint.current) return;
    awaitingPaint.current = false;
    markPainted();
  }, [slots]);

  /**
   * Every action goes through here: a mark for the bench, then the command. Timer actions also
   * pass their plan: the same pure plan, at the same `now`, shown at once from memory while the
   * command writes the record (which then replaces it), so a keypress is on screen in its frame.
   */
  const act = useCallback(
    (run: (now: number) => Promise<unknown>, plan?: (slots: Slot[], ctx: ActionContext) => ModeratorPlan) => {
      const at = Date.now();
      benchMark('sd:console-key');
      awaitingPaint.current = true;
      setMessage(null);
      if (plan) {
        const planned = applyPlanToSlots(slots, plan(slots, { now: at, newId, action: 'pending' }));
        setOverlay({ base: recorded, slots: planned });
        // The room display shows the same plan in its next frame; the record follows through Dexie.
        postRoomDisplayMessage({ type: 'slots', sessionId: session.id, slots: planned, at });
      }
      void run(at);
    },
    [recorded, slots, session.id],
  );

  const toggle = () => act((at) => toggleTimer(db, session.id, at), planToggle);
  const next = () => act((at) => nextSpeaker(db, session.id, at), planNext);
  const undo = () =>
    act(
      async (at) => {
        const kind = await undoLastAction(db, session.id, at);
        setMessage(kind ? t('moderator.undone', { action: t(`moderator.actions.${kind}`) }) : t('moderator.nothingToUndo'));
      },
      (s, ctx) => planUndoLastAction(s, ctx).plan,
    );
  const adjust = (delta: number) => act((at) => adjustTime(db, session.id, delta, at), (s, ctx) => planAdjust(s, delta, ctx));
  const add = (code: StateCode) =>
    act(async () => {
      const result = await addToFloor(db, session.id, code);
      const state = stateName(code, language);
      setHighlightId(result.slotId);
      if (result.kind === 'already-queued') setMessage(t('moderator.floor.already', { state }));
      else setMessage(t('moderator.floor.added', { state }));
    });

  useModeratorKeys(
    {
      toggle,
      next,
      addToFloor: () => floorInput.current?.focus(),
      undo,
      plus: () => adjust(30),
      minus: () => adjust(-30),
      help: () => setHelpOpen(true),
    },
    true,
  );

  const currentName = current ? slotName(current, speakers, language, t) : '';
  const primary = !live
    ? { label: t('moderator.start'), run: () => act((at) => startSlot(db, session.id, undefined, at), (s, ctx) => planStart(s, ctx)) }
    : live.status === 'speaking'
      ? { label: t('moderator.pause'), run: () => act((at) => pauseSpeaker(db, session.id, at), planPause) }
      : { label: t('moderator.resume'), run: () => act((at) => resumeSpeaker(db, session.id, at), planResume) };

  return (
    <div className="moderator-layout">
      <div className="moderator-main">
        {/* Busy while the screen shows an action ahead of the record (the plan in memory): not yet saved. */}
        <section className={`card now-card${live ? ` live status-${live.status}` : ''}`} aria-labelledby="now-title" aria-busy={aheadOfRecord ? true : undefined}>
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
              <TimerDisplay slot={current} name={currentName} soundOn={soundOn} />
              <div className="console-controls">
                <div className="console-primary">
                  <button type="button" className="button primary console-button" onClick={primary.run} aria-keyshortcuts="Space">
                    {primary.label}
                  </button>
                  <button type="button" className="button secondary console-button" onClick={next} aria-keyshortcuts="N">
                    {t('moderator.next')}
                  </button>
                </div>
                <div className="adjust-group">
                  <button type="button" className="button secondary" aria-label={t('moderator.minus30Name')} aria-keyshortcuts="-" onClick={() => adjust(-30)}>
                    {t('moderator.minus30')}
                  </button>
                  <button type="button" className="button secondary" aria-label={t('moderator.plus30Name')} aria-keyshortcuts="+" onClick={() => adjust(30)}>
                    {t('moderator.plus30')}
                  </button>
                  <button type="button" className="button ghost" onClick={undo} aria-keyshortcuts="Z">
                    {t('moderator.undo')}
                  </button>
                </div>
              </div>
              <div className="console-secondary">
                {current.status === 'pending' && current.kind === 'sur-statement' ? (
                  <button type="button" className="button secondary small" onClick={() => act(() => skipSlot(db, session.id, current.id))}>
                    {t('moderator.statement.notMade')}
                  </button>
                ) : null}
                {current.kind === 'panellist' ? (
                  <button type="button" className="button secondary small" onClick={() => setAbsentId(current.id)}>
                    {t('moderator.markAbsent')}
                  </button>
                ) : null}
                {current.status === 'pending' && current.kind !== 'sur-statement' ? (
                  <button type="button" className="button ghost small" onClick={() => act(() => skipSlot(db, session.id, current.id))}>
                    {t('moderator.skip')}
                  </button>
                ) : null}
                {upcoming && live ? (
                  <p className="muted small up-next">
                    {t('moderator.upNext')}: <span className="strong">{slotName(upcoming, speakers, language, t)}</span>
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
            {message ?? ''}
          </p>
        </section>
        <SpeakerOrder
          slots={slots}
          currentId={current?.id ?? null}
          speakers={speakers}
          present={presence?.participants ?? EMPTY_SET}
          plans={plans}
          language={language}
          now={now}
          onMove={(slotId, direction) => act(() => moveRemaining(db, session.id, slotId, direction))}
          onSkip={(slotId) => act(() => skipSlot(db, session.id, slotId))}
          onAbsent={setAbsentId}
        />
      </div>
      <aside className="moderator-side">
        <FloorQueuePanel
          slots={slots}
          missionsPresent={presence?.missions ?? EMPTY_SET}
          language={language}
          inputRef={floorInput}
          highlightId={highlightId}
          onAdd={add}
          onGive={(slotId) => act((at) => giveFloor(db, session.id, slotId, at), (s, ctx) => planGiveFloor(s, slotId, ctx))}
          onMove={(slotId, toIndex) => act(() => moveRequest(db, session.id, slotId, toIndex))}
          onRemove={(slotId) => act(() => withdrawRequest(db, session.id, slotId))}
        />
        <RunOfShowCard show={show} />
        <RoomDisplayConsoleCard control={display} />
        <div className="console-options">
          <label className="check">
            <input type="checkbox" checked={soundOn} onChange={(e) => setSound(e.target.checked)} />
            <span>{t('moderator.sound')}</span>
          </label>
          <button type="button" className="button ghost small" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            {t('moderator.shortcutsButton')}
          </button>
        </div>
      </aside>
      <AbsentDialog
        name={absentId ? name(absentId) : null}
        onClose={() => setAbsentId(null)}
        onConfirm={(reason, reasonPublic) => {
          const slotId = absentId;
          setAbsentId(null);
          if (slotId) act(() => markAbsent(db, session.id, slotId, reason, reasonPublic));
        }}
      />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
