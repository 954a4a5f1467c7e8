/**
 * What an import leaves Facts and Figures without, said before importing: a column a figure
 * needs that is not mapped, and how many of the people it concerns would have no value. An
 * unmapped gender column would otherwise read as "0 represented by women" in the record.
 */
import type { Participant } from '../core/model';
import type { ColumnMapping, ImportField } from './fields';

/** The fields Facts and Figures read, and who each concerns. */
export const FIGURE_FIELDS = ['category', 'gender', 'scope', 'state'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export interface FigureGap {
  field: FigureField;
  /** No column is mapped to the field (a scope may still come from the category's words). */
  unmapped: boolean;
  /** People it concerns who would have no value; null before the rows are read. */
  missing: number | null;
  /** People it concerns: everyone for the category, CSOs and NHRIs for the gender, CSOs for the scope, missions for the State. */
  of: number | null;
}

const concerns: Record<FigureField, (p: Participant) => boolean> = {
  category: () => true,
  gender: (p) => p.category === 'cso' || p.category === 'nhri',
  scope: (p) => p.category === 'cso',
  state: (p) => p.category === 'mission',
};

const lacks: Record<FigureField, (p: Participant) => boolean> = {
  // Without a category column everyone is "Other": no CSO, NHRI or mission is counted.
  category: () => true,
  gender: (p) => p.gender === null,
  scope: (p) => p.scope === null,
  state: (p) => p.stateCode === null,
};

/**
 * The gaps of a mapping and, once planned, of the rows to import. With no rows, only the
 * unmapped columns are told (a scope is not, as the category may give it).
 */
export function figureGaps(mapping: ColumnMapping, accepted?: readonly Participant[]): FigureGap[] {
  const mapped = (field: ImportField) => mapping.includes(field);
  const gaps: FigureGap[] = [];
  for (const field of FIGURE_FIELDS) {
    const unmapped = !mapped(field);
    if (!accepted) {
      if (unmapped && field !== 'scope') gaps.push({ field, unmapped, missing: null, of: null });
      continue;
    }
    if (field === 'category' && !unmapped) continue;
    const people = accepted.filter(concerns[field]);
    const missing = people.filter(lacks[field]).length;
    if (missing > 0) gaps.push({ field, unmapped, missing, of: people.length });
  }
  return gaps;
}
