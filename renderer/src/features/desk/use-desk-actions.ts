import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { useRunCommand } from '../../runtime/run-command';
import { checkIn, undoCheckIn } from '../../db/commands/check-ins';
import { registerWalkIn } from '../../db/commands/walk-ins';
import type { WriteFailureReason } from '../../db/storage-status';
import type { CheckInMethod } from '../../domain/presence/check-in';
import type { WalkInInput } from '../../domain/desk/walk-in';
import type { Participant, Session } from '../../domain/core/model';
import type { Language } from '../../domain/core/language';
import { planDeskCheckIn, type DeskCheckInPlan } from '../../domain/desk/door';
import type { TargetMode } from './SessionTarget';
import { formatClock } from '../../ui/format';
import { sessionNames } from './session-label';
import { useStation } from '../../runtime/use-station';

export interface DeskFeedback {
  tone: 'success' | 'warning' | 'error';
  message: string;
  /** Offered after a check-in: undo it for these sessions. */
  undo?: { participant: Participant; sessionIds: string[] };
  /** Asked when the person is registered for none of the sessions at the door: check in to which? */
  choose?: { participant: Participant; sessions: Session[]; method: CheckInMethod };
}

export interface DeskActions {
  feedback: DeskFeedback | null;
  /** Says something at the desk's feedback line (an unknown badge, no session chosen). */
  say: (feedback: DeskFeedback) => void;
  /** Checks in to the sessions the desk rule picks (domain/desk/door.ts), or to `sessionIds` when a person chose them. */
  checkInPerson: (participant: Participant, method: CheckInMethod, sessionIds?: readonly string[]) => Promise<void>;
  undo: (participant: Participant, sessionIds: readonly string[]) => Promise<void>;
  /** Registers a walk-in for these sessions and checks them in; answers null when done, else what to say in the dialog (nothing was saved). */
  registerWalkIn: (input: WalkInInput, sessionIds: readonly string[]) => Promise<string | null>;
}

/**
 * What the desk does: check in (to the session each person is registered for, among those at
 * the door, or those chosen), undo, register a walk-in, and the feedback line that says how it
 * went.
 */
export function useDeskActions(seriesId: string, targets: readonly Session[], mode: TargetMode, sessions: readonly Session[], language: Language): DeskActions {
  const { t } = useTranslation();
  const db = useDb();
  const run = useRunCommand();
  const [feedback, setFeedback] = useState<DeskFeedback | null>(null);
  // Check-ins and walk-ins carry this station's id (made at first start, so never missing once loaded).
  const station = useStation()?.id ?? '';

  const notSaved = useCallback((what: string, reason: WriteFailureReason) => `${t('failures.notSaved', { what })} ${t(`failures.reasons.${reason}`)}`, [t]);
  const names = useCallback(
    (list: readonly string[]) =>
      sessionNames(
        list.map((id) => sessions.find((s) => s.id === id)).filter((s): s is Session => Boolean(s)),
        language,
      ),
    [sessions, language],
  );

  const checkInPerson = useCallback(
    async (participant: Participant, method: CheckInMethod, chosenIds?: readonly string[]) => {
      const plan: DeskCheckInPlan = chosenIds
        ? {
            kind: 'check-in',
            sessionIds: [...chosenIds],
            unregistered: chosenIds.filter((id) => !participant.registrations.some((r) => r.sessionId === id)),
          }
        : planDeskCheckIn(participant, targets, mode);
      if (plan.kind === 'no-session') {
        setFeedback({ tone: 'error', message: t('desk.feedback.noSession') });
        return;
      }
      if (plan.kind === 'choose') {
        const choices = plan.sessionIds.map((id) => sessions.find((s) => s.id === id)).filter((s): s is Session => Boolean(s));
        setFeedback({
          tone: 'warning',
          message: t('desk.feedback.chooseSession', { name: participant.name }),
          choose: { participant, sessions: choices, method },
        });
        return;
      }
      const outcome = await run(t('failures.what.checkIn', { name: participant.name }), () =>
        checkIn(db, { seriesId, participantId: participant.id, sessionIds: plan.sessionIds, station, method }),
      );
      if (!outcome.ok) {
        setFeedback({ tone: 'error', message: notSaved(t('failures.what.checkIn', { name: participant.name }), outcome.reason) });
        return;
      }
      const result = outcome.value;
      if (result.ok) {
        const added = result.added.map((e) => e.sessionId);
        const unregistered = plan.unregistered.filter((id) => added.includes(id));
        setFeedback({
          // Never silent about a session the person is not registered for.
          tone: unregistered.length > 0 ? 'warning' : 'success',
          message:
            unregistered.length > 0
              ? t('desk.feedback.checkedInUnregistered', { name: participant.name, sessions: names(added), unregistered: names(unregistered) })
              : t('desk.feedback.checkedIn', { name: participant.name, sessions: names(added) }),
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
    [db, run, seriesId, targets, mode, sessions, names, language, t, notSaved, station],
  );

  const undo = useCallback(
    async (participant: Participant, sessionIds: readonly string[]) => {
      const what = t('failures.what.undoCheckIn', { name: participant.name });
      const outcome = await run(what, async () => {
        const undone: string[] = [];
        for (const sessionId of sessionIds) {
          if (await undoCheckIn(db, participant.id, sessionId, station)) undone.push(sessionId);
        }
        return undone;
      });
      if (!outcome.ok) {
        setFeedback({ tone: 'error', message: notSaved(what, outcome.reason) });
        return;
      }
      const undone = outcome.value;
      if (undone.length > 0) setFeedback({ tone: 'success', message: t('desk.feedback.undone', { name: participant.name, sessions: names(undone) }) });
    },
    [db, run, names, t, notSaved, station],
  );

  const registerWalkInHere = useCallback(
    async (input: WalkInInput, targetIds: readonly string[]) => {
      if (targetIds.length === 0) return t('desk.feedback.noSession');
      const what = t('failures.what.walkIn', { name: input.name.trim() });
      const outcome = await run(what, () => registerWalkIn(db, seriesId, input, targetIds, station));
      if (!outcome.ok) return notSaved(what, outcome.reason);
      const result = outcome.value;
      // The dialog checked the same rules before: a refusal here is a programming error, said plainly.
      if (!result.ok) return result.problems.map((p) => t(`desk.walkInDialog.problems.${p}`)).join(' ');
      setFeedback({
        tone: 'success',
        message: t('desk.feedback.walkedIn', { name: result.participant.name, code: result.badgeCode, sessions: names(targetIds) }),
        undo: { participant: result.participant, sessionIds: result.added.map((e) => e.sessionId) },
      });
      return null;
    },
    [db, run, seriesId, names, t, notSaved, station],
  );

  return { feedback, say: setFeedback, checkInPerson, undo, registerWalkIn: registerWalkInHere };
}
