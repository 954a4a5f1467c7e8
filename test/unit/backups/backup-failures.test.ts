import { beforeEach, describe, expect, it } from 'vitest';
import { createBackupKeyring, storeKeyAsIs } from '../../../common/backup-keyring';
import { createBackupStore } from '../../../common/backup-store';
import { importEventFile } from '../../../renderer/src/db/commands/event-file';
import { openDemoSeries } from '../../../renderer/src/db/commands/demo';
import { readEventSnapshot } from '../../../renderer/src/db/queries/event-file';
import { parseEventFile, serializeEventFile } from '../../../renderer/src/domain/event-file';
import type { Host } from '../../../renderer/src/host';
import { BackupError, restoreBackup, takeBackup } from '../../../renderer/src/modules/backups/backups';
import { useBackupStatus } from '../../../renderer/src/modules/backups/backup-status';
import { openFileText } from '../../../renderer/src/modules/sealed-files/open-sealed';
import { freshDb } from '../db/test-db';
import { countTables } from '../event-file/helpers';

/** The browser Host's backups, on an in-memory folder: the same store and keyring. */
function memoryHost() {
  const files = new Map<string, string>();
  let failWrites: string | null = null;
  const store = createBackupStore({
    fs: {
      list: async () => [...files.keys()],
      stat: async (name) => ({ size: files.get(name)?.length ?? 0, modifiedAt: 0 }),
      read: async (name) => {
        const text = files.get(name);
        if (text === undefined) throw new Error('NotFoundError');
        return text;
      },
      write: async (name, text) => {
        if (failWrites) throw new Error(failWrites);
        files.set(name, text);
      },
      remove: async (name) => void files.delete(name),
    },
    keyring: createBackupKeyring({ load: async () => null, save: async () => undefined, ...storeKeyAsIs, protection: 'browser-storage', crypto, now: () => 0 }),
    crypto,
    now: () => Date.now(),
    log: () => undefined,
  });
  const host = {
    appInfo: async () => ({ version: '0.1.0', dataFolder: null, platform: 'test', shell: 'browser' as const }),
    writeBackup: async (request: Parameters<Host['writeBackup']>[0]) => ({ ...(await store.write(request)), path: 'backups/x' }),
    listBackups: () => store.list(),
    readBackup: (name: string) => store.read(name),
    deleteBackup: (name: string) => store.remove(name),
    openSealed: (text: string) => store.open(text),
  } as unknown as Host;
  return { host, files, failWith: (message: string | null) => void (failWrites = message) };
}

beforeEach(() => {
  useBackupStatus.setState({ failure: null, lastSuccessAt: null });
});

describe('a backup that fails is shown until one succeeds', () => {
  it('reports a failed write, keeps it through further failures, and clears it on the next success', async () => {
    const db = freshDb();
    const seriesId = await openDemoSeries(db);
    const { host, failWith } = memoryHost();
    failWith('QuotaExceededError: the disk is full');
    await expect(takeBackup(db, host, seriesId)).rejects.toBeInstanceOf(BackupError);
    expect(useBackupStatus.getState().failure).toMatchObject({ kind: 'write', detail: expect.stringContaining('disk is full') });
    failWith(null);
    expect(await takeBackup(db, host, seriesId)).toMatch(/^backup_/);
    expect(useBackupStatus.getState().failure).toBeNull();
    expect(useBackupStatus.getState().lastSuccessAt).not.toBeNull();
  });

  it('says so when the series’ id cannot name a backup (a series kept from an older version)', async () => {
    const db = freshDb();
    const seriesId = await openDemoSeries(db);
    const series = await db.series.get(seriesId);
    if (!series) throw new Error('demo');
    await db.series.put({ ...series, id: 'PS30_2018' });
    const { host, files } = memoryHost();
    await expect(takeBackup(db, host, 'PS30_2018')).rejects.toMatchObject({ kind: 'series-id' });
    expect(useBackupStatus.getState().failure?.kind).toBe('series-id');
    expect(files.size).toBe(0);
  });
});

describe('an imported series id the app cannot use', () => {
  it('is re-keyed at import (even when the file asks to replace), so its backups work', async () => {
    const source = freshDb();
    const sourceId = await openDemoSeries(source);
    const snapshot = await readEventSnapshot(source, sourceId);
    if (!snapshot) throw new Error('demo');
    const text = serializeEventFile(snapshot, { name: 'Session Desk', version: '0.1.0' }, Date.now());
    const bad = text.split(sourceId).join('PS30_2018');
    const db = freshDb();
    const importedId = await importEventFile(db, parseEventFile(bad), 'replace');
    expect(importedId).not.toBe('PS30_2018');
    expect(importedId).toMatch(/^[A-Za-z0-9-]{1,64}$/);
    expect(await db.series.get('PS30_2018')).toBeUndefined();
    expect(await db.participants.where('seriesId').equals(importedId).count()).toBe(snapshot.participants.length);
    const { host } = memoryHost();
    await expect(takeBackup(db, host, importedId)).resolves.toMatch(/^backup_/);
  });
});

describe('a restore that cannot open its backup changes nothing', () => {
  it('refuses a damaged backup, and one from another laptop when the code is not given', async () => {
    const db = freshDb();
    const seriesId = await openDemoSeries(db);
    const { host, files } = memoryHost();
    const fileName = (await takeBackup(db, host, seriesId)) as string;
    const before = await countTables(db);
    const backupsBefore = files.size;

    files.set(fileName, (files.get(fileName) as string).slice(0, 300));
    await expect(restoreBackup(db, host, fileName, (text) => openFileText(host, text, async () => 'x'))).rejects.toMatchObject({ code: 'damaged' });
    expect(await countTables(db)).toEqual(before);
    expect(files.size).toBe(backupsBefore);

    // Sealed by another laptop, which never set a recovery code.
    const other = memoryHost();
    const otherFile = (await takeBackup(db, other.host, seriesId)) as string;
    files.set(otherFile, other.files.get(otherFile) as string);
    await expect(restoreBackup(db, host, otherFile, (text) => openFileText(host, text, async () => 'x'))).rejects.toMatchObject({ code: 'other-key' });
    expect(await countTables(db)).toEqual(before);
  });
});
