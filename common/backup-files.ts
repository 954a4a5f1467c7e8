/**
 * Backups: their file names and which to keep. Shared by the Electron main process (which owns
 * the disk) and the browser Host (origin-private file system). Pure.
 *
 * A backup is a sealed event file of one series (common/sealed-file.ts):
 * `backup_<seriesId>_<UTC time>[_<reason>].sessiondesk.json`, e.g.
 * `backup_3f2a…_20260411T093000123Z.sessiondesk.json` (automatic) or
 * `backup_3f2a…_20260411T093000123Z_purge.sessiondesk.json` (taken before a purge). The time is
 * the host's clock when it wrote the file, never the renderer's word. The name sorts by time
 * within a series, and holds only letters, digits, "_", "-" and dots (main's backup-name rule).
 */

/** Why a backup was taken. Automatic ones come and go; the others are kept on purpose. */
export const BACKUP_REASONS = ['auto', 'restore', 'import', 'purge'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupName {
  fileName: string;
  seriesId: string;
  /** Epoch ms the host wrote it. */
  at: number;
  reason: BackupReason;
}

/** A series id that can go into a backup's name: what the app makes (UUIDs) and little else. */
export const BACKUP_SERIES_ID = /^[A-Za-z0-9-]{1,64}$/;

const NAME = /^backup_([A-Za-z0-9-]{1,64})_(\d{8}T\d{9}Z)(?:_(restore|import|purge))?\.sessiondesk\.json$/;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Automatic backups: the latest of each hour for 48 hours... */
export const KEEP_HOURLY_MS = 48 * HOUR;
/** ...and the latest of each day (UTC) for 30 days. */
export const KEEP_DAILY_MS = 30 * DAY;
/** The backup taken before a purge holds what the purge removed: kept only this long, to undo it. */
export const PURGE_GRACE_MS = 7 * DAY;

function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:.]/g, '');
}

function unstamp(text: string): number {
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(9, 11)}:${text.slice(11, 13)}:${text.slice(13, 15)}.${text.slice(15, 18)}Z`;
  return Date.parse(iso);
}

export function isUsableSeriesIdForBackups(seriesId: string): boolean {
  return BACKUP_SERIES_ID.test(seriesId);
}

export function backupFileName(seriesId: string, at: number, reason: BackupReason = 'auto'): string {
  const name = `backup_${seriesId}_${stamp(at)}${reason === 'auto' ? '' : `_${reason}`}.sessiondesk.json`;
  if (!NAME.test(name)) throw new Error(`Not a usable series id for a backup name: ${seriesId}`);
  return name;
}

export function parseBackupFileName(fileName: string): BackupName | null {
  const match = NAME.exec(fileName);
  if (!match?.[1] || !match[2]) return null;
  const at = unstamp(match[2]);
  const reason = (match[3] ?? 'auto') as BackupReason;
  return Number.isNaN(at) ? null : { fileName, seriesId: match[1], at, reason };
}

/** When a backup is deleted by itself; null for one kept until the user deletes it (or while it is the latest). */
export function backupExpiresAt(backup: Pick<BackupName, 'at' | 'reason'>): number | null {
  return backup.reason === 'purge' ? backup.at + PURGE_GRACE_MS : null;
}

/**
 * The backups to delete at `now`. Per series:
 * - backups taken before a restore or an import that replaced the series: kept until the user
 *   deletes them;
 * - the backup taken before a purge: kept for PURGE_GRACE_MS, then deleted;
 * - automatic backups: the latest of each hour for the last 48 hours, the latest of each day
 *   (UTC) for the last 30 days, and always the newest one of the series, however old (a series
 *   nobody touched for a month still has a backup).
 * Names that are not backups are never touched.
 */
export function backupsToDelete(fileNames: readonly string[], now: number): string[] {
  const bySeries = new Map<string, BackupName[]>();
  for (const name of fileNames) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const list = bySeries.get(parsed.seriesId) ?? [];
    list.push(parsed);
    bySeries.set(parsed.seriesId, list);
  }
  const doomed: string[] = [];
  for (const list of bySeries.values()) {
    const automatic = list.filter((b) => b.reason === 'auto').sort((a, b) => b.at - a.at);
    const keep = new Set<string>();
    if (automatic[0]) keep.add(automatic[0].fileName);
    const hours = new Set<number>();
    const days = new Set<number>();
    for (const backup of automatic) {
      const age = now - backup.at;
      const hour = Math.floor(backup.at / HOUR);
      const day = Math.floor(backup.at / DAY);
      if (age <= KEEP_HOURLY_MS && !hours.has(hour)) keep.add(backup.fileName);
      if (age <= KEEP_DAILY_MS && !days.has(day)) keep.add(backup.fileName);
      hours.add(hour);
      days.add(day);
    }
    for (const backup of list) {
      if (backup.reason === 'auto') {
        if (!keep.has(backup.fileName)) doomed.push(backup.fileName);
      } else {
        const expires = backupExpiresAt(backup);
        if (expires !== null && expires <= now) doomed.push(backup.fileName);
      }
    }
  }
  return doomed;
}

/** Newest first. */
export function byNewest(a: { fileName: string }, b: { fileName: string }): number {
  return (parseBackupFileName(b.fileName)?.at ?? 0) - (parseBackupFileName(a.fileName)?.at ?? 0);
}
