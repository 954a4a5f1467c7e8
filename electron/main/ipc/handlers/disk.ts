import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { noPayload } from '../schemas';

/** The fields of fs.statfs's answer that give the space left to the data folder. */
export interface StatFsLike {
  /** Free blocks an unprivileged process may use. */
  bavail: number;
  /** Total blocks. */
  blocks: number;
  /** Bytes per block. */
  bsize: number;
}

export interface DiskDeps {
  /** app.getPath('userData'): the store, backups and logs live on this disk. */
  dataFolder: string;
  statfs(folder: string): Promise<StatFsLike>;
}

/**
 * The space on the data folder's disk, for the storage-health warning. `bavail`, not `bfree`:
 * the blocks reserved for root are no use to the app.
 */
export function diskSpaceHandler<Event extends IpcEventLike>(deps: DiskDeps) {
  return defineHandler('diskSpace', noPayload, async (_payload, _event: Event) => {
    const stats = await deps.statfs(deps.dataFolder);
    return { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
  });
}
