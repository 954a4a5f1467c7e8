import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckIn, Participant, Session } from '../../domain/core/model';
import { expectedSessions } from '../../domain/desk/door';
import { sessionLabel } from './session-label';
import type { TargetMode } from './SessionTarget';
import type { Language } from '../../domain/core/language';
import { EmptyState } from '../../ui/EmptyState';
import { useCategoryLabels } from '../../ui/ParticipantSelects';
import { formatClock } from '../../ui/format';
import { genderContext } from '../../i18n/gender-context';
import { DeskResultRow, type RowLabels } from './DeskResultRow';

const NO_CHECK_INS: CheckIn[] = [];

/**
 * What the desk found for the query: the best matches as large rows (the first is what Enter
 * checks in), how many matched in all, or what to do when nothing did.
 */
export function DeskResults(props: {
  query: string;
  matches: readonly Participant[];
  matchCount: number;
  /** False until the registry is read: "no match" is not said before. */
  loaded: boolean;
  /** participantId -> sessionId -> the check-in in force. */
  inForce: ReadonlyMap<string, ReadonlyMap<string, CheckIn>>;
  /** The sessions at the door (mode 'now') or chosen at the desk. */
  targets: readonly Session[];
  mode: TargetMode;
  walkIns: ReadonlySet<string>;
  language: Language;
  onCheckIn: (p: Participant) => void;
  onUndo: (p: Participant) => void;
  onWalkIn: () => void;
}) {
  const { t } = useTranslation();
  const { matches, inForce, targets, mode, language } = props;
  const categories = useCategoryLabels();
  const labels = useMemo<RowLabels>(
    () => ({
      categories,
      checkIn: t('desk.checkIn'),
      undo: t('desk.undo'),
      checkInName: (name) => t('desk.checkInName', { name }),
      undoName: (name) => t('desk.undoName', { name }),
      checkedInAt: (time, gender) => t('desk.checkedInAt', { time, context: genderContext(gender) }),
      notCheckedIn: (gender) => t('desk.notCheckedIn', { context: genderContext(gender) }),
      partly: (done, total, gender) => t('desk.partlyCheckedIn', { count: done, total, context: genderContext(gender) }),
      confidential: t('desk.confidential'),
      walkIn: (gender) => t('desk.walkIn', { context: genderContext(gender) }),
      registeredAs: (roles, gender) => t('desk.registeredAs', { roles, context: genderContext(gender) }),
      notRegistered: (gender) => t('desk.notRegistered', { context: genderContext(gender) }),
      badge: (code) => t('desk.badge', { code }),
      enterHint: 'Enter',
    }),
    [t, categories],
  );
  const formatTime = useMemo(() => (at: number) => formatClock(new Date(at), language), [language]);

  // Per row, computed when the matches or presence change: the rows are memoised and skip
  // re-rendering when these stay the same objects. A row is about the sessions a check-in of
  // that person would go to (between two sessions, the one they are registered for).
  const rowData = useMemo(() => {
    const several = targets.length > 1;
    const data = new Map<string, { checkIns: CheckIn[]; expected: number; roles: string }>();
    for (const p of matches) {
      const expected = expectedSessions(p, targets, mode);
      const bySession = inForce.get(p.id);
      const checkIns = bySession ? expected.map((id) => bySession.get(id)).filter((c): c is CheckIn => Boolean(c)) : [];
      const registrations = p.registrations.filter((r) => targets.some((s) => s.id === r.sessionId));
      const roles = several
        ? registrations
            .map((r) => {
              const session = targets.find((s) => s.id === r.sessionId);
              return session ? `${t(`roles.${r.role}`)} (${sessionLabel(session, language)})` : '';
            })
            .filter(Boolean)
            .join(', ')
        : [...new Set(registrations.map((r) => t(`roles.${r.role}`)))].join(', ');
      data.set(p.id, { checkIns, expected: expected.length, roles });
    }
    return data;
  }, [matches, inForce, targets, mode, language, t]);

  if (!props.query.trim()) return <p className="desk-start muted">{t('desk.startTyping')}</p>;
  if (props.loaded && matches.length === 0) {
    return (
      <EmptyState title={t('desk.noMatch', { query: props.query })}>
        <p className="muted">{t('desk.noMatchHelp')}</p>
        <button type="button" className="button secondary" onClick={props.onWalkIn}>
          {t('desk.walkInDialog.open')}
        </button>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {t('desk.results', { count: props.matchCount })}
      </p>
      <ul className="desk-results" aria-label={t('desk.results', { count: props.matchCount })}>
        {matches.map((p, i) => (
          <DeskResultRow
            key={p.id}
            participant={p}
            checkIns={rowData.get(p.id)?.checkIns ?? NO_CHECK_INS}
            targetCount={rowData.get(p.id)?.expected ?? targets.length}
            roles={rowData.get(p.id)?.roles ?? ''}
            isWalkIn={props.walkIns.has(p.id)}
            isTop={i === 0}
            language={language}
            labels={labels}
            formatTime={formatTime}
            onCheckIn={props.onCheckIn}
            onUndo={props.onUndo}
          />
        ))}
      </ul>
      {props.matchCount > matches.length ? (
        <p className="desk-more muted small">{t('desk.moreMatches', { count: props.matchCount, shown: matches.length })}</p>
      ) : null}
    </>
  );
}
