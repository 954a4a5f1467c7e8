import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../runtime/contexts';
import { readSeriesCheckIns } from '../../db/queries/desk';
import { listParticipants } from '../../db/queries/participants';
import { readProgramme } from '../../db/queries/series';
import { checkInsInForce, presenceBySession } from '../../domain/presence/presence';
import { walkInsToReview } from '../../domain/presence/check-in';
import { sessionsAtTheDoor } from '../../domain/desk/door';
import { buildDeskIndex, findAtDesk, findByBadgeCode, looksLikeBadgeCode, warmUpDeskSearch } from '../../domain/desk/search';
import type { Participant, Series, Session } from '../../domain/core/model';
import { useLanguage } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { useNow } from '../../ui/use-now';
import { benchMark, benchMarkAfterPaint } from '../../ui/bench-mark';
import { SessionCountsCard } from './SessionCountsCard';
import { SessionTarget, type TargetMode } from './SessionTarget';
import { CameraScanDialog } from './CameraScanDialog';
import { WalkInDialog } from './WalkInDialog';
import { DeskFeedbackLine } from './DeskFeedbackLine';
import { DeskResults } from './DeskResults';
import { useDeskActions } from './use-desk-actions';
import { useWedgeScanner } from './use-wedge-scanner';
import './desk.css';

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

const EMPTY_SET: ReadonlySet<string> = new Set();

/** The registration desk: one search field, the people it finds, the sessions targeted and their counts. */
export function DeskPage({ series }: { series: Series }) {
  const { t } = useTranslation();
  const db = useDb();
  const ids = useId();
  const language = useLanguage();
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
  const [walkInOpen, setWalkInOpen] = useState(false);
  const [cameraOpen, setCameraOpen] = useState(false);

  const sessions = useMemo(() => (programme ?? []).map((p) => p.session), [programme]);
  // The sessions people may be coming for now: the one running and any that overlaps it or starts soon after.
  const atDoor = useMemo(
    () =>
      sessionsAtTheDoor(
        sessions,
        (programme ?? []).flatMap((p) => p.slots),
        now,
      ),
    [sessions, programme, now],
  );
  const current = atDoor[0] ?? null;
  const atDoorIds = useMemo(() => atDoor.map((s) => s.id), [atDoor]);
  const targetIds = useMemo(() => (mode === 'now' ? atDoorIds : chosen), [mode, atDoorIds, chosen]);
  const targets = useMemo(() => targetIds.map((id) => sessions.find((s) => s.id === id)).filter((s): s is Session => Boolean(s)), [targetIds, sessions]);
  const actions = useDeskActions(series.id, targets, mode, sessions, language);
  const { checkInPerson, undo, say, feedback } = actions;

  const index = useMemo(() => buildDeskIndex(participants ?? []), [participants]);
  useEffect(() => whenIdle(() => warmUpDeskSearch(index)), [index]);
  const { found: matches, total: matchCount } = useMemo(() => findAtDesk(index, query, undefined, targetIds), [index, query, targetIds]);
  const inForce = useMemo(() => checkInsInForce(events ?? []), [events]);
  const presentBySession = useMemo(() => presenceBySession(events ?? []), [events]);
  const walkIns = useMemo(() => walkInsToReview(events ?? [], participants ?? []), [events, participants]);

  useLayoutEffect(() => markShown('sd:desk-search', query), [matches, query]);
  // Read by `npm run bench` (desk.checkin.commit.p95): when a check-in's outcome reached the screen.
  useLayoutEffect(() => (feedback ? markShown('sd:desk-checkin', feedback.message) : undefined), [feedback]);

  // After the current event: a closing dialog hands focus back to its opener first.
  const focusSearch = useCallback(() => {
    setTimeout(() => searchRef.current?.focus(), 0);
  }, []);
  const unknownBadge = useCallback((code: string) => say({ tone: 'error', message: t('desk.feedback.unknownBadge', { code }) }), [say, t]);

  const onRowCheckIn = useCallback(
    (p: Participant) => {
      void checkInPerson(p, 'search').then(() => {
        setQuery('');
        focusSearch();
      });
    },
    [checkInPerson, focusSearch],
  );
  const onRowUndo = useCallback((p: Participant) => void undo(p, targetIds).then(focusSearch), [undo, targetIds, focusSearch]);
  const onMode = useCallback(
    (m: TargetMode) => {
      setMode(m);
      if (m === 'chosen' && chosen.length === 0 && current) setChosen([current.id]);
    },
    [chosen.length, current],
  );

  const onScan = useCallback(
    (code: string, target: EventTarget | null): boolean => {
      const person = findByBadgeCode(index, code);
      // Keys typed quickly into the search field that are no badge code: a fast typist, most
      // likely. Leave the Enter to the field (which refuses unknown codes itself).
      if (!person && target === searchRef.current) return false;
      setQuery('');
      focusSearch();
      if (!person) unknownBadge(code);
      else void checkInPerson(person, 'scan');
      return true;
    },
    [index, checkInPerson, focusSearch, unknownBadge],
  );
  // Keys typed outside a text field start a new search there (the whole badge code then lands in it).
  const startSearch = useCallback((firstKey: string) => setQuery(firstKey), []);
  useWedgeScanner(onScan, !walkInOpen && !cameraOpen, searchRef, startSearch);

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
      unknownBadge(query.trim());
      return;
    }
    // The matches on screen are those of the query as typed now: Enter takes the one shown first.
    const top = byCode ?? matches[0];
    if (!top) return;
    void checkInPerson(top, byCode ? 'code' : 'search').then(() => setQuery(''));
  };

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
          <DeskFeedbackLine
            feedback={feedback}
            language={language}
            onUndo={(u) => void undo(u.participant, u.sessionIds).then(focusSearch)}
            onChoose={(c, sessionId) =>
              void checkInPerson(c.participant, c.method, [sessionId]).then(() => {
                setQuery('');
                focusSearch();
              })
            }
          />
          <DeskResults
            query={query}
            matches={matches}
            matchCount={matchCount}
            loaded={participants !== undefined}
            inForce={inForce}
            targets={targets}
            mode={mode}
            walkIns={walkIns}
            language={language}
            onCheckIn={onRowCheckIn}
            onUndo={onRowUndo}
            onWalkIn={() => setWalkInOpen(true)}
          />
        </section>
        <aside className="desk-side" aria-label={t('desk.counts.title')}>
          <SessionTarget
            sessions={sessions}
            atDoor={atDoor}
            now={now}
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
            if (person) void checkInPerson(person, 'scan');
            else unknownBadge(code);
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
          // Between two sessions a walk-in says which one they came for; else the sessions targeted.
          sessionChoice={mode === 'now' && targets.length > 1 ? targets : null}
          onRegister={async (input, chosenIds) => {
            const problem = await actions.registerWalkIn(input, chosenIds ?? targetIds);
            if (problem) return problem;
            setWalkInOpen(false);
            setQuery('');
            focusSearch();
            return null;
          }}
          onUseExisting={(p) => {
            setWalkInOpen(false);
            onRowCheckIn(p);
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
