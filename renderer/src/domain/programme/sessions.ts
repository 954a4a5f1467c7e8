/** Sessions and their slots: how they are made, checked and copied. Pure functions. */
import type { IdMaker } from '../core/ids';
import type { IsoDate, Series, Session, Slot, SlotKind, StateCode, TimeOfDay } from '../core/model';
import { allottedFor } from './series';
import { isIsoDate } from './series';
import { keyForMove, keysAtEnd, sortByOrder } from './slot-order';
import { stateByCode } from '../states/states';
import { tidyText } from '../core/text';

export interface SessionInput {
  stateCode: StateCode;
  date: IsoDate;
  start: TimeOfDay;
  end: TimeOfDay;
  room: string;
  moderator: string;
}

export type SessionProblem = 'state-required' | 'date-invalid' | 'date-outside-series' | 'start-invalid' | 'end-invalid' | 'end-before-start';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeOfDay(value: string): value is TimeOfDay {
  return TIME.test(value);
}

export function minutesOfDay(time: TimeOfDay): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Every problem with a session as typed, so the form shows them together. */
export function validateSession(input: SessionInput, series: Pick<Series, 'startDate' | 'endDate'>): SessionProblem[] {
  const problems: SessionProblem[] = [];
  if (!stateByCode(input.stateCode)) problems.push('state-required');
  if (!isIsoDate(input.date)) problems.push('date-invalid');
  else if (input.date < series.startDate || input.date > series.endDate) problems.push('date-outside-series');
  if (!isTimeOfDay(input.start)) problems.push('start-invalid');
  if (!isTimeOfDay(input.end)) problems.push('end-invalid');
  if (isTimeOfDay(input.start) && isTimeOfDay(input.end) && minutesOfDay(input.end) <= minutesOfDay(input.start)) {
    problems.push('end-before-start');
  }
  return problems;
}

export function makeSession(input: SessionInput, seriesId: string, newId: IdMaker, now: number): Session {
  return {
    id: newId(),
    seriesId,
    stateCode: input.stateCode.toUpperCase(),
    date: input.date,
    start: input.start,
    end: input.end,
    room: tidyText(input.room),
    moderator: tidyText(input.moderator),
    updatedAt: now,
  };
}

/** The programme a new session starts with; panellists are added by the organiser. */
export const STARTING_SLOT_KINDS: readonly SlotKind[] = ['opening', 'sur-statement', 'moderator-questions', 'floor', 'closing'];

/** Where each kind of slot stands in a Pre-session's programme. */
const KIND_RANK: Readonly<Record<SlotKind, number>> = {
  opening: 0,
  'sur-statement': 1,
  panellist: 2,
  'moderator-questions': 3,
  floor: 4,
  closing: 5,
};

/**
 * The key for a new slot of `kind`: after the last slot whose kind comes before it or is the
 * same (a new panellist after the last panellist, not after the closing; a floor block after
 * another block's queue), else first. Only the new slot's key is made: nothing else moves.
 */
export function keyForNewSlot(slots: readonly Pick<Slot, 'id' | 'order' | 'kind'>[], kind: SlotKind): string {
  const sorted = sortByOrder(slots);
  let at = -1;
  sorted.forEach((slot, index) => {
    if (KIND_RANK[slot.kind] <= KIND_RANK[kind]) at = index;
  });
  // No slot has this id: every slot stays among the others, and the key lands at `at + 1`.
  return keyForMove(sorted, '', at + 1);
}

export function makeSlot(
  fields: {
    sessionId: string;
    seriesId: string;
    kind: SlotKind;
    order: string;
    participantId?: string | null;
    label?: string;
    allottedSec: number;
    stateCode?: StateCode | null;
  },
  newId: IdMaker,
  now: number,
): Slot {
  return {
    id: newId(),
    sessionId: fields.sessionId,
    seriesId: fields.seriesId,
    order: fields.order,
    kind: fields.kind,
    participantId: fields.participantId ?? null,
    label: tidyText(fields.label ?? ''),
    allottedSec: fields.allottedSec,
    status: 'pending',
    startedAt: null,
    elapsedBeforeMs: 0,
    stateCode: fields.stateCode ?? null,
    log: [],
    themes: [],
    updatedAt: now,
  };
}

export function startingSlots(session: Session, series: Series, newId: IdMaker, now: number): Slot[] {
  const keys = keysAtEnd([], STARTING_SLOT_KINDS.length);
  return STARTING_SLOT_KINDS.map((kind, i) =>
    makeSlot({ sessionId: session.id, seriesId: series.id, kind, order: keys[i] ?? `a${i}`, allottedSec: allottedFor(kind, series.defaults) }, newId, now),
  );
}

/**
 * A copy of a session to use as a template: same times, room, moderator and slot structure,
 * as a fresh programme (nothing spoken, no timings). Panellists are kept only when asked:
 * a template for another State under Review usually has other speakers.
 */
export function duplicateSession(
  session: Session,
  slots: readonly Slot[],
  options: { keepSpeakers: boolean; date?: IsoDate; stateCode?: StateCode },
  newId: IdMaker,
  now: number,
): { session: Session; slots: Slot[] } {
  const copy: Session = { ...session, id: newId(), date: options.date ?? session.date, stateCode: options.stateCode ?? session.stateCode, updatedAt: now };
  const copies = sortByOrder(slots).map((slot) =>
    makeSlot(
      {
        sessionId: copy.id,
        seriesId: copy.seriesId,
        kind: slot.kind,
        order: slot.order,
        participantId: options.keepSpeakers ? slot.participantId : null,
        label: slot.label,
        allottedSec: slot.allottedSec,
      },
      newId,
      now,
    ),
  );
  return { session: copy, slots: copies };
}

/** Allotted seconds of a session's programme, for the planned length shown beside its hour. */
export function plannedSeconds(slots: readonly Pick<Slot, 'allottedSec' | 'status'>[]): number {
  return slots.filter((s) => s.status !== 'skipped').reduce((sum, s) => sum + s.allottedSec, 0);
}

/** Parses "6", "6:30", "06:30" or "390s" into seconds; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  const seconds = /^(\d{1,4})\s*s$/i.exec(value);
  if (seconds) return Number(seconds[1]);
  const minutes = /^(\d{1,3})(?::([0-5]\d))?$/.exec(value);
  if (!minutes) return null;
  return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
}
