/**
 * Bringing an older event file up to the current format version, one version at a time.
 * Version 1 is the first format, so there is nothing to migrate yet. When version 2 comes:
 * add `{ from: 1, migrate }` here, where `migrate` takes the parsed JSON of a version-1 file
 * and returns the same data shaped as version 2 (with `formatVersion: 2`). The schema then
 * checks the result as a version-2 file. Never edit a released migration.
 */
import { EVENT_FILE_VERSION } from './schema';

/** Raw JSON of an event file, only its envelope known. */
export type RawEventFile = Record<string, unknown> & { formatVersion: number };

export interface EventFileMigration {
  /** The version it reads; it writes version `from + 1`. */
  from: number;
  migrate(file: RawEventFile): RawEventFile;
}

export const EVENT_FILE_MIGRATIONS: readonly EventFileMigration[] = [];

/**
 * Applies the migrations from the file's version up to `target`. The caller has already
 * refused newer files and versions below 1.
 */
export function migrateEventFile(
  file: RawEventFile,
  migrations: readonly EventFileMigration[] = EVENT_FILE_MIGRATIONS,
  target: number = EVENT_FILE_VERSION,
): RawEventFile {
  let current = file;
  while (current.formatVersion < target) {
    const version = current.formatVersion;
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No migration of the event file from version ${version}`);
    current = step.migrate(current);
    if (current.formatVersion !== version + 1) {
      throw new Error(`The migration from version ${version} gave version ${current.formatVersion}, not ${version + 1}`);
    }
  }
  return current;
}
