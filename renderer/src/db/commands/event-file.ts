import type { SessionDeskDb } from '../database';
import { assertSnapshotConsistent, EventFileError, rekeySnapshot, seriesSettingKey, seriesSettingPrefix, type EventSnapshot } from '../../domain/event-file';
import { isUsableSeriesId, newId } from '../../domain/core/ids';
import type { IdMaker } from '../../domain/core/ids';

/**
 * 'new-copy': fresh ids for every record, so the file becomes a series of its own, however
 *   often it is imported. 'replace': the file's own ids; the series with that id (if any) is
 *   replaced, the way a backup is restored.
 */
export type EventImportMode = 'new-copy' | 'replace';

export interface EventImportOptions {
  /** The word put after the name of a copy whose name is taken: "Name (imported)", "Name (imported 2)". */
  importedLabel?: string;
  /** For tests: how new ids are made ('new-copy'). */
  newId?: IdMaker;
}

/** "Name", or "Name (imported)", "Name (imported 2)", ... when the name is taken. */
export function copyName(name: string, taken: ReadonlySet<string>, label = 'imported'): string {
  if (!taken.has(name)) return name;
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `${name} (${label})` : `${name} (${label} ${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

function isConstraintError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, failures } = error as { name?: unknown; failures?: unknown };
  if (name === 'ConstraintError') return true;
  // Dexie's BulkError gathers the failures of a bulkAdd.
  return name === 'BulkError' && Array.isArray(failures) && failures.some((f: { name?: unknown }) => f?.name === 'ConstraintError');
}

/**
 * Writes an event file's series into the database and makes it the current series.
 * Returns the id of the series written.
 *
 * Invariants:
 * - All or nothing: one transaction over every table; any failure leaves the database as it was.
 * - The records written hold together (checked again here, whatever the snapshot's source).
 * - 'new-copy' never touches an existing record: every id is new, every reference remapped.
 * - 'replace' first deletes the series' old sessions, slots, participants, check-ins and
 *   series settings, so nothing of the old version outlives the import. A record id of the
 *   file that belongs to another series aborts it with EventFileError 'id-conflict'.
 * - `settings.currentSeriesId` names the series written.
 * - A series id the app cannot use (isUsableSeriesId: it names the backup files) is never
 *   written: such a file is imported as a new copy, under fresh ids, whatever the mode.
 */
export async function importEventFile(
  db: SessionDeskDb,
  snapshot: EventSnapshot,
  mode: EventImportMode = 'new-copy',
  options: EventImportOptions = {},
): Promise<string> {
  assertSnapshotConsistent(snapshot);
  if (!isUsableSeriesId(snapshot.series.id)) mode = 'new-copy';
  const tables = [db.series, db.sessions, db.slots, db.participants, db.checkIns, db.settings];
  try {
    return await db.transaction('rw', tables, async () => {
      let records: EventSnapshot;
      if (mode === 'new-copy') {
        const names = new Set<string>();
        await db.series.each((s) => void names.add(s.name));
        const name = copyName(snapshot.series.name, names, options.importedLabel);
        records = rekeySnapshot(snapshot, options.newId ?? newId, name).snapshot;
      } else {
        records = snapshot;
        const seriesId = snapshot.series.id;
        await db.sessions.where('seriesId').equals(seriesId).delete();
        await db.slots.where('seriesId').equals(seriesId).delete();
        await db.participants.where('seriesId').equals(seriesId).delete();
        await db.checkIns.where('seriesId').equals(seriesId).delete();
        await db.settings.where('key').startsWith(seriesSettingPrefix(seriesId)).delete();
        await db.series.delete(seriesId);
      }
      const seriesId = records.series.id;
      await db.series.add(records.series);
      await db.sessions.bulkAdd(records.sessions);
      await db.slots.bulkAdd(records.slots);
      await db.participants.bulkAdd(records.participants);
      await db.checkIns.bulkAdd(records.checkIns);
      await db.settings.bulkAdd(Object.entries(records.settings).map(([name, value]) => ({ key: seriesSettingKey(seriesId, name), value })));
      await db.settings.put({ key: 'currentSeriesId', value: seriesId });
      return seriesId;
    });
  } catch (error) {
    if (mode === 'replace' && isConstraintError(error)) {
      throw new EventFileError(
        'id-conflict',
        'The event file cannot replace its series here: some of its records have the ids of records of another series. Import it as a new copy instead.',
      );
    }
    throw error;
  }
}
