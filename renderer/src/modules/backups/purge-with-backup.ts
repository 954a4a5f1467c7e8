/**
 * Purge of a series' personal data, with its backups: a backup is taken first (the only way
 * back), the data is purged, then every other backup of the series is deleted, since each
 * one holds the names the purge removed. The first backup is kept for PURGE_GRACE_MS (its
 * expiry is in its name, so main deletes it when the time comes, or the user sooner).
 */
import type { SessionDeskDb } from '../../db/database';
import { purgePersonalData, type PurgeOutcome } from '../../db/commands/purge';
import { backupExpiresAt, parseBackupFileName } from '../../../../common/backup-files';
import type { Host } from '../../host';
import { takeBackup } from './backups';
import { useBackupStatus } from './backup-status';
import { settleBackups } from './backup-now';

export interface PurgeWithBackupOutcome extends PurgeOutcome {
  /** The backup taken before the purge, and when it goes by itself. */
  backup: { fileName: string; expiresAt: number };
  /** Older backups of the series deleted. */
  deletedBackups: number;
}

/** The purge ran, but some older backups of the series are still on the disk: the user must hear of it. */
export class BackupDeleteError extends Error {
  override readonly name = 'BackupDeleteError';
}

/** Throws (nothing purged) when the first backup cannot be taken; BackupDeleteError when older backups could not be deleted. */
export async function purgeWithBackup(db: SessionDeskDb, host: Host, seriesId: string): Promise<PurgeWithBackupOutcome> {
  const fileName = await takeBackup(db, host, seriesId, 'purge');
  const name = fileName ? parseBackupFileName(fileName) : null;
  const expiresAt = name ? backupExpiresAt(name) : null;
  if (!fileName || expiresAt === null) throw new Error('No backup could be taken before the purge.');
  const outcome = await purgePersonalData(db, seriesId);
  await settleBackups();
  let deletedBackups = 0;
  try {
    for (const backup of await host.listBackups()) {
      if (backup.seriesId !== seriesId || backup.fileName === fileName) continue;
      await host.deleteBackup(backup.fileName);
      deletedBackups += 1;
    }
  } catch (error) {
    throw new BackupDeleteError(error instanceof Error ? error.message : String(error));
  } finally {
    useBackupStatus.getState().changed();
  }
  return { ...outcome, backup: { fileName, expiresAt }, deletedBackups };
}

/** The backup kept after a purge of the series, while it is kept; null when there is none. */
export async function findPurgeBackup(host: Host, seriesId: string): Promise<{ fileName: string; expiresAt: number } | null> {
  const found = (await host.listBackups()).find((b) => b.seriesId === seriesId && b.reason === 'purge' && b.expiresAt !== null);
  return found && found.expiresAt !== null ? { fileName: found.fileName, expiresAt: found.expiresAt } : null;
}
