/**
 * File-name rules for names that come from the renderer. Both are checked on bare names:
 * a renderer never chooses a folder, only the user does (in a dialog) or main does.
 */

/** Names Windows maps to devices whatever the extension: "NUL.json" would write nowhere. */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;

/**
 * A backup's name, e.g. "2026-04-11T09-30-00Z.sessiondesk.json": letters, digits, "-" and
 * "_" in dot-separated parts, ending in ".json". No separators, no "..", no spaces, no
 * leading dot: it can only ever name a file directly inside the backups folder.
 */
export const BACKUP_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.json$/;
export const MAX_BACKUP_FILE_NAME_LENGTH = 128;

export function isValidBackupFileName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_BACKUP_FILE_NAME_LENGTH && BACKUP_FILE_NAME.test(value) && !WINDOWS_DEVICE_NAME.test(value);
}

/**
 * A name the renderer suggests in a save dialog ("Name plates – Cameroon.pdf"). Looser than a
 * backup name, since people read it, but still a bare name that every OS accepts: no
 * separators, no characters Windows forbids, no control characters, no trailing dot or space.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_FILE_NAME = /[\u0000-\u001f\u007f<>:"/\\|?*]/;
export const MAX_SUGGESTED_NAME_LENGTH = 200;

export function isBareFileName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_SUGGESTED_NAME_LENGTH &&
    value.trim() === value &&
    !value.startsWith('.') &&
    !value.endsWith('.') &&
    !FORBIDDEN_IN_FILE_NAME.test(value) &&
    !WINDOWS_DEVICE_NAME.test(value)
  );
}
