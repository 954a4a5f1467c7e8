/**
 * Limits on the shape of an event file, checked on the parsed JSON before the schema. The
 * schema's validators recurse into nested values, so a settings value nested thousands deep
 * would overflow the stack (a RangeError) instead of getting the validator's own message;
 * this walk uses a list of its own, never the call stack. Text lengths of the records' fields
 * are capped by the schema (MAX_TEXT_LENGTH); text inside settings values is capped here.
 */
import { formatPath, IssueList } from './errors';

/** Nesting anywhere in the file: the records need 6 levels, a series setting a few more. */
export const MAX_NESTING_DEPTH = 32;
/** A name, organisation, label or reason: far more than any real one, far less than a megabyte. */
export const MAX_TEXT_LENGTH = 2000;
/** A text inside a series setting: the series logo is a data URL of up to 512 KB of image. */
export const MAX_SETTING_TEXT_LENGTH = 1024 * 1024;

/** Problems of nesting and of overlong text in settings values; empty when the shape is within the limits. */
export function findLimitProblems(raw: unknown): IssueList {
  const issues = new IssueList();
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: raw, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof value === 'string') {
      if (path[0] === 'settings' && value.length > MAX_SETTING_TEXT_LENGTH)
        issues.add(formatPath(path), `too long: at most ${MAX_SETTING_TEXT_LENGTH} characters`);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_NESTING_DEPTH) {
      // Nothing below is read: the first level too deep is reported, once per branch.
      issues.add(formatPath(path), `nested too deep: at most ${MAX_NESTING_DEPTH} levels of lists and objects`);
      continue;
    }
    if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
  }
  return issues;
}
