/**
 * Row-level findings of an import: rejections (the row is not imported) and warnings (the row is
 * imported with the value left empty or defaulted). Each carries the spreadsheet row number
 * (header = row 1), a stable code, an English message and a translation key.
 */
import type { ImportField } from './fields';

export const REJECTION_CODES = ['missing-name', 'name-too-long'] as const;
export const WARNING_CODES = [
  'unknown-state',
  'ambiguous-state',
  'unknown-category',
  'unknown-gender',
  'unknown-role',
  'unknown-scope',
  'unknown-session',
  'unclear-confidential',
  'invalid-email',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type RowIssueCode = RejectionCode | WarningCode;

export interface RowIssue {
  /** Row number as the spreadsheet shows it (the header row is row 1). */
  row: number;
  code: RowIssueCode;
  severity: 'rejected' | 'warning';
  /** The field concerned. */
  field: ImportField | null;
  /** The header of the column concerned, as written in the file. */
  column: string | null;
  /** The cell text concerned (absent for missing values). */
  value: string | null;
  /** English sentence; the UI translates `messageKey` with the other properties as parameters. */
  message: string;
  messageKey: string;
}

export const MAX_NAME_LENGTH = 200;

function quoted(value: string | null): string {
  if (value === null) return '';
  return `“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;
}

export function rowIssueMessage(code: RowIssueCode, value: string | null): string {
  switch (code) {
    case 'missing-name':
      return 'No name: the row was not imported.';
    case 'name-too-long':
      return `The name is longer than ${MAX_NAME_LENGTH} characters: the row was not imported.`;
    case 'unknown-state':
      return `${quoted(value)} is not a State of the UN list: the State was left empty.`;
    case 'ambiguous-state':
      return `${quoted(value)} names more than one State: the State was left empty, to be chosen in Participants.`;
    case 'unknown-category':
      return `${quoted(value)} is not a known category: set to “Other”.`;
    case 'unknown-gender':
      return `${quoted(value)} is not a known gender: left empty.`;
    case 'unknown-role':
      return `${quoted(value)} is not a known role: the default role was used.`;
    case 'unknown-scope':
      return `${quoted(value)} is neither national nor international: left empty.`;
    case 'unknown-session':
      return `No session for ${quoted(value)}: not registered for it.`;
    case 'unclear-confidential':
      return `${quoted(value)} is not a clear yes or no: marked confidential to be safe.`;
    case 'invalid-email':
      return `${quoted(value)} does not look like an email address: kept as written.`;
  }
}

export function makeRowIssue(row: number, code: RowIssueCode, field: ImportField | null, column: string | null, value: string | null = null): RowIssue {
  const severity = (REJECTION_CODES as readonly string[]).includes(code) ? 'rejected' : 'warning';
  return { row, code, severity, field, column, value, message: rowIssueMessage(code, value), messageKey: `import.issue.${code}` };
}
