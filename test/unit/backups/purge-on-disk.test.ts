/**
 * The purge, end to end on a real disk as Electron runs it: the renderer's purge (the store in
 * fake-indexeddb) drives the Electron Host, the preload bridge, the IPC registry and main's
 * backup handlers, which write into a temporary data folder with Node's fs. Afterwards no file
 * in the data folder may hold a purged name, in clear or otherwise readable.
 */
import { mkdtemp, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PURGE_GRACE_MS } from '../../../common/backup-files';
import { createBridge } from '../../../electron/preload/bridge';
import { appInfoHandler } from '../../../electron/main/ipc/handlers/app-info';
import { backupHandlers, createMainBackupStore } from '../../../electron/main/ipc/handlers/backup';
import { registerIpcHandlers, type IpcMainLike } from '../../../electron/main/ipc/registry';
import { syncFolder, writeFileAtomic, type AtomicWriteFs } from '../../../electron/main/files/atomic-write';
import { nodeBackupFiles } from '../../../electron/main/files/node-backup-files';
import { createElectronHost } from '../../../renderer/src/host/electron-host';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { purgeWithBackup } from '../../../renderer/src/modules/backups/purge-with-backup';
import { restoreBackup, takeBackup } from '../../../renderer/src/modules/backups/backups';
import { openFileText } from '../../../renderer/src/modules/sealed-files/open-sealed';
import { freshDb } from '../db/test-db';

type Event = { senderFrame: { url: string; parent: null } };

class LoopbackIpc implements IpcMainLike<Event> {
  readonly listeners = new Map<string, (event: Event, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: Event, ...args: unknown[]) => unknown) {
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.listeners.delete(channel);
  }
  // Structured clone, as IPC does: nothing passes by reference.
  async invoke(channel: string, payload?: unknown): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const args = payload === undefined ? [] : [structuredClone(payload)];
    return structuredClone(await listener({ senderFrame: { url: 'app://session-desk/index.html', parent: null } }, ...args));
  }
}

const fakeSafeStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (text: string) => Buffer.from(`keychain:${[...text].reverse().join('')}`),
  decryptString: (data: Buffer) => [...data.toString().slice('keychain:'.length)].reverse().join(''),
};

const realAtomicFs: AtomicWriteFs = { writeFile, rename, rm, syncFolder: (folder) => syncFolder(folder, { open }, process.platform) };

async function filesUnder(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

describe('purge on the disk (Electron, with Node’s fs)', () => {
  let userData = '';
  beforeEach(async () => {
    userData = await mkdtemp(path.join(tmpdir(), 'session-desk-purge-'));
  });
  afterEach(async () => {
    await rm(userData, { recursive: true, force: true });
  });

  it('leaves no file holding a purged name; the backup taken first undoes it, until its grace period ends', async () => {
    const clock = { now: Date.UTC(2026, 3, 11, 8) };
    const backupsFolder = path.join(userData, 'backups');
    const store = createMainBackupStore({
      backupsFolder,
      keyFile: path.join(userData, 'backup-key.json'),
      ...nodeBackupFiles,
      writeFileAtomic: (filePath, data) => writeFileAtomic(filePath, data, realAtomicFs),
      safeStorage: fakeSafeStorage,
      platform: 'linux',
      crypto: globalThis.crypto,
      now: () => clock.now,
      log: () => undefined,
    });
    const ipc = new LoopbackIpc();
    registerIpcHandlers(
      ipc,
      [appInfoHandler<Event>({ version: '0.1.0', dataFolder: userData, platform: 'linux' }), ...backupHandlers<Event>(store, { backupsFolder })],
      {
        isTrustedSender: () => true,
        log: { warn: () => undefined, error: () => undefined },
      },
    );
    const host = createElectronHost(createBridge((channel, payload) => ipc.invoke(channel, payload)));

    const db = freshDb();
    const seriesId = await openDemoSeries(db);
    const people = await db.participants.where('seriesId').equals(seriesId).toArray();
    const secrets = [...new Set(people.flatMap((p) => [p.name, p.email, p.phone, p.confidential ? p.organisation : '']).filter((s) => s.length >= 6))];
    expect(secrets.length).toBeGreaterThan(20);

    // A day of backups, one of them before a restore (kept until deleted), as the app takes them.
    for (let i = 0; i < 6; i += 1) {
      clock.now += 2 * 3_600_000;
      await takeBackup(db, host, seriesId, i === 2 ? 'restore' : 'auto');
    }
    expect(await host.listBackups()).toHaveLength(6);
    // A backup an older version wrote in clear is also in the folder.
    await writeFile(path.join(backupsFolder, `backup_${seriesId}_20260101T080000000Z.sessiondesk.json`), JSON.stringify({ people: secrets }));

    clock.now += 3_600_000;
    const outcome = await purgeWithBackup(db, host, seriesId);
    // The old one in clear went already with the retention rule when the purge's backup was written.
    expect(outcome.deletedBackups).toBe(6);
    expect(outcome.backup.expiresAt).toBe(clock.now + PURGE_GRACE_MS);
    expect((await host.listBackups()).map((b) => b.reason)).toEqual(['purge']);

    const files = await filesUnder(userData);
    expect(files.map((f) => path.relative(userData, f)).sort()).toEqual(['backup-key.json', path.join('backups', outcome.backup.fileName)]);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${path.basename(file)} holds "${secret}"`).toBe(false);
    }

    // Within the grace period the purge can be undone from that backup.
    const restored = await restoreBackup(db, host, outcome.backup.fileName, (text) => openFileText(host, text, async () => null));
    expect(restored).toBe(seriesId);
    expect((await db.participants.where('seriesId').equals(seriesId).toArray()).map((p) => p.name).sort()).toEqual(people.map((p) => p.name).sort());
    await purgeWithBackup(db, host, seriesId);

    // Seven days later, the app starts and prunes: the last copy of the names goes.
    clock.now += PURGE_GRACE_MS + 1;
    await host.pruneBackups();
    expect(await host.listBackups()).toEqual([]);
    expect(await filesUnder(userData)).toEqual([path.join(userData, 'backup-key.json')]);
  });
});
