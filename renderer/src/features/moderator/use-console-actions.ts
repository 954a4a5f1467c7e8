import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../runtime/contexts';
import { useRunCommand } from '../../runtime/run-command';
import {
  addToFloor,
  adjustTime,
  closeFloor,
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
  planCloseFloor,
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
import type { Session, Slot, SlotLogKind, StateCode } from '../../domain/core/model';
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
  closeFloor: () => void;
}

/**
 * Every action of the console on one session. Each goes through `act`: a mark for the bench,
 * then the command. Timer actions also pass their plan: the same pure plan, at the same `now`,
 * sent to the room display first, then shown from memory while the command writes the record,
 * which then replaces it, so a keypress is on screen in its frame, on both screens.
 */
export function useConsoleActions(session: Session, recorded: Slot[], language: Language, readOnly = false): ConsoleActions {
  const { t } = useTranslation();
  const db = useDb();
  const runCommand = useRunCommand();
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
    (kind: SlotLogKind, run: (now: number) => Promise<unknown>, plan?: (slots: Slot[], ctx: ActionContext) => ModeratorPlan) => {
      // Another station's console drives this room (use-room-hold.ts): nothing happens here.
      if (readOnly) return;
      const at = Date.now();
      // The room display first: the plan goes out before this window does any work of its own
      // for the keypress (its state updates, React's render, the write), so the projector is
      // never behind the console. The record follows through Dexie.
      const planned = plan ? applyPlanToSlots(slots, plan(slots, { now: at, newId, action: 'pending' })) : null;
      if (planned) {
        postRoomDisplayMessage({ type: 'slots', sessionId: session.id, slots: planned, at });
        // Read by `npm run bench` (display.follow.dom): the moment the display's message left.
        benchMark('sd:display-sent');
      }
      benchMark('sd:console-key');
      awaitingPaint.current = true;
      setMessage(null);
      let shown: Overlay | null = null;
      if (planned) {
        shown = { base: recorded, slots: planned };
        setOverlay(shown);
      }
      void runCommand(t('failures.what.moderator', { action: t(`moderator.actions.${kind}`) }), () => run(at)).then((outcome) => {
        if (outcome.ok || !shown) return;
        // Not saved: what the screen and the room display showed ahead of the record goes.
        setOverlay((current) => (current === shown ? null : current));
        postRoomDisplayMessage({ type: 'slots-dropped', sessionId: session.id, at });
      });
    },
    [recorded, slots, session.id, runCommand, t, readOnly],
  );

  const id = session.id;
  return {
    slots,
    aheadOfRecord,
    message,
    highlightId,
    start: () =>
      act(
        'start',
        (at) => startSlot(db, id, undefined, at),
        (s, ctx) => planStart(s, ctx),
      ),
    pause: () => act('pause', (at) => pauseSpeaker(db, id, at), planPause),
    resume: () => act('resume', (at) => resumeSpeaker(db, id, at), planResume),
    toggle: () => act('start', (at) => toggleTimer(db, id, at), planToggle),
    next: () => act('end', (at) => nextSpeaker(db, id, at), planNext),
    undo: () =>
      act(
        'undo',
        async (at) => {
          const kind = await undoLastAction(db, id, at);
          setMessage(kind ? t('moderator.undone', { action: t(`moderator.actions.${kind}`) }) : t('moderator.nothingToUndo'));
        },
        (s, ctx) => planUndoLastAction(s, ctx).plan,
      ),
    adjust: (deltaSec) =>
      act(
        'adjust',
        (at) => adjustTime(db, id, deltaSec, at),
        (s, ctx) => planAdjust(s, deltaSec, ctx),
      ),
    skip: (slotId) => act('skip', () => skipSlot(db, id, slotId)),
    markAbsent: (slotId, reason, reasonPublic) => act('absent', () => markAbsent(db, id, slotId, reason, reasonPublic)),
    moveRemaining: (slotId, direction) => act('move', () => moveRemaining(db, id, slotId, direction)),
    addToFloor: (code) =>
      act('queued', async () => {
        const result = await addToFloor(db, id, code);
        const state = stateName(code, language);
        setHighlightId(result.slotId);
        setMessage(result.kind === 'already-queued' ? t('moderator.floor.already', { state }) : t('moderator.floor.added', { state }));
      }),
    giveFloor: (slotId) =>
      act(
        'start',
        (at) => giveFloor(db, id, slotId, at),
        (s, ctx) => planGiveFloor(s, slotId, ctx),
      ),
    moveRequest: (slotId, toIndex) => act('move', () => moveRequest(db, id, slotId, toIndex)),
    withdrawRequest: (slotId) => act('withdrawn', () => withdrawRequest(db, id, slotId)),
    closeFloor: () => act('end', (at) => closeFloor(db, id, at), planCloseFloor),
  };
}
