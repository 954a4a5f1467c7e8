import type { SessionDeskBridge } from '../../../common/bridge-contract';
import type { Host } from './host';

/** The Host in Electron: a thin pass-through to the preload bridge, which main checks. */
export function createElectronHost(bridge: SessionDeskBridge): Host {
  return {
    shell: 'electron',
    appInfo: () => bridge.appInfo(),
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    listPrinters: () => bridge.listPrinters(),
    print: (request) => bridge.printHtml(request),
    printToPdf: (request) => bridge.printToPdf(request),
    openRoomDisplay: () => bridge.openRoomDisplay(),
    closeRoomDisplay: () => bridge.closeRoomDisplay(),
    writeBackup: (request) => bridge.writeBackup(request),
    listBackups: () => bridge.listBackups(),
    readBackup: (fileName) => bridge.readBackup(fileName),
    deleteBackup: (fileName) => bridge.deleteBackup(fileName),
    pruneBackups: () => bridge.pruneBackups(),
    backupKeyStatus: () => bridge.backupKeyStatus(),
    setBackupRecoveryCode: (code) => bridge.setBackupRecoveryCode(code),
    openSealed: (text) => bridge.openSealed(text),
    sealWithBackupKey: (json) => bridge.sealWithBackupKey(json),
    openExternal: (url) => bridge.openExternal(url),
    diskSpace: () => bridge.diskSpace(),
    logError: (message) => bridge.logError(message),
    onQuit(finalBackup) {
      void bridge
        .awaitQuit()
        .then(finalBackup)
        .catch((error: unknown) => console.error('Final backup failed', error))
        // Always answer: main waits for this (or its timeout) before it closes the window.
        .finally(() => void bridge.quitReady());
    },
    sharing: {
      info: () => bridge.sharingInfo(),
      startHub: (request) => bridge.startHub(request),
      stopHub: (fingerprint) => bridge.stopHub(fingerprint),
      // Electron's pages come from app://, so the socket goes straight to the hub, which main's CSP allows (allowHubs).
      endpoint: (hub, _fingerprint, dataFormat) => ({ serverUrl: `ws://${hub}/sync`, params: { v: String(dataFormat) } }),
      allowHubs: async (addresses) => {
        // The page's policy names the hubs it was loaded with: a new one needs the page again
        // (everything is in the store; the engine starts again from it).
        if (await bridge.allowHubs(addresses)) window.location.reload();
      },
    },
  };
}
