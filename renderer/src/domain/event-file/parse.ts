/**
 * Reading an event file: size, JSON, envelope, version (newer files refused, older ones
 * migrated), the strict schema, then the references between records. Throws an
 * EventFileError; never returns a partly valid snapshot.
 */
import type { z } from 'zod';
import { EventFileError, formatPath, IssueList } from './errors';
import { migrateEventFile, type RawEventFile } from './migrations';
import { EVENT_FILE_FORMAT, EVENT_FILE_MAX_BYTES, EVENT_FILE_VERSION, eventFileSchema } from './schema';
import { findSnapshotProblems, type ParsedEventFile } from './snapshot';
import { findLimitProblems } from './limits';

type ZodIssue = z.core.$ZodIssue;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a string", "a number", "null", "missing" ... for the value found where another was expected. */
function describeFound(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return typeof input;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function shortValue(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

/** An English sentence for a schema issue; found values are echoed only when they are short codes. */
export function describeSchemaIssue(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `missing: expected ${expected}`;
      return `expected ${expected}, found ${describeFound(issue.input)}`;
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => shortValue(v)).join(', ');
      const found =
        typeof issue.input === 'string' || typeof issue.input === 'number' ? `, found ${shortValue(issue.input)}` : `, found ${describeFound(issue.input)}`;
      return issue.values.length === 1 ? `expected ${options}${found}` : `expected one of ${options}${found}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => shortValue(k)).join(', ');
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}: version ${EVENT_FILE_VERSION} of the format has no such field`;
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      if (issue.origin === 'number') return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'string') return `too long: at most ${String(issue.maximum)} characters`;
      return issue.message;
    case 'invalid_key':
      return 'not a setting name: letters, digits, ".", "_" and "-" only';
    case 'invalid_union':
      return 'expected a JSON value';
    case 'invalid_format':
      return issue.format === 'datetime' ? 'expected a date and time in ISO 8601, UTC, e.g. "2018-04-11T09:30:00.000Z"' : issue.message;
    default:
      return issue.message;
  }
}

/** Does broken JSON look like an event file that was cut short or corrupted (rather than some other file)? */
function looksLikeEventFile(text: string): boolean {
  const head = text.slice(0, 2000);
  return /^\s*\{/.test(head) && head.includes(`"${EVENT_FILE_FORMAT}"`);
}

function writtenBy(raw: Record<string, unknown>): string | undefined {
  const app = raw['app'];
  if (!isPlainObject(app)) return undefined;
  const { name, version } = app;
  if (typeof name !== 'string' || typeof version !== 'string') return undefined;
  return `${name} ${version}`.slice(0, 120);
}

/**
 * Reads an event file's text. Returns the snapshot and its header, or throws EventFileError:
 * 'too-large', 'not-json', 'not-an-event-file', 'newer-version' or 'damaged'.
 */
export function parseEventFile(text: string): ParsedEventFile {
  if (text.length > EVENT_FILE_MAX_BYTES) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
    throw new EventFileError('too-large', `The file is too large to be an event file (${mb(text.length)}; the limit is ${mb(EVENT_FILE_MAX_BYTES)}).`, {
      size: text.length,
      limit: EVENT_FILE_MAX_BYTES,
    });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new EventFileError('not-json', 'The file is empty: it is not a Session Desk event file.');

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (looksLikeEventFile(body)) {
      const issues = new IssueList();
      issues.add('', `the file is cut short or its text is corrupted, so it cannot be read (${reason})`);
      throw issues.toError();
    }
    throw new EventFileError('not-json', `The file is not a Session Desk event file: it is not JSON text (${reason}).`);
  }

  if (!isPlainObject(raw) || raw['format'] !== EVENT_FILE_FORMAT) {
    const format = isPlainObject(raw) && typeof raw['format'] === 'string' ? ` (its format is ${shortValue(raw['format'])})` : '';
    throw new EventFileError('not-an-event-file', `The file is JSON but not a Session Desk event file${format}.`);
  }

  const version = raw['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const issues = new IssueList();
    issues.add('formatVersion', `expected a whole number from 1, found ${shortValue(version)}`);
    throw issues.toError();
  }
  if (version > EVENT_FILE_VERSION) {
    const by = writtenBy(raw);
    throw new EventFileError(
      'newer-version',
      `The event file was written by a newer version of Session Desk${by ? ` (${by})` : ''}: its format version is ${version}, and this app reads up to version ${EVENT_FILE_VERSION}. Update Session Desk to open it.`,
      { fileVersion: version, supportedVersion: EVENT_FILE_VERSION, ...(by ? { writtenBy: by } : {}) },
    );
  }

  const tooDeepOrLong = findLimitProblems(raw);
  if (!tooDeepOrLong.empty) throw tooDeepOrLong.toError();

  const current = migrateEventFile(raw as RawEventFile);
  const result = eventFileSchema.safeParse(current, { reportInput: true });
  if (!result.success) {
    const issues = new IssueList();
    for (const issue of result.error.issues) issues.add(formatPath(issue.path), describeSchemaIssue(issue));
    throw issues.toError();
  }
  const file = result.data;
  const snapshot = {
    series: file.series,
    sessions: file.sessions,
    slots: file.slots,
    participants: file.participants,
    checkIns: file.checkIns,
    settings: file.settings,
  };
  const problems = findSnapshotProblems(snapshot);
  if (!problems.empty) throw problems.toError();
  return {
    ...snapshot,
    header: { formatVersion: version, exportedAt: file.exportedAt, app: file.app },
  };
}
