/**
 * Backups from the console window: a snapshot of the current series (the event-file format)
 * every 5 minutes while something changed, written by the Host (main owns the disk), which
 * names it with its own clock and seals it with the laptop's backup key.
 */
import type { SessionDeskDb } from '../../db/database';
import { importEventFile } from '../../db/commands/event-file';
import { readEventSnapshot } from '../../db/queries/event-file';
import { readSettings } from '../../db/queries/settings';
import { onStoreChange } from '../../db/storage-status';
import { isUsableSeriesIdForBackups, parseBackupFileName, type BackupReason } from '../../../../common/backup-files';
import { parseEventFile, serializeEventFile } from '../../domain/event-file';
import type { Host } from '../../host';
import { registerBackupNow } from './backup-now';
import { getSeries } from '../../db/queries/series';
import { useBackupStatus, type BackupFailureKind } from './backup-status';

export const BACKUP_INTERVAL_MS = 5 * 60_000;

export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly kind: BackupFailureKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Writes a snapshot of one series; null when the series does not exist. Every outcome is
 * reported to the backup status (useBackupStatus): a failure stays on screen until a backup
 * succeeds. Throws BackupError.
 */
export async function takeBackup(db: SessionDeskDb, host: Host, seriesId: string, reason: BackupReason = 'auto'): Promise<string | null> {
  const status = useBackupStatus.getState();
  try {
    if (!isUsableSeriesIdForBackups(seriesId)) {
      throw new BackupError('series-id', `The series id "${seriesId.slice(0, 80)}" cannot name a backup file.`);
    }
    const snapshot = await readEventSnapshot(db, seriesId);
    if (!snapshot) return null;
    const info = await host.appInfo();
    const json = serializeEventFile(snapshot, { name: 'Session Desk', version: info.version }, Date.now());
    const { fileName } = await host.writeBackup({ seriesId, reason, json });
    status.succeeded(Date.now());
    return fileName;
  } catch (error) {
    const failure = error instanceof BackupError ? error : new BackupError('write', error instanceof Error ? error.message : String(error ?? 'unknown error'));
    status.failed({ kind: failure.kind, detail: failure.message, at: Date.now() });
    throw failure;
  }
}

/** Deletes one backup (the user asked); the lists refresh. */
export async function deleteBackup(host: Host, fileName: string): Promise<void> {
  await host.deleteBackup(fileName);
  useBackupStatus.getState().changed();
}

/**
 * Replaces a series with a backup of it. `open` turns the backup's sealed text into the event
 * file's text (asking for the recovery code when it was sealed on another laptop); null means
 * the user gave up, and nothing changes. The series as it is now is backed up first (kept
 * until the user deletes it), so a restore can itself be undone. A damaged backup, or a wrong
 * code, throws and changes nothing.
 */
export async function restoreBackup(db: SessionDeskDb, host: Host, fileName: string, open: (text: string) => Promise<string | null>): Promise<string | null> {
  const name = parseBackupFileName(fileName);
  if (!name) throw new Error(`Not a backup: ${fileName}`);
  const text = await open(await host.readBackup(fileName));
  if (text === null) return null;
  const parsed = parseEventFile(text);
  if (await getSeries(db, parsed.series.id)) await takeBackup(db, host, parsed.series.id, 'restore');
  const seriesId = await importEventFile(db, parsed, 'replace');
  useBackupStatus.getState().changed();
  return seriesId;
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
    // The failure is on screen already (takeBackup reported it); the console gets the details.
    log: (error) => console.error('Automatic backup failed', error),
  });
  // Expired backups (the one kept after a purge) go even if nothing changes for days.
  void host
    .pruneBackups()
    .then(() => useBackupStatus.getState().changed())
    .catch((error: unknown) => console.error('Backup clean-up failed', error));
  // Leaving or hiding the window (closing the laptop lid, quitting) is a good moment too.
  const onHide = () => {
    if (document.visibilityState === 'hidden') void schedule.flush();
  };
  document.addEventListener('visibilitychange', onHide);
  // A session just ended: features ask through backUpNow().
  const unregister = registerBackupNow((options) => schedule.flush(options));
  host.onQuit(() => schedule.flush());
  return () => {
    document.removeEventListener('visibilitychange', onHide);
    unregister();
    schedule.stop();
  };
}
