import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
import {
  applyPlanToSlots,
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
import type { Language } from '../../domain/core/language';
import type { Session, Slot, StateCode } from '../../domain/core/model';
import { stateName } from '../../domain/states/states';
import { postRoomDisplayMessage } from '../../modules/room-display-link/room-display-channel';
import { benchMark, benchMarkAfterPaint } from '../../ui/bench-mark';

/** A plan applied in memory over the slots it was made from, until the record catches up. */
interface Overlay {
  base: Slot[];
  slots: Slot[];
}

export interface ConsoleActions {
  /** The slots as the screen shows them: the record, or an action ahead of it. */
  slots: Slot[];
  /** The screen shows an action the record has not saved yet. */
  aheadOfRecord: boolean;
  /** The line under the controls: what an undo or a floor request did. */
  message: string | null;
  /** The floor request just added or found, to highlight. */
  highlightId: string | null;
  start: () => void;
  pause: () => void;
  resume: () => void;
  toggle: () => void;
  next: () => void;
  undo: () => void;
  adjust: (deltaSec: number) => void;
  skip: (slotId: string) => void;
  markAbsent: (slotId: string, reason: string, reasonPublic: boolean) => void;
  moveRemaining: (slotId: string, direction: -1 | 1) => void;
  addToFloor: (code: StateCode) => void;
  giveFloor: (slotId: string) => void;
  moveRequest: (slotId: string, toIndex: number) => void;
  withdrawRequest: (slotId: string) => void;
}

/**
 * Every action of the console on one session. Each goes through `act`: a mark for the bench,
 * then the command. Timer actions also pass their plan: the same pure plan, at the same `now`,
 * shown at once from memory (and sent to the room display) while the command writes the record,
 * which then replaces it, so a keypress is on screen in its frame.
 */
export function useConsoleActions(session: Session, recorded: Slot[], language: Language, readOnly = false): ConsoleActions {
  const { t } = useTranslation();
  const db = useDb();
  const [message, setMessage] = useState<string | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const awaitingPaint = useRef(false);
  // The record wins as soon as it changes: an overlay only stands for the slots it was made from.
  const slots = overlay && overlay.base === recorded ? overlay.slots : recorded;
  // An empty plan copies the same slots: not ahead.
  const aheadOfRecord = slots !== recorded && (slots.length !== recorded.length || slots.some((s, i) => s !== recorded[i]));

  // The screen has caught up with the action: mark it for the bench (keypress -> paint).
  useEffect(() => {
    if (!awaitingPaint.current) return;
    awaitingPaint.current = false;
    benchMarkAfterPaint('sd:console-painted');
  }, [slots]);

  const act = useCallback(
    (run: (now: number) => Promise<unknown>, plan?: (slots: Slot[], ctx: ActionContext) => ModeratorPlan) => {
      // Another station's console drives this room (use-room-hold.ts): nothing happens here.
      if (readOnly) return;
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
    [recorded, slots, session.id, readOnly],
  );

  const id = session.id;
  return {
    slots,
    aheadOfRecord,
    message,
    highlightId,
    start: () =>
      act(
        (at) => startSlot(db, id, undefined, at),
        (s, ctx) => planStart(s, ctx),
      ),
    pause: () => act((at) => pauseSpeaker(db, id, at), planPause),
    resume: () => act((at) => resumeSpeaker(db, id, at), planResume),
    toggle: () => act((at) => toggleTimer(db, id, at), planToggle),
    next: () => act((at) => nextSpeaker(db, id, at), planNext),
    undo: () =>
      act(
        async (at) => {
          const kind = await undoLastAction(db, id, at);
          setMessage(kind ? t('moderator.undone', { action: t(`moderator.actions.${kind}`) }) : t('moderator.nothingToUndo'));
        },
        (s, ctx) => planUndoLastAction(s, ctx).plan,
      ),
    adjust: (deltaSec) =>
      act(
        (at) => adjustTime(db, id, deltaSec, at),
        (s, ctx) => planAdjust(s, deltaSec, ctx),
      ),
    skip: (slotId) => act(() => skipSlot(db, id, slotId)),
    markAbsent: (slotId, reason, reasonPublic) => act(() => markAbsent(db, id, slotId, reason, reasonPublic)),
    moveRemaining: (slotId, direction) => act(() => moveRemaining(db, id, slotId, direction)),
    addToFloor: (code) =>
      act(async () => {
        const result = await addToFloor(db, id, code);
        const state = stateName(code, language);
        setHighlightId(result.slotId);
        setMessage(result.kind === 'already-queued' ? t('moderator.floor.already', { state }) : t('moderator.floor.added', { state }));
      }),
    giveFloor: (slotId) =>
      act(
        (at) => giveFloor(db, id, slotId, at),
        (s, ctx) => planGiveFloor(s, slotId, ctx),
      ),
    moveRequest: (slotId, toIndex) => act(() => moveRequest(db, id, slotId, toIndex)),
    withdrawRequest: (slotId) => act(() => withdrawRequest(db, id, slotId)),
  };
}
