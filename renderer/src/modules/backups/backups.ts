/**
 * Automatic backups from the console window: a snapshot of the current series (the event-file
 * format) every 5 minutes while something changed, written by the Host (main owns the disk).
 */
import type { SessionDeskDb } from '../../db/database';
import { importEventFile } from '../../db/commands/event-file';
import { readEventSnapshot } from '../../db/queries/event-file';
import { readSettings } from '../../db/queries/settings';
import { onStoreChange } from '../../db/storage-status';
import { backupFileName, parseBackupFileName } from '../../../../common/backup-files';
import { parseEventFile, serializeEventFile } from '../../domain/event-file';
import type { Host } from '../../host';
import { registerBackupNow } from './backup-now';
import { getSeries } from '../../db/queries/series';

export const BACKUP_INTERVAL_MS = 5 * 60_000;

/** Writes a snapshot of one series; null when the series does not exist. */
export async function takeBackup(db: SessionDeskDb, host: Host, seriesId: string, now = Date.now()): Promise<string | null> {
  const snapshot = await readEventSnapshot(db, seriesId);
  if (!snapshot) return null;
  const info = await host.appInfo();
  const fileName = backupFileName(seriesId, now);
  await host.writeBackup({ fileName, json: serializeEventFile(snapshot, { name: 'Session Desk', version: info.version }, now) });
  return fileName;
}

/**
 * Replaces a series with a backup of it. The series as it is now is backed up first, so a
 * restore can itself be undone by restoring that newer backup. A damaged backup throws the
 * event file's error and changes nothing.
 */
export async function restoreBackup(db: SessionDeskDb, host: Host, fileName: string): Promise<string> {
  const name = parseBackupFileName(fileName);
  if (!name) throw new Error(`Not a backup: ${fileName}`);
  const parsed = parseEventFile(await host.readBackup(fileName));
  if (await getSeries(db, name.seriesId)) await takeBackup(db, host, name.seriesId);
  return importEventFile(db, parsed, 'replace');
}

export interface AutomaticBackupDeps {
  /** Backs up the current series. */
  backUp(): Promise<unknown>;
  /** Calls back on every change to the store, from this window or another. */
  onStoreChange(listener: () => void): () => void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  log(error: unknown): void;
}

export interface FlushOptions {
  /** Back up even when nothing changed since the last backup (a session just ended). */
  force?: boolean;
}

export interface BackupSchedule {
  stop: () => void;
  /** Backs up now if something changed (or when forced); waits for a backup already under way. */
  flush: (options?: FlushOptions) => Promise<void>;
}

/** Backs up every interval while something changed; returns a function that stops it. */
export function scheduleBackups(deps: AutomaticBackupDeps, intervalMs = BACKUP_INTERVAL_MS): BackupSchedule {
  let dirty = false;
  let running: Promise<void> | null = null;
  const stopListening = deps.onStoreChange(() => {
    dirty = true;
  });
  const flush = async (options: FlushOptions = {}): Promise<void> => {
    // One backup at a time; a flush asked for meanwhile runs after it, on what changed since.
    if (running) {
      await running;
      if (!options.force && !dirty) return;
      return flush(options);
    }
    if (!dirty && !options.force) return;
    dirty = false;
    running = deps
      .backUp()
      .then(
        () => undefined,
        (error: unknown) => {
          // Try again next time: the change is still not saved anywhere else.
          dirty = true;
          deps.log(error);
        },
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const handle = deps.setInterval(() => void flush(), intervalMs);
  return {
    flush,
    stop() {
      deps.clearInterval(handle);
      stopListening();
    },
  };
}

/** Starts the schedule for the app: the current series, Dexie's change events, the window's timers. */
export function startAutomaticBackups(db: SessionDeskDb, host: Host): () => void {
  const schedule = scheduleBackups({
    backUp: async () => {
      const { currentSeriesId } = await readSettings(db);
      if (currentSeriesId) await takeBackup(db, host, currentSeriesId);
    },
    onStoreChange,
    setInterval: (fn, ms) => window.setInterval(fn, ms),
    clearInterval: (handle) => window.clearInterval(handle as number),
    log: (error) => console.error('Automatic backup failed', error),
  });
  // Leaving or hiding the window (closing the laptop lid, quitting) is a good moment too.
  const onHide = () => {
    if (document.visibilityState === 'hidden') void schedule.flush();
  };
  document.addEventListener('visibilitychange', onHide);
  // A session just ended, a purge is about to run: features ask through backUpNow().
  const unregister = registerBackupNow((options) => schedule.flush(options));
  host.onQuit(() => schedule.flush());
  return () => {
    document.removeEventListener('visibilitychange', onHide);
    unregister();
    schedule.stop();
  };
}
