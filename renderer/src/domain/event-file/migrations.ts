/**
 * Bringing an older event file up to the current format version, one version at a time.
 * Each step `{ from: N, migrate }` takes the parsed JSON of a version-N file and returns the
 * same data shaped as version N + 1; the schema then checks the result as the current
 * version. Never edit a released migration.
 */
import { EVENT_FILE_VERSION } from './schema';

/** Raw JSON of an event file, only its envelope known. */
export type RawEventFile = Record<string, unknown> & { formatVersion: number };

export interface EventFileMigration {
  /** The version it reads; it writes version `from + 1`. */
  from: number;
  migrate(file: RawEventFile): RawEventFile;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * 1 -> 2: slots gained `themes` (the human rights themes tagged in Reports); a version-1 slot
 * had none. Anything that is not a slot object is left as it is, for the schema to report.
 */
export const addSlotThemes: EventFileMigration = {
  from: 1,
  migrate(file) {
    const slots = file['slots'];
    return {
      ...file,
      formatVersion: 2,
      slots: Array.isArray(slots) ? slots.map((slot: unknown) => (isPlainObject(slot) && !('themes' in slot) ? { ...slot, themes: [] } : slot)) : slots,
    };
  },
};

/**
 * 2 -> 3: participants gained `reviewedAt` (a walk-in stays "to review" until someone confirms
 * the record in the registry); a version-2 participant had never been confirmed.
 */
export const addParticipantReviewedAt: EventFileMigration = {
  from: 2,
  migrate(file) {
    const participants = file['participants'];
    return {
      ...file,
      formatVersion: 3,
      participants: Array.isArray(participants)
        ? participants.map((p: unknown) => (isPlainObject(p) && !('reviewedAt' in p) ? { ...p, reviewedAt: null } : p))
        : participants,
    };
  },
};

/**
 * 3 -> 4: the floor became a block (a `floor` slot without a State, followed by its missions'
 * requests), a log entry kind `not-reached` was added, and a log entry may name the station whose
 * console acted (`station`, optional). Nothing to reshape: a version-3 file has no `not-reached`
 * entry and names no station, and its `floor` slots already read as blocks (no State) and
 * requests (a State), a request without a block before it running as a slot of its own.
 */
export const floorBlocksAndStations: EventFileMigration = {
  from: 3,
  migrate(file) {
    return { ...file, formatVersion: 4 };
  },
};

export const EVENT_FILE_MIGRATIONS: readonly EventFileMigration[] = [addSlotThemes, addParticipantReviewedAt, floorBlocksAndStations];

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
