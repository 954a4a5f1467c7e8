import path from 'node:path';
import type { BackupFileInfo } from '../../../../common/bridge-contract';
import { backupsToDelete, parseBackupFileName } from '../../../../common/backup-files';
import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { noPayload, readBackupRequest, writeBackupRequest } from '../schemas';

export interface BackupDeps {
  /** <userData>/backups */
  backupsFolder: string;
  ensureFolder(folder: string): Promise<void>;
  writeFileAtomic(filePath: string, data: string): Promise<void>;
  listFolder(folder: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number; mtimeMs: number }>;
  readText(filePath: string): Promise<string>;
  removeFile(filePath: string): Promise<void>;
  log(message: string): void;
}

/** The path of a bare backup name inside the folder; refuses anything that would leave it. */
function insideBackups(deps: BackupDeps, fileName: string): string {
  const target = path.join(deps.backupsFolder, fileName);
  if (path.dirname(target) !== path.resolve(deps.backupsFolder)) throw new Error('backup name escapes the backups folder');
  return target;
}

/**
 * Writes a snapshot into the backups folder, then lets go of the backups the retention rule
 * no longer keeps (the latest 20 and one a day, per series). The schema has already held the
 * name to BACKUP_FILE_NAME (no separators, no ".."); the containment check is a second lock.
 * A failed clean-up is logged, never reported as a failed backup: the snapshot is safe.
 */
export function writeBackupHandler<Event extends IpcEventLike>(deps: BackupDeps) {
  return defineHandler('writeBackup', writeBackupRequest, async (request, _event: Event) => {
    const target = insideBackups(deps, request.fileName);
    await deps.ensureFolder(deps.backupsFolder);
    await deps.writeFileAtomic(target, request.json);
    try {
      for (const old of backupsToDelete(await deps.listFolder(deps.backupsFolder))) await deps.removeFile(insideBackups(deps, old));
    } catch (error) {
      deps.log(`backup clean-up failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { path: target };
  });
}

/** The automatic backups in the folder, newest first; other files are not listed. */
export function listBackupsHandler<Event extends IpcEventLike>(deps: BackupDeps) {
  return defineHandler('listBackups', noPayload, async (_payload, _event: Event) => {
    await deps.ensureFolder(deps.backupsFolder);
    const names = (await deps.listFolder(deps.backupsFolder)).filter((name) => parseBackupFileName(name) !== null);
    const files: BackupFileInfo[] = [];
    for (const fileName of names) {
      const info = await deps.stat(insideBackups(deps, fileName));
      files.push({ fileName, size: info.size, modifiedAt: info.mtimeMs });
    }
    return files.sort((a, b) => (parseBackupFileName(b.fileName)?.at ?? 0) - (parseBackupFileName(a.fileName)?.at ?? 0));
  });
}

export function readBackupHandler<Event extends IpcEventLike>(deps: BackupDeps) {
  return defineHandler('readBackup', readBackupRequest, async (fileName, _event: Event) => deps.readText(insideBackups(deps, fileName)));
}
