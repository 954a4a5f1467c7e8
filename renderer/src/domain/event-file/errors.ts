/**
 * Why an event file was refused. Each error has a stable `code` (the UI translates
 * `eventFile.error.<code>`), an English message, and for a damaged file the problems found,
 * each with the JSON path where it was found.
 */

export const EVENT_FILE_ERROR_CODES = [
  /** The text is not JSON at all (and does not look like a cut-short event file). */
  'not-json',
  /** JSON, but not a Session Desk event file (no `format: "session-desk/event"`). */
  'not-an-event-file',
  /** An event file from a newer app: its formatVersion is above the one this app reads. */
  'newer-version',
  /** An event file that breaks the format: wrong types, unknown fields, broken references, cut short. */
  'damaged',
  /** Larger than EVENT_FILE_MAX_BYTES. */
  'too-large',
  /** 'replace' import only: a record id of the file already belongs to another series here. */
  'id-conflict',
] as const;
export type EventFileErrorCode = (typeof EVENT_FILE_ERROR_CODES)[number];

/** One problem in a damaged file. */
export interface EventFileIssue {
  /** Where, as a JSON path from the top of the file: "participants[12].registrations[0].sessionId"; "" for the whole file. */
  path: string;
  /** What is wrong, in English. */
  message: string;
}

/** At most this many issues are kept: enough to see the pattern, short enough to read. */
export const MAX_REPORTED_ISSUES = 20;

export interface EventFileErrorDetails {
  /** 'damaged': the first MAX_REPORTED_ISSUES problems. */
  issues?: EventFileIssue[];
  /** 'damaged': how many problems there were in all (may exceed issues.length). */
  issueCount?: number;
  /** 'newer-version': the file's version, and the newest this app reads. */
  fileVersion?: number;
  supportedVersion?: number;
  /** 'newer-version': the app that wrote the file, when the file says so, e.g. "Session Desk 0.4.0". */
  writtenBy?: string;
  /** 'too-large': the size found and the limit, in characters (or bytes). */
  size?: number;
  limit?: number;
}

export class EventFileError extends Error {
  override readonly name = 'EventFileError';
  readonly code: EventFileErrorCode;
  readonly issues: EventFileIssue[];
  readonly issueCount: number;
  readonly details: EventFileErrorDetails;

  constructor(code: EventFileErrorCode, message: string, details: EventFileErrorDetails = {}) {
    super(message);
    this.code = code;
    this.issues = details.issues ?? [];
    this.issueCount = details.issueCount ?? this.issues.length;
    this.details = details;
  }
}

export function isEventFileError(error: unknown): error is EventFileError {
  return error instanceof EventFileError;
}

/** "participants", 12, "name" -> "participants[12].name". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

function describeIssue(issue: EventFileIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/**
 * A 'damaged' error. `issues` may be only the first problems found; `total` says how many
 * there were in all.
 */
export function damagedError(issues: readonly EventFileIssue[], total: number = issues.length): EventFileError {
  const kept = issues.slice(0, MAX_REPORTED_ISSUES);
  const shown = kept.slice(0, 3).map(describeIssue).join('; ');
  const more = total > 3 ? ` (and ${total - 3} more)` : '';
  const count = total === 1 ? '1 problem' : `${total} problems`;
  return new EventFileError('damaged', `The event file is damaged (${count}): ${shown}${more}.`, { issues: kept, issueCount: total });
}

/** Collects issues up to a ceiling, counting the rest, so a file broken everywhere stays cheap. */
export class IssueList {
  readonly issues: EventFileIssue[] = [];
  count = 0;

  add(path: string, message: string): void {
    this.count += 1;
    if (this.issues.length < MAX_REPORTED_ISSUES) this.issues.push({ path, message });
  }

  get empty(): boolean {
    return this.count === 0;
  }

  toError(): EventFileError {
    return damagedError(this.issues, this.count);
  }
}
