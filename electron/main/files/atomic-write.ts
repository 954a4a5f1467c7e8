import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface AtomicWriteFs {
  writeFile(filePath: string, data: string | Uint8Array, options: { flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: boolean }): Promise<void>;
  /** Flushes the folder's own entry list to disk (fsync on the folder), so that a rename survives a power cut. */
  syncFolder(folder: string): Promise<void>;
}

export type FileData = string | Uint8Array;

/**
 * Writes a file so that readers only ever see the old content or the whole new content: the
 * data goes to a temporary file beside the target (same folder, so the same volume), is
 * flushed to disk, then renamed over the target, and the folder is flushed too: the rename is
 * a change to the folder, and until the folder reaches the disk a power cut can undo it (the
 * file then has its old content, or is missing). A laptop that loses power in the middle of a
 * backup keeps the previous backup intact instead of a half-written one, and once this resolves
 * the new one is on the disk.
 */
export async function writeFileAtomic(
  target: string,
  data: FileData,
  fs: AtomicWriteFs,
  randomSuffix: () => string = () => randomBytes(6).toString('hex'),
): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomSuffix()}.tmp`);
  try {
    await fs.writeFile(temporary, data, { flush: true });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await fs.syncFolder(path.dirname(target));
}

export interface FolderSyncFs {
  open(folder: string, flags: 'r'): Promise<{ sync(): Promise<void>; close(): Promise<void> }>;
}

/**
 * fsync on a folder, as POSIX systems allow. Windows cannot open a folder as a file (EISDIR,
 * EPERM, EACCES): there NTFS journals the rename itself, and there is nothing more to do.
 */
export async function syncFolder(folder: string, fs: FolderSyncFs, platform: string): Promise<void> {
  if (platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
