// @vitest-environment node
import { backupFileName } from '../../../common/backup-files';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../common/bridge-contract';
import { createIpcHandlers, type IpcHandlerDeps } from '../../../electron/main/ipc/handlers';
import { createMainBackupStore, keyProtection, type BackupDeps, type SafeStorageLike } from '../../../electron/main/ipc/handlers/backup';
import { isSealedText, openWithBackupKey, readSealedFile } from '../../../common/sealed-file';
import { registerIpcHandlers, type IpcMainLike } from '../../../electron/main/ipc/registry';
import type { PrintableContents } from '../../../electron/main/printing/print-window';

interface FakeEvent {
  senderFrame: { url: string; parent: unknown } | null;
}
const event: FakeEvent = { senderFrame: { url: 'app://session-desk/index.html', parent: null } };

class FakeIpcMain implements IpcMainLike<FakeEvent> {
  readonly listeners = new Map<string, (event: FakeEvent, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: FakeEvent, ...args: unknown[]) => unknown): void {
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(listener(event, ...args));
  }
}

function fakeContents(): PrintableContents & { print: ReturnType<typeof vi.fn> } {
  return {
    print: vi.fn((_options, callback: (success: boolean, reason: string) => void) => callback(true, '')),
    printToPDF: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    executeJavaScriptInIsolatedWorld: vi.fn(async () => true),
  };
}

/** Stands in for the OS keychain: reversible, but never the key as it was. */
const fakeSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text: string) => Buffer.from(`keychain:${[...text].reverse().join('')}`),
  decryptString: (data: Buffer) => [...data.toString().slice('keychain:'.length)].reverse().join(''),
};

function setup(overrides: { savePath?: string | null; openPath?: string | null; fileSize?: number } = {}) {
  const written = new Map<string, string | Uint8Array>();
  const contents = fakeContents();
  const clock = { now: Date.UTC(2026, 3, 11, 8) };
  const backupDeps: BackupDeps = {
    backupsFolder: '/data/Session Desk/backups',
    keyFile: '/data/Session Desk/backup-key.json',
    ensureFolder: vi.fn(async () => undefined),
    writeFileAtomic: vi.fn(async (filePath: string, data: string) => {
      written.set(filePath, data);
    }),
    // The folder is the `written` map's entries under it, so writes and deletions show.
    listFolder: vi.fn(async (folder: string) => [...written.keys()].filter((k) => k.startsWith(`${folder}/`)).map((k) => k.slice(folder.length + 1))),
    stat: vi.fn(async (filePath: string) => ({ size: String(written.get(filePath) ?? '').length, mtimeMs: 1000 })),
    readText: vi.fn(async (filePath: string) => {
      const data = written.get(filePath);
      return typeof data === 'string' ? data : null;
    }),
    removeFile: vi.fn(async (filePath: string) => {
      written.delete(filePath);
    }),
    safeStorage: fakeSafeStorage,
    platform: 'linux',
    crypto: globalThis.crypto,
    now: () => clock.now,
    log: vi.fn(),
  };
  const deps: IpcHandlerDeps<FakeEvent> = {
    appInfo: { version: '0.1.0', dataFolder: '/data/Session Desk', platform: 'linux' },
    files: {
      showSaveDialog: vi.fn(async () => (overrides.savePath === undefined ? '/home/u/export.csv' : overrides.savePath)),
      showOpenDialog: vi.fn(async () => (overrides.openPath === undefined ? '/home/u/list.xlsx' : overrides.openPath)),
      stat: vi.fn(async () => ({ size: overrides.fileSize ?? 3, isFile: () => true })),
      readFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
      writeFileAtomic: vi.fn(async (filePath: string, data: string | Uint8Array) => {
        written.set(filePath, data);
      }),
      baseName: (filePath) => filePath.split('/').pop() ?? filePath,
    },
    printing: {
      getPrinters: vi.fn(async () => [{ name: 'desk-printer', displayName: 'Desk printer', options: {} }]),
      withPrintDocument: vi.fn(async (_html, job) => job(contents)),
      showSaveDialog: vi.fn(async () => (overrides.savePath === undefined ? '/home/u/plates.pdf' : overrides.savePath)),
      writeFileAtomic: vi.fn(async (filePath: string, data: string | Uint8Array) => {
        written.set(filePath, data);
      }),
    },
    display: { openRoomDisplay: vi.fn(), closeRoomDisplay: vi.fn() },
    backup: { backupsFolder: '/data/Session Desk/backups', store: createMainBackupStore(backupDeps) },
    external: { openExternal: vi.fn(async () => undefined) },
    disk: { dataFolder: '/data/Session Desk', statfs: vi.fn(async () => ({ bavail: 1000, blocks: 4000, bsize: 4096 })) },
    quit: { waitForQuit: vi.fn(async () => undefined), finalBackupDone: vi.fn() },
    log: { error: vi.fn() },
    sharing: {
      info: vi.fn(() => ({ canHost: true, address: null, shared: [] })),
      start: vi.fn(async () => ({ ok: true as const, address: '127.0.0.1:5391' })),
      stop: vi.fn(async () => undefined),
      allowHubs: vi.fn(() => false),
    },
  };
  const ipcMain = new FakeIpcMain();
  const handlers = createIpcHandlers(deps);
  registerIpcHandlers(ipcMain, handlers, { isTrustedSender: () => true, log: { warn() {}, error() {} } });
  return { ipcMain, deps, handlers, written, contents, clock, backupDeps };
}

describe('the IPC handlers', () => {
  it('cover every channel of the contract, once each', () => {
    const { handlers } = setup();
    expect(handlers.map((h) => h.channel).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('appInfo reports version, data folder and platform', async () => {
    const { ipcMain } = setup();
    await expect(ipcMain.invoke(IPC_CHANNELS.appInfo)).resolves.toEqual({
      version: '0.1.0',
      dataFolder: '/data/Session Desk',
      platform: 'linux',
      shell: 'electron',
    });
  });

  it('appInfo takes no payload', async () => {
    const { ipcMain } = setup();
    await expect(ipcMain.invoke(IPC_CHANNELS.appInfo, { evil: true })).rejects.toMatchObject({ reason: 'invalid-payload' });
  });

  describe('saveFile', () => {
    const request = { suggestedName: 'participants.csv', mimeType: 'text/csv', filters: [{ name: 'CSV', extensions: ['csv'] }], data: 'a,b\n' };

    it('writes where the user chose', async () => {
      const { ipcMain, written, deps } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, request)).resolves.toEqual({ saved: true, path: '/home/u/export.csv' });
      expect(written.get('/home/u/export.csv')).toBe('a,b\n');
      expect(deps.files.showSaveDialog).toHaveBeenCalledWith(event, { defaultPath: 'participants.csv', filters: request.filters });
    });

    it('writes bytes as they are', async () => {
      const { ipcMain, written } = setup();
      await ipcMain.invoke(IPC_CHANNELS.saveFile, { ...request, data: new Uint8Array([80, 75, 3, 4]) });
      expect(written.get('/home/u/export.csv')).toEqual(new Uint8Array([80, 75, 3, 4]));
    });

    it('writes nothing when the dialog is cancelled', async () => {
      const { ipcMain, written } = setup({ savePath: null });
      await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, request)).resolves.toEqual({ saved: false });
      expect(written.size).toBe(0);
    });

    it.each(['../../.bashrc', '/etc/passwd', 'C:\\Windows\\x.csv', 'a/b.csv', '', '.hidden', 'CON.csv'])(
      'refuses the suggested name %j',
      async (suggestedName) => {
        const { ipcMain, deps } = setup();
        await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, { ...request, suggestedName })).rejects.toMatchObject({
          reason: 'invalid-payload',
        });
        expect(deps.files.showSaveDialog).not.toHaveBeenCalled();
      },
    );

    it('refuses a filter extension that is not a plain extension', async () => {
      const { ipcMain } = setup();
      const filters = [{ name: 'x', extensions: ['.csv'] }];
      await expect(ipcMain.invoke(IPC_CHANNELS.saveFile, { ...request, filters })).rejects.toMatchObject({
        reason: 'invalid-payload',
      });
    });
  });

  describe('openFile', () => {
    const request = { filters: [{ name: 'Spreadsheets', extensions: ['csv', 'xlsx'] }], maxBytes: 10 };

    it('returns the bytes and name of the chosen file', async () => {
      const { ipcMain } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.openFile, request)).resolves.toEqual({
        opened: true,
        name: 'list.xlsx',
        bytes: new Uint8Array([1, 2, 3]),
      });
    });

    it('refuses a file larger than maxBytes before reading it', async () => {
      const { ipcMain, deps } = setup({ fileSize: 11 });
      await expect(ipcMain.invoke(IPC_CHANNELS.openFile, request)).resolves.toEqual({
        opened: false,
        reason: 'too-large',
        name: 'list.xlsx',
        size: 11,
      });
      expect(deps.files.readFile).not.toHaveBeenCalled();
    });

    it('reports a cancelled dialog', async () => {
      const { ipcMain } = setup({ openPath: null });
      await expect(ipcMain.invoke(IPC_CHANNELS.openFile, request)).resolves.toEqual({ opened: false, reason: 'cancelled' });
    });

    it.each([0, -1, 1.5, Number.POSITIVE_INFINITY, 1e12, '10'])('refuses maxBytes %j', async (maxBytes) => {
      const { ipcMain } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.openFile, { ...request, maxBytes })).rejects.toMatchObject({
        reason: 'invalid-payload',
      });
    });
  });

  describe('printing', () => {
    const html = '<!doctype html><p>Cameroon</p>';

    it('lists printers in the contract shape', async () => {
      const { ipcMain } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.listPrinters)).resolves.toEqual([{ name: 'desk-printer', displayName: 'Desk printer', isDefault: false }]);
    });

    it('prints silently to a named printer that exists', async () => {
      const { ipcMain, contents, deps } = setup();
      const request = { html, pageSize: 'A4', landscape: true, printerName: 'desk-printer', copies: 2 };
      await expect(ipcMain.invoke(IPC_CHANNELS.printHtml, request)).resolves.toEqual({ printed: true });
      expect(deps.printing.withPrintDocument).toHaveBeenCalledWith(html, expect.any(Function));
      expect(contents.print.mock.calls[0]?.[0]).toEqual({
        silent: true,
        deviceName: 'desk-printer',
        pageSize: 'A4',
        landscape: true,
        copies: 2,
        printBackground: true,
      });
    });

    it('asks with the system dialog when no printer is named', async () => {
      const { ipcMain, contents } = setup();
      await ipcMain.invoke(IPC_CHANNELS.printHtml, { html, pageSize: 'A6', landscape: false });
      expect(contents.print.mock.calls[0]?.[0]).toMatchObject({ silent: false, copies: 1 });
      expect(contents.print.mock.calls[0]?.[0]).not.toHaveProperty('deviceName');
    });

    it('refuses a printer that is not installed instead of printing elsewhere', async () => {
      const { ipcMain, deps } = setup();
      const request = { html, pageSize: 'A4', landscape: false, printerName: 'gone' };
      await expect(ipcMain.invoke(IPC_CHANNELS.printHtml, request)).resolves.toEqual({ printed: false, reason: 'unknown-printer' });
      expect(deps.printing.withPrintDocument).not.toHaveBeenCalled();
    });

    it('passes on the reason a print failed', async () => {
      const { ipcMain, contents } = setup();
      contents.print.mockImplementation((_o: unknown, callback: (s: boolean, r: string) => void) => callback(false, 'cancelled'));
      await expect(ipcMain.invoke(IPC_CHANNELS.printHtml, { html, pageSize: 'A4', landscape: false })).resolves.toEqual({
        printed: false,
        reason: 'cancelled',
      });
    });

    it.each([
      { html, pageSize: 'A3', landscape: false },
      { html, pageSize: 'A4', landscape: 'yes' },
      { html: '', pageSize: 'A4', landscape: false },
      { html, pageSize: 'A4', landscape: false, copies: 0 },
      { html, pageSize: 'A4', landscape: false, copies: 1000 },
    ])('refuses the print request %j', async (request) => {
      const { ipcMain } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.printHtml, request)).rejects.toMatchObject({ reason: 'invalid-payload' });
    });

    it('renders a PDF and saves it where the user chose', async () => {
      const { ipcMain, written } = setup();
      const request = { html, pageSize: 'A4', landscape: true, suggestedName: 'plates.pdf' };
      await expect(ipcMain.invoke(IPC_CHANNELS.printToPdf, request)).resolves.toEqual({ saved: true, path: '/home/u/plates.pdf' });
      expect(written.get('/home/u/plates.pdf')).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    });
  });

  describe('writeBackup', () => {
    const SERIES = 'a1b2c3d4-0000-4000-8000-000000000001';

    it('names the backup with main’s clock, seals it with the key the OS keeps, and writes it inside the backups folder', async () => {
      const { ipcMain, written, backupDeps } = setup();
      const fileName = backupFileName(SERIES, Date.UTC(2026, 3, 11, 8));
      await expect(ipcMain.invoke(IPC_CHANNELS.writeBackup, { seriesId: SERIES, reason: 'auto', json: '{"name":"Amina Diallo"}' })).resolves.toEqual({
        fileName,
        path: `/data/Session Desk/backups/${fileName}`,
      });
      expect(backupDeps.ensureFolder).toHaveBeenCalledWith('/data/Session Desk/backups');
      const sealed = written.get(`/data/Session Desk/backups/${fileName}`) as string;
      expect(isSealedText(sealed)).toBe(true);
      expect(sealed).not.toContain('Amina');
      // The key file holds the key only as the keychain encrypted it.
      const keyFile = JSON.parse(written.get('/data/Session Desk/backup-key.json') as string) as { key: string; keyId: string };
      expect(keyFile.key).toMatch(/^os:/);
      const raw = Buffer.from(fakeSafeStorage.decryptString(Buffer.from(keyFile.key.slice(3), 'base64')), 'base64');
      await expect(openWithBackupKey(readSealedFile(sealed), { id: keyFile.keyId, raw: new Uint8Array(raw), recovery: null })).resolves.toBe(
        '{"name":"Amina Diallo"}',
      );
      await expect(ipcMain.invoke(IPC_CHANNELS.readBackup, fileName)).resolves.toBe(sealed);
      await expect(ipcMain.invoke(IPC_CHANNELS.openSealed, sealed)).resolves.toEqual({ opened: true, text: '{"name":"Amina Diallo"}' });
    });

    it.each([
      { seriesId: 'PS30_2018', why: 'an id that cannot name a file' },
      { seriesId: '../escape', why: 'a path' },
      { seriesId: SERIES, reason: 'whenever', why: 'an unknown reason' },
    ])('refuses $why and writes nothing', async ({ why: _why, ...request }) => {
      const { ipcMain, written } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.writeBackup, { reason: 'auto', json: '{}', ...request })).rejects.toMatchObject({
        reason: 'invalid-payload',
      });
      expect(written.size).toBe(0);
    });

    it('names the file itself even when the renderer sends a name or a time of its own (they are dropped)', async () => {
      const { ipcMain, written } = setup();
      const request = { seriesId: SERIES, reason: 'auto', json: '{}', at: Date.UTC(2099, 0, 1), fileName: 'backup_x_20990101T000000000Z.sessiondesk.json' };
      await ipcMain.invoke(IPC_CHANNELS.writeBackup, request);
      expect([...written.keys()].filter((k) => k.includes('/backups/'))).toEqual([
        `/data/Session Desk/backups/${backupFileName(SERIES, Date.UTC(2026, 3, 11, 8))}`,
      ]);
    });
  });

  describe('backup retention, listing, deleting and reading', () => {
    const SERIES = 'a1b2c3d4-0000-4000-8000-000000000001';
    const HOUR = 3_600_000;

    it('keeps one an hour after each write, lists them newest first with their reason, and deletes one on request', async () => {
      const { ipcMain, written, clock } = setup();
      const start = clock.now;
      for (let i = 0; i < 25; i += 1) {
        clock.now = start + i * 10 * 60_000;
        await ipcMain.invoke(IPC_CHANNELS.writeBackup, { seriesId: SERIES, reason: i === 3 ? 'restore' : 'auto', json: `{"n":${i}}` });
      }
      written.set('/data/Session Desk/backups/notes.txt', 'keep me');
      const listed = (await ipcMain.invoke(IPC_CHANNELS.listBackups)) as Array<{ fileName: string; reason: string; at: number; seriesId: string }>;
      // 25 backups over 4 hours: the latest of each of the 5 hours touched, and the one before a restore.
      expect(listed.map((b) => b.reason)).toEqual(['auto', 'auto', 'auto', 'auto', 'auto', 'restore']);
      expect(listed[0]).toMatchObject({ fileName: backupFileName(SERIES, start + 24 * 10 * 60_000), seriesId: SERIES, at: start + 240 * 60_000 });
      expect(listed.find((b) => b.reason === 'restore')?.at).toBe(start + 30 * 60_000);
      expect(written.has('/data/Session Desk/backups/notes.txt')).toBe(true);
      await ipcMain.invoke(IPC_CHANNELS.deleteBackup, listed[5]?.fileName);
      expect(((await ipcMain.invoke(IPC_CHANNELS.listBackups)) as unknown[]).length).toBe(5);
    });

    it('prunes on request: the backup kept after a purge goes when its 7 days are over, and a backup written in clear is sealed', async () => {
      const { ipcMain, written, clock } = setup();
      await ipcMain.invoke(IPC_CHANNELS.writeBackup, { seriesId: SERIES, reason: 'purge', json: '{"n":"before the purge"}' });
      const plain = `/data/Session Desk/backups/${backupFileName(SERIES, clock.now - HOUR)}`;
      written.set(plain, '{"format":"session-desk/event","name":"Amina Diallo"}');
      clock.now += 7 * 24 * HOUR - 1;
      await ipcMain.invoke(IPC_CHANNELS.pruneBackups);
      expect(((await ipcMain.invoke(IPC_CHANNELS.listBackups)) as Array<{ reason: string }>).map((b) => b.reason)).toEqual(['purge', 'auto']);
      expect(isSealedText(written.get(plain) as string)).toBe(true);
      expect(written.get(plain)).not.toContain('Amina');
      clock.now += 1;
      await ipcMain.invoke(IPC_CHANNELS.pruneBackups);
      expect(((await ipcMain.invoke(IPC_CHANNELS.listBackups)) as Array<{ reason: string }>).map((b) => b.reason)).toEqual(['auto']);
    });

    it.each(['../escape.json', '/etc/passwd', 'sub/x.json', ''])('refuses to read or delete %j', async (fileName) => {
      const { ipcMain } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.readBackup, fileName)).rejects.toMatchObject({ reason: 'invalid-payload' });
      await expect(ipcMain.invoke(IPC_CHANNELS.deleteBackup, fileName)).rejects.toMatchObject({ reason: 'invalid-payload' });
    });

    it('refuses to delete a file that is not a backup, even with a harmless name', async () => {
      const { ipcMain, written } = setup();
      written.set('/data/Session Desk/backups/notes.json', 'keep me');
      await expect(ipcMain.invoke(IPC_CHANNELS.deleteBackup, 'notes.json')).rejects.toThrow();
      expect(written.has('/data/Session Desk/backups/notes.json')).toBe(true);
    });

    it('sets a recovery code (only its wrap is kept) and reports what protects the key', async () => {
      const { ipcMain, written } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.backupKeyStatus)).resolves.toEqual({ protection: 'os-keychain', keyId: null, recoverySetAt: null });
      await expect(ipcMain.invoke(IPC_CHANNELS.setBackupRecoveryCode, 'bad code')).rejects.toMatchObject({ reason: 'invalid-payload' });
      const status = (await ipcMain.invoke(IPC_CHANNELS.setBackupRecoveryCode, '7K2MQ9XD3HRAWP4N')) as { recoverySetAt: number; keyId: string };
      expect(status.recoverySetAt).toBe(Date.UTC(2026, 3, 11, 8));
      expect(written.get('/data/Session Desk/backup-key.json')).not.toContain('7K2MQ9XD3HRAWP4N');
    });
  });

  describe('display', () => {
    it('opens and closes the room display', async () => {
      const { ipcMain, deps } = setup();
      await ipcMain.invoke(IPC_CHANNELS.openRoomDisplay);
      await ipcMain.invoke(IPC_CHANNELS.closeRoomDisplay);
      expect(deps.display.openRoomDisplay).toHaveBeenCalledOnce();
      expect(deps.display.closeRoomDisplay).toHaveBeenCalledOnce();
    });
  });

  describe('logError', () => {
    it('writes one line per report, line breaks flattened, and refuses a runaway text', async () => {
      const { ipcMain, deps } = setup();
      await ipcMain.invoke(IPC_CHANNELS.logError, 'Not saved: the check-in of Amina.\nFAKE LINE');
      expect(deps.log.error).toHaveBeenCalledWith('renderer: Not saved: the check-in of Amina. FAKE LINE');
      await expect(ipcMain.invoke(IPC_CHANNELS.logError, 'x'.repeat(5000))).rejects.toThrow();
      await expect(ipcMain.invoke(IPC_CHANNELS.logError, { message: 'not a string' })).rejects.toThrow();
      expect(deps.log.error).toHaveBeenCalledTimes(1);
    });
  });

  describe('openExternal', () => {
    it('opens a web link in the browser', async () => {
      const { ipcMain, deps } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.openExternal, 'https://www.upr-info.org/en')).resolves.toBe(true);
      expect(deps.external.openExternal).toHaveBeenCalledWith('https://www.upr-info.org/en');
    });

    it.each(['file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@evil.example/'])('answers false for %s and opens nothing', async (url) => {
      const { ipcMain, deps } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.openExternal, url)).resolves.toBe(false);
      expect(deps.external.openExternal).not.toHaveBeenCalled();
    });
  });

  describe('disk space and the final backup at quit', () => {
    it('diskSpace reports the free (not root-reserved) and total bytes of the data folder’s disk', async () => {
      const { ipcMain, deps } = setup();
      await expect(ipcMain.invoke(IPC_CHANNELS.diskSpace)).resolves.toEqual({ freeBytes: 1000 * 4096, totalBytes: 4000 * 4096 });
      expect(deps.disk.statfs).toHaveBeenCalledWith('/data/Session Desk');
    });

    it('diskSpace, awaitQuit and quitReady take no payload', async () => {
      const { ipcMain, deps } = setup();
      for (const channel of [IPC_CHANNELS.diskSpace, IPC_CHANNELS.awaitQuit, IPC_CHANNELS.quitReady]) {
        await expect(ipcMain.invoke(channel, { folder: '/etc' })).rejects.toMatchObject({ reason: 'invalid-payload' });
      }
      expect(deps.disk.statfs).not.toHaveBeenCalled();
      expect(deps.quit.finalBackupDone).not.toHaveBeenCalled();
    });

    it('awaitQuit and quitReady reach the quit guard', async () => {
      const { ipcMain, deps } = setup();
      await ipcMain.invoke(IPC_CHANNELS.awaitQuit);
      await ipcMain.invoke(IPC_CHANNELS.quitReady);
      expect(deps.quit.waitForQuit).toHaveBeenCalledOnce();
      expect(deps.quit.finalBackupDone).toHaveBeenCalledOnce();
    });
  });

  describe('what keeps the backup key', () => {
    const raw = new Uint8Array([1, 2, 3, 250]);

    it('uses the OS keychain where there is one: the key file never holds the key itself', async () => {
      for (const platform of ['darwin', 'win32', 'linux']) {
        const keeper = keyProtection({ ...fakeSafeStorage, getSelectedStorageBackend: () => 'gnome_libsecret' }, platform);
        expect(keeper.protection).toBe('os-keychain');
        const stored = await keeper.protect(raw);
        expect(stored).toMatch(/^os:/);
        expect(stored).not.toContain(Buffer.from(raw).toString('base64'));
        expect([...(await keeper.unprotect(stored))]).toEqual([...raw]);
      }
    });

    it.each([
      { why: 'no keychain at all', safeStorage: { ...fakeSafeStorage, isEncryptionAvailable: () => false }, platform: 'linux' },
      { why: 'Linux’s built-in password (basic_text)', safeStorage: { ...fakeSafeStorage, getSelectedStorageBackend: () => 'basic_text' }, platform: 'linux' },
    ])('says so when the key is only in its file: $why', async ({ safeStorage, platform }) => {
      const keeper = keyProtection(safeStorage, platform);
      expect(keeper.protection).toBe('key-file-only');
      expect([...(await keeper.unprotect(await keeper.protect(raw)))]).toEqual([...raw]);
    });
  });
});
