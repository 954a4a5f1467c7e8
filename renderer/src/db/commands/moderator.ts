/**
 * The moderator's writes: each action reads the session's slots, asks the domain for a plan
 * (domain/moderator/actions.ts) and writes it in one transaction.
 *
 * Invariants (kept by the plans, written atomically here):
 * - at most one slot of a session is live (speaking or paused);
 * - a slot's record (`log`) only grows: each action appends one entry per slot it touches,
 *   an undo appends an entry naming the action; entries are never edited or removed (a slot
 *   the action created is deleted by its undo, with its record);
 * - an edit touches the fields it changes (status, timer fields, allotted time, order), never
 *   the rest of the slot (labels and speakers belong to the programme).
 */
import type { SessionDeskDb } from '../database';
import type { Slot, SlotLogKind, StateCode } from '../../domain/core/model';
import { newId } from '../../domain/core/ids';
import {
  planAbsent,
  planAdjust,
  planCloseFloor,
  planFloorRequest,
  planGiveFloor,
  planMoveRemaining,
  planNext,
  planPause,
  planQueueMove,
  planResume,
  planSkip,
  planStart,
  planToggle,
  planUndoLastAction,
  planWithdraw,
  type ActionContext,
  type FloorRequestResult,
  type ModeratorPlan,
} from '../../domain/moderator/actions';
import { readStation } from '../queries/stations';

/** The station this store belongs to, recorded on every moderator action. */
async function actingStationId(db: SessionDeskDb): Promise<string> {
  return (await readStation(db))?.id ?? '';
}

async function applyPlan(db: SessionDeskDb, plan: ModeratorPlan, now: number): Promise<void> {
  for (const { slotId, changes, entry } of plan.changes) {
    await db.slots
      .where('id')
      .equals(slotId)
      .modify((slot) => {
        Object.assign(slot, changes);
        slot.log = [...slot.log, entry];
        slot.updatedAt = now;
      });
  }
  if (plan.creates.length > 0) await db.slots.bulkAdd(plan.creates);
  if (plan.deletes.length > 0) await db.slots.bulkDelete(plan.deletes);
}

/** Runs one planned action on a session; returns whether anything changed. */
async function run(db: SessionDeskDb, sessionId: string, makePlan: (slots: Slot[], ctx: ActionContext) => ModeratorPlan, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.slots, db.settings, async () => {
    const slots = await db.slots.where('sessionId').equals(sessionId).toArray();
    const plan = makePlan(slots, { now, newId, action: newId(), station: await actingStationId(db) });
    await applyPlan(db, plan, now);
    return plan.changes.length + plan.creates.length + plan.deletes.length > 0;
  });
}

export const startSlot = (db: SessionDeskDb, sessionId: string, slotId?: string, now?: number) => run(db, sessionId, (s, c) => planStart(s, c, slotId), now);
export const pauseSpeaker = (db: SessionDeskDb, sessionId: string, now?: number) => run(db, sessionId, planPause, now);
export const resumeSpeaker = (db: SessionDeskDb, sessionId: string, now?: number) => run(db, sessionId, planResume, now);
/** Space: start, pause or resume, whichever applies. */
export const toggleTimer = (db: SessionDeskDb, sessionId: string, now?: number) => run(db, sessionId, planToggle, now);
export const nextSpeaker = (db: SessionDeskDb, sessionId: string, now?: number) => run(db, sessionId, planNext, now);
export const skipSlot = (db: SessionDeskDb, sessionId: string, slotId: string, now?: number) => run(db, sessionId, (s, c) => planSkip(s, slotId, c), now);
export const markAbsent = (db: SessionDeskDb, sessionId: string, slotId: string, reason: string, reasonPublic: boolean, now?: number) =>
  run(db, sessionId, (s, c) => planAbsent(s, slotId, reason, reasonPublic, c), now);
export const adjustTime = (db: SessionDeskDb, sessionId: string, deltaSec: number, now?: number) =>
  run(db, sessionId, (s, c) => planAdjust(s, deltaSec, c), now);
export const moveRemaining = (db: SessionDeskDb, sessionId: string, slotId: string, direction: -1 | 1, now?: number) =>
  run(db, sessionId, (s, c) => planMoveRemaining(s, slotId, direction, c), now);
export const withdrawRequest = (db: SessionDeskDb, sessionId: string, slotId: string, now?: number) =>
  run(db, sessionId, (s, c) => planWithdraw(s, slotId, c), now);
export const moveRequest = (db: SessionDeskDb, sessionId: string, slotId: string, toIndex: number, now?: number) =>
  run(db, sessionId, (s, c) => planQueueMove(s, slotId, toIndex, c), now);
/** Close the floor: the open block ends; missions still waiting are recorded as not reached. */
export const closeFloor = (db: SessionDeskDb, sessionId: string, now?: number) => run(db, sessionId, planCloseFloor, now);
export const giveFloor = (db: SessionDeskDb, sessionId: string, slotId: string, now?: number) => run(db, sessionId, (s, c) => planGiveFloor(s, slotId, c), now);

/** Undo (Z): reverts the latest action in force; returns what kind of action it was, or null. */
export async function undoLastAction(db: SessionDeskDb, sessionId: string, now = Date.now()): Promise<SlotLogKind | null> {
  return db.transaction('rw', db.slots, db.settings, async () => {
    const slots = await db.slots.where('sessionId').equals(sessionId).toArray();
    const { plan, undone } = planUndoLastAction(slots, { now, newId, action: newId(), station: await actingStationId(db) });
    await applyPlan(db, plan, now);
    return undone?.kind ?? null;
  });
}

/**
 * Add to floor: a request of the mission of `stateCode`, with the series' floor time.
 * Invariant: one waiting (or speaking) entry per delegation; a second request is recorded on it.
 */
export async function addToFloor(db: SessionDeskDb, sessionId: string, stateCode: StateCode, now = Date.now()): Promise<FloorRequestResult> {
  return db.transaction('rw', db.series, db.sessions, db.slots, db.settings, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error(`No session ${sessionId}`);
    const series = await db.series.get(session.seriesId);
    if (!series) throw new Error(`No series ${session.seriesId}`);
    const slots = await db.slots.where('sessionId').equals(sessionId).toArray();
    // The series' floor time is per mission: each mission's turn gets it.
    const { plan, result } = planFloorRequest(slots, { sessionId, seriesId: series.id }, stateCode.toUpperCase(), series.defaults.floor, {
      now,
      newId,
      action: newId(),
      station: await actingStationId(db),
    });
    await applyPlan(db, plan, now);
    return result;
  });
}
