import { IPC_CHANNELS, type IpcChannel, type SessionDeskBridge } from '../../common/bridge-contract';

/** ipcRenderer.invoke, narrowed to the app's channels and to a single payload. */
export type Invoke = (channel: IpcChannel, payload?: unknown) => Promise<unknown>;

/**
 * The bridge the renderer sees as window.sessionDesk: a fixed object of functions, one per
 * channel. It never exposes ipcRenderer, never lets the page pick a channel, and passes
 * exactly one argument on, so the page cannot smuggle extra ones past main's parser.
 *
 * The results are typed by the contract; main builds them, and main is trusted.
 */
export function createBridge(invoke: Invoke): SessionDeskBridge {
  const call = <T>(channel: IpcChannel, payload?: unknown): Promise<T> => (payload === undefined ? invoke(channel) : invoke(channel, payload)) as Promise<T>;

  return Object.freeze({
    appInfo: () => call(IPC_CHANNELS.appInfo),
    saveFile: (request) => call(IPC_CHANNELS.saveFile, request),
    openFile: (request) => call(IPC_CHANNELS.openFile, request),
    listPrinters: () => call(IPC_CHANNELS.listPrinters),
    printHtml: (request) => call(IPC_CHANNELS.printHtml, request),
    printToPdf: (request) => call(IPC_CHANNELS.printToPdf, request),
    openRoomDisplay: () => call(IPC_CHANNELS.openRoomDisplay),
    closeRoomDisplay: () => call(IPC_CHANNELS.closeRoomDisplay),
    writeBackup: (request) => call(IPC_CHANNELS.writeBackup, request),
    listBackups: () => call(IPC_CHANNELS.listBackups),
    readBackup: (fileName) => call(IPC_CHANNELS.readBackup, fileName),
    deleteBackup: (fileName) => call(IPC_CHANNELS.deleteBackup, fileName),
    pruneBackups: () => call(IPC_CHANNELS.pruneBackups),
    backupKeyStatus: () => call(IPC_CHANNELS.backupKeyStatus),
    setBackupRecoveryCode: (code) => call(IPC_CHANNELS.setBackupRecoveryCode, code),
    openSealed: (text) => call(IPC_CHANNELS.openSealed, text),
    sealWithBackupKey: (json) => call(IPC_CHANNELS.sealWithBackupKey, json),
    openExternal: (url) => call(IPC_CHANNELS.openExternal, url),
    diskSpace: () => call(IPC_CHANNELS.diskSpace),
    logError: (message) => call(IPC_CHANNELS.logError, message),
    awaitQuit: () => call(IPC_CHANNELS.awaitQuit),
    quitReady: () => call(IPC_CHANNELS.quitReady),
    sharingInfo: () => call(IPC_CHANNELS.sharingInfo),
    startHub: (request) => call(IPC_CHANNELS.startHub, request),
    stopHub: (fingerprint) => call(IPC_CHANNELS.stopHub, fingerprint),
    allowHubs: (addresses) => call(IPC_CHANNELS.allowHubs, addresses),
  } satisfies SessionDeskBridge);
}
