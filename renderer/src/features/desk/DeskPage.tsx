import { useCallback, useEffect, useLayoutEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { checkIn, undoCheckIn } from '../../db/commands/check-ins';
import { registerWalkIn } from '../../db/commands/walk-ins';
import { readSeriesCheckIns } from '../../db/queries/desk';
import { listParticipants } from '../../db/queries/participants';
import { readProgramme } from '../../db/queries/series';
import { activeCheckIns } from '../../domain/presence/presence';
import { walkInsToReview, type CheckInMethod } from '../../domain/presence/check-in';
import { currentSession } from '../../domain/programme/current-session';
import { buildDeskIndex, findAtDesk, findByBadgeCode, looksLikeBadgeCode, warmUpDeskSearch } from '../../domain/desk/search';
import type { WalkInInput } from '../../domain/desk/walk-in';
import { CATEGORIES, type Category, type CheckIn, type Participant, type Series, type Session } from '../../domain/core/model';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { formatClock } from '../../ui/format';
import { useNow } from '../../ui/use-now';
import { DeskResultRow, type RowLabels } from './DeskResultRow';
import { SessionCountsCard } from './SessionCountsCard';
import { SessionTarget, type TargetMode } from './SessionTarget';
import { CameraScanDialog } from './CameraScanDialog';
import { WalkInDialog } from './WalkInDialog';
import { sessionNames } from './session-label';
import { useWedgeScanner } from './use-wedge-scanner';
import './desk.css';
import { benchMark, benchMarkAfterPaint } from '../../ui/bench-mark';

/** The name this laptop's desk signs its check-ins with (several desks merge by union later). */
const STATION = 'desk-1';

interface Feedback {
  tone: 'success' | 'warning' | 'error';
  message: string;
  /** Offered after a check-in: undo it for these sessions. */
  undo?: { participant: Participant; sessionIds: string[] };
}

/**
 * Marks when a result reached the page (`<name>-committed`, the DOM holds it) and the screen
 * (`<name>-painted`, after the next frame): read by `npm run bench`.
 */
function markShown(name: string, detail: string): () => void {
  benchMark(`${name}-committed`, detail);
  return benchMarkAfterPaint(`${name}-painted`, detail);
}

/** Runs `task` when the page has nothing better to do; returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

export function DeskPage({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const ids = useId();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const participants = useLiveQuery(() => listParticipants(db, series.id), [db, series.id]);
  const programme = useLiveQuery(() => readProgramme(db, series.id), [db, series.id]);
  const events = useLiveQuery(() => readSeriesCheckIns(db, series.id), [db, series.id]);
  // Often enough to follow which session is running; each change re-renders the desk.
  const nowMs = useNow(15_000);
  const now = useMemo(() => new Date(nowMs), [nowMs]);
  const searchRef = useRef<HTMLInputElement>(null);

  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<TargetMode>('now');
  const [chosen, setChosen] = useState<string[]>([]);
  const [day, setDay] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [walkInOpen, setWalkInOpen] = useState(false);
  const [cameraOpen, setCameraOpen] = useState(false);

  const sessions = useMemo(() => (programme ?? []).map((p) => p.session), [programme]);
  const current = useMemo(() => currentSession(sessions, (programme ?? []).flatMap((p) => p.slots), now), [sessions, programme, now]);
  const targetIds = useMemo(() => (mode === 'now' ? (current ? [current.id] : []) : chosen), [mode, current, chosen]);
  const targets = useMemo(() => targetIds.map((id) => sessions.find((s) => s.id === id)).filter((s): s is Session => Boolean(s)), [targetIds, sessions]);

  const index = useMemo(() => buildDeskIndex(participants ?? []), [participants]);
  useEffect(() => whenIdle(() => warmUpDeskSearch(index)), [index]);
  const { found: matches, total: matchCount } = useMemo(() => findAtDesk(index, query, undefined, targetIds), [index, query, targetIds]);
  /** participantId -> sessionId -> the check-in in force. */
  const inForce = useMemo(() => {
    const map = new Map<string, Map<string, CheckIn>>();
    for (const event of activeCheckIns(events ?? [])) {
      const bySession = map.get(event.participantId) ?? new Map<string, CheckIn>();
      if (!bySession.has(event.sessionId)) bySession.set(event.sessionId, event);
      map.set(event.participantId, bySession);
    }
    return map;
  }, [events]);
  const presentBySession = useMemo(() => {
    const map = new Map<string, Set<string>>();
    for (const [participantId, bySession] of inForce) {
      for (const sessionId of bySession.keys()) {
        const set = map.get(sessionId) ?? new Set<string>();
        set.add(participantId);
        map.set(sessionId, set);
      }
    }
    return map;
  }, [inForce]);
  const walkIns = useMemo(() => walkInsToReview(events ?? [], participants ?? []), [events, participants]);

  useLayoutEffect(() => markShown('sd:desk-search', query), [matches, query]);

  // After the current event: a closing dialog hands focus back to its opener first.
  const focusSearch = useCallback(() => {
    setTimeout(() => searchRef.current?.focus(), 0);
  }, []);
  const names = useCallback((list: readonly string[]) => sessionNames(list.map((id) => sessions.find((s) => s.id === id)).filter((s): s is Session => Boolean(s)), language), [sessions, language]);
  const timeOf = useCallback((at: number) => formatClock(new Date(at), language), [language]);

  const doCheckIn = useCallback(
    async (participant: Participant, method: CheckInMethod) => {
      if (targetIds.length === 0) {
        setFeedback({ tone: 'error', message: t('desk.feedback.noSession') });
        return;
      }
      const result = await checkIn(db, { seriesId: series.id, participantId: participant.id, sessionIds: targetIds, station: STATION, method });
      if (result.ok) {
        setFeedback({
          tone: 'success',
          message: t('desk.feedback.checkedIn', { name: participant.name, sessions: names(result.added.map((e) => e.sessionId)) }),
          undo: { participant, sessionIds: result.added.map((e) => e.sessionId) },
        });
      } else if (result.reason === 'already-checked-in') {
        const latest = Math.max(...result.already.map((e) => e.at));
        setFeedback({ tone: 'warning', message: t('desk.feedback.already', { name: participant.name, sessions: names(result.already.map((e) => e.sessionId)), time: timeOf(latest) }) });
      } else {
        setFeedback({ tone: 'error', message: t('desk.feedback.noSession') });
      }
    },
    [db, series.id, targetIds, names, timeOf, t],
  );

  const doUndo = useCallback(
    async (participant: Participant, sessionIds: readonly string[]) => {
      const undone: string[] = [];
      for (const sessionId of sessionIds) {
        if (await undoCheckIn(db, participant.id, sessionId, STATION)) undone.push(sessionId);
      }
      if (undone.length > 0) setFeedback({ tone: 'success', message: t('desk.feedback.undone', { name: participant.name, sessions: names(undone) }) });
      focusSearch();
    },
    [db, names, t, focusSearch],
  );

  // Read by `npm run bench` (desk.checkin.commit.p95): when a check-in's outcome reached the screen.
  useLayoutEffect(() => (feedback ? markShown('sd:desk-checkin', feedback.message) : undefined), [feedback]);

  const onRowCheckIn = useCallback((p: Participant) => {
    void doCheckIn(p, 'search').then(() => {
      setQuery('');
      focusSearch();
    });
  }, [doCheckIn, focusSearch]);
  const onMode = useCallback(
    (m: TargetMode) => {
      setMode(m);
      if (m === 'chosen' && chosen.length === 0 && current) setChosen([current.id]);
    },
    [chosen.length, current],
  );
  const onRowUndo = useCallback((p: Participant) => void doUndo(p, targetIds), [doUndo, targetIds]);

  const onScan = useCallback(
    (code: string, target: EventTarget | null): boolean => {
      const person = findByBadgeCode(index, code);
      // Keys typed quickly into the search field that are no badge code: a fast typist, most
      // likely. Leave the Enter to the field (which refuses unknown codes itself).
      if (!person && target === searchRef.current) return false;
      setQuery('');
      focusSearch();
      if (!person) setFeedback({ tone: 'error', message: t('desk.feedback.unknownBadge', { code }) });
      else void doCheckIn(person, 'scan');
      return true;
    },
    [index, doCheckIn, focusSearch, t],
  );
  useWedgeScanner(onScan, !walkInOpen && !cameraOpen);

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      setQuery('');
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const byCode = findByBadgeCode(index, query);
    if (!byCode && looksLikeBadgeCode(query)) {
      // Never check in the nearest fuzzy match of a code: PS30-0999 is not PS30-9999.
      setFeedback({ tone: 'error', message: t('desk.feedback.unknownBadge', { code: query.trim() }) });
      return;
    }
    // The matches on screen are those of the query as typed now: Enter takes the one shown first.
    const top = byCode ?? matches[0];
    if (!top) return;
    void doCheckIn(top, byCode ? 'code' : 'search').then(() => setQuery(''));
  };

  const onRegisterWalkIn = async (input: WalkInInput) => {
    if (targetIds.length === 0) {
      setFeedback({ tone: 'error', message: t('desk.feedback.noSession') });
      setWalkInOpen(false);
      return;
    }
    const result = await registerWalkIn(db, series.id, input, targetIds, STATION);
    if (!result.ok) return;
    setWalkInOpen(false);
    setQuery('');
    const participant = await db.participants.get(result.participantId);
    setFeedback({
      tone: 'success',
      message: t('desk.feedback.walkedIn', { name: input.name.trim(), code: result.badgeCode, sessions: names(targetIds) }),
      undo: participant ? { participant, sessionIds: result.added.map((e) => e.sessionId) } : undefined,
    });
    focusSearch();
  };

  const labels = useMemo<RowLabels>(
    () => ({
      categories: Object.fromEntries(CATEGORIES.map((c) => [c, t(`categories.${c}`)])) as Record<Category, string>,
      checkIn: t('desk.checkIn'),
      undo: t('desk.undo'),
      checkInName: (name) => t('desk.checkInName', { name }),
      undoName: (name) => t('desk.undoName', { name }),
      checkedInAt: (time) => t('desk.checkedInAt', { time }),
      notCheckedIn: t('desk.notCheckedIn'),
      partly: (done, total) => t('desk.partlyCheckedIn', { done, total }),
      confidential: t('desk.confidential'),
      walkIn: t('desk.walkIn'),
      registeredAs: (roles) => t('desk.registeredAs', { roles }),
      notRegistered: t('desk.notRegistered'),
      badge: (code) => t('desk.badge', { code }),
      enterHint: 'Enter',
    }),
    [t],
  );

  // Per row, computed when the matches or presence change, not on every keystroke's urgent
  // render: the rows are memoised and skip re-rendering when these stay the same objects.
  const rowData = useMemo(() => {
    const data = new Map<string, { checkIns: CheckIn[]; roles: string }>();
    for (const p of matches) {
      const bySession = inForce.get(p.id);
      const checkIns = bySession ? targetIds.map((id) => bySession.get(id)).filter((c): c is CheckIn => Boolean(c)) : [];
      const roles = [...new Set(p.registrations.filter((r) => targetIds.includes(r.sessionId)).map((r) => t(`roles.${r.role}`)))].join(', ');
      data.set(p.id, { checkIns, roles });
    }
    return data;
  }, [matches, inForce, targetIds, t]);

  return (
    <>
      <PageHeader
        title={t('desk.title')}
        subtitle={participants ? t('common.participants', { count: participants.length }) : t('common.loading')}
        actions={
          <>
            <button type="button" className="button ghost" onClick={() => setCameraOpen(true)}>
              {t('desk.camera.open')}
            </button>
            <button type="button" className="button secondary" onClick={() => setWalkInOpen(true)}>
              {t('desk.walkInDialog.open')}
            </button>
          </>
        }
      />
      <div className="desk-layout">
        <section className="desk-main" aria-label={t('desk.search')}>
          <div role="search" className="desk-search">
            <label htmlFor={`${ids}-q`} className="visually-hidden">
              {t('desk.search')}
            </label>
            <input
              id={`${ids}-q`}
              ref={searchRef}
              type="search"
              className="search-input desk-search-input"
              placeholder={t('desk.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onSearchKey}
              autoComplete="off"
              spellCheck={false}
              // The desk's one field: focused on arrival so the first keystroke searches.
              autoFocus
            />
            <p className="muted small desk-scan-hint">{t('desk.scanHint')}</p>
          </div>
          <div className={`desk-feedback${feedback ? ` ${feedback.tone}` : ''}`} role="status" aria-live="polite">
            {feedback ? (
              <>
                <span>{feedback.message}</span>
                {feedback.undo ? (
                  <button
                    type="button"
                    className="button small secondary"
                    onClick={() => {
                      const undo = feedback.undo;
                      if (undo) void doUndo(undo.participant, undo.sessionIds);
                    }}
                  >
                    {t('desk.undo')}
                  </button>
                ) : null}
              </>
            ) : null}
          </div>
          {!query.trim() ? (
            <p className="desk-start muted">{t('desk.startTyping')}</p>
          ) : participants && matches.length === 0 ? (
            <EmptyState title={t('desk.noMatch', { query: query })}>
              <p className="muted">{t('desk.noMatchHelp')}</p>
              <button type="button" className="button secondary" onClick={() => setWalkInOpen(true)}>
                {t('desk.walkInDialog.open')}
              </button>
            </EmptyState>
          ) : (
            <>
              <p className="visually-hidden" aria-live="polite">
                {t('desk.results', { count: matchCount })}
              </p>
              <ul className="desk-results" aria-label={t('desk.results', { count: matchCount })}>
                {matches.map((p, i) => (
                  <DeskResultRow
                    key={p.id}
                    participant={p}
                    checkIns={rowData.get(p.id)?.checkIns ?? NO_CHECK_INS}
                    targetCount={targetIds.length}
                    roles={rowData.get(p.id)?.roles ?? ''}
                    isWalkIn={walkIns.has(p.id)}
                    isTop={i === 0}
                    language={language}
                    labels={labels}
                    formatTime={timeOf}
                    onCheckIn={onRowCheckIn}
                    onUndo={onRowUndo}
                  />
                ))}
              </ul>
              {matchCount > matches.length ? <p className="desk-more muted small">{t('desk.moreMatches', { count: matchCount, shown: matches.length })}</p> : null}
            </>
          )}
        </section>
        <aside className="desk-side" aria-label={t('desk.counts.title')}>
          <SessionTarget
            sessions={sessions}
            current={current}
            mode={mode}
            onMode={onMode}
            chosen={chosen}
            onChosen={setChosen}
            day={day ?? current?.date ?? sessions[0]?.date ?? ''}
            onDay={setDay}
          />
          {targets.map((session) => (
            <SessionCountsCard key={session.id} session={session} participants={participants ?? []} present={presentBySession.get(session.id) ?? EMPTY_SET} />
          ))}
        </aside>
      </div>
      {cameraOpen ? (
        <CameraScanDialog
          onCode={(code) => {
            setCameraOpen(false);
            const person = findByBadgeCode(index, code);
            if (person) void doCheckIn(person, 'scan');
            else setFeedback({ tone: 'error', message: t('desk.feedback.unknownBadge', { code }) });
            focusSearch();
          }}
          onClose={() => {
            setCameraOpen(false);
            focusSearch();
          }}
        />
      ) : null}
      {walkInOpen ? (
        <WalkInDialog
          initialName={matches.length === 0 ? query.trim() : ''}
          participants={participants ?? []}
          onRegister={onRegisterWalkIn}
          onUseExisting={(p) => {
            setWalkInOpen(false);
            void doCheckIn(p, 'search').then(() => {
              setQuery('');
              focusSearch();
            });
          }}
          onClose={() => {
            setWalkInOpen(false);
            focusSearch();
          }}
        />
      ) : null}
    </>
  );
}

const EMPTY_SET: ReadonlySet<string> = new Set();
const NO_CHECK_INS: CheckIn[] = [];
