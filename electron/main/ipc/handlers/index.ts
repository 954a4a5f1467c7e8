import type { z } from 'zod';
import type { IpcEventLike } from '../../security/trusted-sender';
import type { IpcHandler } from '../registry';
import { appInfoHandler, type AppInfoDeps } from './app-info';
import { backupHandlers } from './backup';
import type { BackupStore } from '../../../../common/backup-store';
import { diskSpaceHandler, type DiskDeps } from './disk';
import { closeRoomDisplayHandler, openRoomDisplayHandler, type DisplayDeps } from './room-display';
import { openExternalHandler, type ExternalDeps } from './external';
import { openFileHandler, saveFileHandler, type FileDeps } from './files';
import { listPrintersHandler, printHtmlHandler, printToPdfHandler, type PrintingDeps } from './printing';
import { awaitQuitHandler, quitReadyHandler, type QuitDeps } from './quit';
import { logErrorHandler, type LogDeps } from './log';
import { allowHubsHandler, sharingInfoHandler, startHubHandler, stopHubHandler, type SharingDeps } from './sharing';

export interface IpcHandlerDeps<Event> {
  appInfo: AppInfoDeps;
  files: FileDeps<Event>;
  printing: PrintingDeps<Event>;
  display: DisplayDeps;
  backup: { store: BackupStore; backupsFolder: string };
  external: ExternalDeps;
  disk: DiskDeps;
  quit: QuitDeps;
  log: LogDeps;
  sharing: SharingDeps;
}

/** One handler per channel of IPC_CHANNELS (a unit test holds this list to the contract). */
export function createIpcHandlers<Event extends IpcEventLike>(deps: IpcHandlerDeps<Event>): Array<IpcHandler<z.ZodType, unknown, Event>> {
  return [
    appInfoHandler<Event>(deps.appInfo),
    saveFileHandler(deps.files),
    openFileHandler(deps.files),
    listPrintersHandler(deps.printing),
    printHtmlHandler(deps.printing),
    printToPdfHandler(deps.printing),
    openRoomDisplayHandler<Event>(deps.display),
    closeRoomDisplayHandler<Event>(deps.display),
    ...backupHandlers<Event>(deps.backup.store, deps.backup),
    openExternalHandler<Event>(deps.external),
    diskSpaceHandler<Event>(deps.disk),
    logErrorHandler<Event>(deps.log),
    awaitQuitHandler<Event>(deps.quit),
    quitReadyHandler<Event>(deps.quit),
    sharingInfoHandler<Event>(deps.sharing),
    startHubHandler<Event>(deps.sharing),
    stopHubHandler<Event>(deps.sharing),
    allowHubsHandler<Event>(deps.sharing),
  ];
}
