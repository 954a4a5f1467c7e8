import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import type { BackupDeps } from '../ipc/handlers/backup';

/**
 * The backups folder's file operations on the real disk (the atomic write aside, which has its
 * own flushes): what the app passes to the backup store, and what the purge test on disk uses.
 */
export const nodeBackupFiles: Pick<BackupDeps, 'ensureFolder' | 'listFolder' | 'stat' | 'readText' | 'removeFile'> = {
  ensureFolder: async (folder) => {
    await mkdir(folder, { recursive: true });
  },
  listFolder: (folder) => readdir(folder),
  stat: (filePath) => stat(filePath),
  readText: (filePath) =>
    readFile(filePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    }),
  removeFile: (filePath) => rm(filePath, { force: true }),
};
