/**
 * Automatic backups: their file names and which to keep. Shared by the Electron main process
 * (which owns the disk) and the browser Host (origin-private file system). Pure.
 *
 * A backup is an event file of one series: `backup_<seriesId>_<UTC time>.sessiondesk.json`,
 * e.g. `backup_3f2a…_20260411T093000123Z.sessiondesk.json`. The name sorts by time within a
 * series, and holds only letters, digits, "_", "-" and dots (main's backup-name rule).
 */

export interface BackupName {
  fileName: string;
  seriesId: string;
  /** Epoch ms the snapshot was taken. */
  at: number;
}

const NAME = /^backup_([A-Za-z0-9-]{1,64})_(\d{8}T\d{9}Z)\.sessiondesk\.json$/;

function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:.]/g, '');
}

function unstamp(text: string): number {
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(9, 11)}:${text.slice(11, 13)}:${text.slice(13, 15)}.${text.slice(15, 18)}Z`;
  return Date.parse(iso);
}

export function backupFileName(seriesId: string, at: number): string {
  const name = `backup_${seriesId}_${stamp(at)}.sessiondesk.json`;
  if (!NAME.test(name)) throw new Error(`Not a usable series id for a backup name: ${seriesId}`);
  return name;
}

export function parseBackupFileName(fileName: string): BackupName | null {
  const match = NAME.exec(fileName);
  if (!match?.[1] || !match[2]) return null;
  const at = unstamp(match[2]);
  return Number.isNaN(at) ? null : { fileName, seriesId: match[1], at };
}

export const KEEP_LATEST = 20;

/**
 * The backups to delete: per series, everything but the latest 20 and the latest of each day
 * (UTC). Names that are not backups are never touched.
 */
export function backupsToDelete(fileNames: readonly string[], keepLatest = KEEP_LATEST): string[] {
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
    list.sort((a, b) => b.at - a.at);
    const keep = new Set(list.slice(0, keepLatest).map((b) => b.fileName));
    const days = new Set<string>();
    for (const backup of list) {
      const day = new Date(backup.at).toISOString().slice(0, 10);
      if (!days.has(day)) {
        days.add(day);
        keep.add(backup.fileName);
      }
    }
    doomed.push(...list.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName));
  }
  return doomed;
}
