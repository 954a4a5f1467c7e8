import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { checkIn, undoCheckIn } from '../../db/commands/check-ins';
import { registerWalkIn } from '../../db/commands/walk-ins';
import type { CheckInMethod } from '../../domain/presence/check-in';
import type { WalkInInput } from '../../domain/desk/walk-in';
import type { Participant, Session } from '../../domain/core/model';
import type { Language } from '../../domain/core/language';
import { formatClock } from '../../ui/format';
import { sessionNames } from './session-label';
import { useStation } from '../../runtime/use-station';

export interface DeskFeedback {
  tone: 'success' | 'warning' | 'error';
  message: string;
  /** Offered after a check-in: undo it for these sessions. */
  undo?: { participant: Participant; sessionIds: string[] };
}

export interface DeskActions {
  feedback: DeskFeedback | null;
  /** Says something at the desk's feedback line (an unknown badge, no session chosen). */
  say: (feedback: DeskFeedback) => void;
  checkInPerson: (participant: Participant, method: CheckInMethod) => Promise<void>;
  undo: (participant: Participant, sessionIds: readonly string[]) => Promise<void>;
  /** Registers a walk-in; answers whether the dialog may close. */
  registerWalkIn: (input: WalkInInput) => Promise<boolean>;
}

/**
 * What the desk does: check in, undo, register a walk-in, each to the sessions targeted now,
 * and the feedback line that says how it went.
 */
export function useDeskActions(seriesId: string, targetIds: readonly string[], sessions: readonly Session[], language: Language): DeskActions {
  const { t } = useTranslation();
  const db = useDb();
  const [feedback, setFeedback] = useState<DeskFeedback | null>(null);
  // Check-ins and walk-ins carry this station's id (made at first start, so never missing once loaded).
  const station = useStation()?.id ?? '';

  const names = useCallback(
    (list: readonly string[]) =>
      sessionNames(
        list.map((id) => sessions.find((s) => s.id === id)).filter((s): s is Session => Boolean(s)),
        language,
      ),
    [sessions, language],
  );

  const checkInPerson = useCallback(
    async (participant: Participant, method: CheckInMethod) => {
      if (targetIds.length === 0) {
        setFeedback({ tone: 'error', message: t('desk.feedback.noSession') });
        return;
      }
      const result = await checkIn(db, { seriesId, participantId: participant.id, sessionIds: targetIds, station, method });
      if (result.ok) {
        const added = result.added.map((e) => e.sessionId);
        setFeedback({
          tone: 'success',
          message: t('desk.feedback.checkedIn', { name: participant.name, sessions: names(added) }),
          undo: { participant, sessionIds: added },
        });
      } else if (result.reason === 'already-checked-in') {
        const latest = Math.max(...result.already.map((e) => e.at));
        const time = formatClock(new Date(latest), language);
        setFeedback({
          tone: 'warning',
          message: t('desk.feedback.already', { name: participant.name, sessions: names(result.already.map((e) => e.sessionId)), time }),
        });
      } else {
        setFeedback({ tone: 'error', message: t('desk.feedback.noSession') });
      }
    },
    [db, seriesId, targetIds, names, language, t, station],
  );

  const undo = useCallback(
    async (participant: Participant, sessionIds: readonly string[]) => {
      const undone: string[] = [];
      for (const sessionId of sessionIds) {
        if (await undoCheckIn(db, participant.id, sessionId, station)) undone.push(sessionId);
      }
      if (undone.length > 0) setFeedback({ tone: 'success', message: t('desk.feedback.undone', { name: participant.name, sessions: names(undone) }) });
    },
    [db, names, t, station],
  );

  const registerWalkInHere = useCallback(
    async (input: WalkInInput) => {
      if (targetIds.length === 0) {
        setFeedback({ tone: 'error', message: t('desk.feedback.noSession') });
        return true;
      }
      const result = await registerWalkIn(db, seriesId, input, targetIds, station);
      if (!result.ok) return false;
      setFeedback({
        tone: 'success',
        message: t('desk.feedback.walkedIn', { name: result.participant.name, code: result.badgeCode, sessions: names(targetIds) }),
        undo: { participant: result.participant, sessionIds: result.added.map((e) => e.sessionId) },
      });
      return true;
    },
    [db, seriesId, targetIds, names, t, station],
  );

  return { feedback, say: setFeedback, checkInPerson, undo, registerWalkIn: registerWalkInHere };
}
