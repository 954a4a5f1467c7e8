import path from 'node:path';
import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { writeBackupRequest } from '../schemas';

export interface BackupDeps {
  /** <userData>/backups */
  backupsFolder: string;
  ensureFolder(folder: string): Promise<void>;
  writeFileAtomic(filePath: string, data: string): Promise<void>;
}

/**
 * Writes a snapshot into the backups folder. The schema has already held the name to
 * BACKUP_FILE_NAME (no separators, no ".."); the containment check below is a second lock.
 */
export function writeBackupHandler<Event extends IpcEventLike>(deps: BackupDeps) {
  return defineHandler('writeBackup', writeBackupRequest, async (request, _event: Event) => {
    const target = path.join(deps.backupsFolder, request.fileName);
    if (path.dirname(target) !== path.resolve(deps.backupsFolder)) {
      throw new Error('backup name escapes the backups folder');
    }
    await deps.ensureFolder(deps.backupsFolder);
    await deps.writeFileAtomic(target, request.json);
    return { path: target };
  });
}
