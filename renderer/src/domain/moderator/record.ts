/**
 * Reading a slot's append-only record (`Slot.log`): which actions are in force (not undone),
 * which action an undo reverts next, and the timings Reports show (actual start, end, pauses,
 * overtime). Pure functions.
 */
import type { Slot, SlotLogEntry } from '../core/model';
import { elapsedMs } from './timer';

/** Action ids reverted by an undo anywhere in these slots. */
export function undoneActions(slots: readonly Pick<Slot, 'log'>[]): Set<string> {
  const undone = new Set<string>();
  for (const slot of slots) for (const entry of slot.log) if (entry.kind === 'undo' && entry.undoes) undone.add(entry.undoes);
  return undone;
}

/** The entries still in force: neither undos nor part of an undone action, oldest first. */
export function effectiveLog(log: readonly SlotLogEntry[], undone: ReadonlySet<string>): SlotLogEntry[] {
  return log.filter((e) => e.kind !== 'undo' && !undone.has(e.action)).sort((a, b) => a.at - b.at);
}

export interface LastAction {
  action: string;
  kind: SlotLogEntry['kind'];
  at: number;
  /** The slots it touched, each with the entry to revert. */
  entries: Array<{ slotId: string; entry: SlotLogEntry }>;
}

/** The latest action of a session not yet undone: what "Undo" (Z) reverts; null when none. */
export function lastUndoableAction(slots: readonly Pick<Slot, 'id' | 'log'>[]): LastAction | null {
  const undone = undoneActions(slots);
  let latest: { slotId: string; entry: SlotLogEntry } | null = null;
  for (const slot of slots) {
    for (const entry of slot.log) {
      if (entry.kind === 'undo' || undone.has(entry.action)) continue;
      if (!latest || entry.at > latest.entry.at || (entry.at === latest.entry.at && entry.id > latest.entry.id)) latest = { slotId: slot.id, entry };
    }
  }
  if (!latest) return null;
  const action = latest.entry.action;
  const entries: LastAction['entries'] = [];
  for (const slot of slots) for (const entry of slot.log) if (entry.action === action && entry.kind !== 'undo') entries.push({ slotId: slot.id, entry });
  // The entry that names the action is the one the moderator meant: a start beside an end is "Next speaker".
  return { action, kind: latest.entry.kind, at: latest.entry.at, entries };
}

export interface SlotTimings {
  /** First start in force; null if the slot never started. */
  actualStart: number | null;
  /** When it ended (end, skip or absent); null while live or pending. */
  actualEnd: number | null;
  pauses: Array<{ from: number; to: number | null }>;
  /** Milliseconds spoken. */
  spokenMs: number;
  /** Milliseconds beyond the allotted time (0 when within it). */
  overtimeMs: number;
  /** Seconds added or taken with +30 s / −30 s. */
  adjustedSec: number;
  absence: { reason: string; reasonPublic: boolean } | null;
}

/** What Reports show for a slot, from its record and its timer fields. */
export function slotTimings(slot: Pick<Slot, 'log' | 'startedAt' | 'elapsedBeforeMs' | 'allottedSec'>, undone: ReadonlySet<string>, now: number): SlotTimings {
  const log = effectiveLog(slot.log, undone);
  const pauses: SlotTimings['pauses'] = [];
  let actualStart: number | null = null;
  let actualEnd: number | null = null;
  let adjustedSec = 0;
  let absence: SlotTimings['absence'] = null;
  for (const entry of log) {
    if (entry.kind === 'start' && actualStart === null) actualStart = entry.at;
    if (entry.kind === 'pause') pauses.push({ from: entry.at, to: null });
    if (entry.kind === 'resume') {
      const open = pauses.at(-1);
      if (open && open.to === null) open.to = entry.at;
    }
    if (entry.kind === 'end' || entry.kind === 'skip' || entry.kind === 'absent' || entry.kind === 'withdrawn') actualEnd = entry.at;
    if (entry.kind === 'adjust') adjustedSec += entry.deltaSec;
    if (entry.kind === 'absent') absence = { reason: entry.reason, reasonPublic: entry.reasonPublic };
  }
  const spokenMs = elapsedMs(slot, now);
  return { actualStart, actualEnd, pauses, spokenMs, overtimeMs: Math.max(0, spokenMs - slot.allottedSec * 1000), adjustedSec, absence };
}
