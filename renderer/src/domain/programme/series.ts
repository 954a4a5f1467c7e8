import type { IsoDate, Series, SlotDurations, SlotKind } from '../core/model';
import type { IdMaker } from '../core/ids';
import { FLOOR_BLOCK_DEFAULT_SEC } from '../moderator/floor-block';
import { tidyText } from '../core/text';

/**
 * UPR Info's defaults: SuR statement 2:00, panellists 6:00 (5-7 min slots), floor 2:00 per
 * mission (each mission's turn in the floor block).
 */
export const DEFAULT_DURATIONS: SlotDurations = {
  opening: 180,
  surStatement: 120,
  panellist: 360,
  moderatorQuestions: 300,
  floor: 120,
  closing: 180,
};

/**
 * The time a new slot of the programme gets. A `floor` slot of the programme is the floor
 * block (FLOOR_BLOCK_DEFAULT_SEC); the series' `floor` time goes to each mission's turn in it.
 */
export function allottedFor(kind: SlotKind, durations: SlotDurations): number {
  switch (kind) {
    case 'opening':
      return durations.opening;
    case 'sur-statement':
      return durations.surStatement;
    case 'panellist':
      return durations.panellist;
    case 'moderator-questions':
      return durations.moderatorQuestions;
    case 'floor':
      return FLOOR_BLOCK_DEFAULT_SEC;
    case 'closing':
      return durations.closing;
  }
}

export interface NewSeriesInput {
  name: string;
  startDate: string;
  endDate: string;
  venue: string;
}

export type SeriesProblem = 'name-required' | 'start-date-invalid' | 'end-date-invalid' | 'end-before-start';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): value is IsoDate {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Checks what the user typed; returns every problem so the form can show them all at once. */
export function validateNewSeries(input: NewSeriesInput): SeriesProblem[] {
  const problems: SeriesProblem[] = [];
  if (!tidyText(input.name)) problems.push('name-required');
  if (!isIsoDate(input.startDate)) problems.push('start-date-invalid');
  if (!isIsoDate(input.endDate)) problems.push('end-date-invalid');
  if (isIsoDate(input.startDate) && isIsoDate(input.endDate) && input.endDate < input.startDate) {
    problems.push('end-before-start');
  }
  return problems;
}

export function makeSeries(input: NewSeriesInput, newId: IdMaker, now: number): Series {
  return {
    id: newId(),
    name: tidyText(input.name),
    startDate: input.startDate,
    endDate: input.endDate,
    venue: tidyText(input.venue),
    defaults: { ...DEFAULT_DURATIONS },
    createdAt: now,
    updatedAt: now,
  };
}

/** Every date of the series, first to last: the days of the programme. */
export function seriesDays(series: Pick<Series, 'startDate' | 'endDate'>): IsoDate[] {
  const days: IsoDate[] = [];
  const cursor = new Date(`${series.startDate}T00:00:00Z`);
  const end = new Date(`${series.endDate}T00:00:00Z`);
  while (cursor <= end && days.length < 366) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}
