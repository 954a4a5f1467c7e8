// @vitest-environment node
import { mkdtemp, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncFolder, writeFileAtomic, type AtomicWriteFs } from '../../../electron/main/files/atomic-write';

const realFs: AtomicWriteFs = { writeFile, rename, rm, syncFolder: (folder) => syncFolder(folder, { open }, process.platform) };

describe('writeFileAtomic (on the real file system)', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'session-desk-atomic-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes text and bytes, leaving no temporary file behind', async () => {
    await writeFileAtomic(path.join(folder, 'a.json'), '{"v":1}', realFs);
    await writeFileAtomic(path.join(folder, 'b.bin'), new Uint8Array([1, 2, 3]), realFs);
    expect(await readFile(path.join(folder, 'a.json'), 'utf8')).toBe('{"v":1}');
    expect([...(await readFile(path.join(folder, 'b.bin')))]).toEqual([1, 2, 3]);
    expect((await readdir(folder)).sort()).toEqual(['a.json', 'b.bin']);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(folder, 'backup.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new', realFs);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('keeps the previous file intact and cleans up when the write fails', async () => {
    const target = path.join(folder, 'backup.json');
    await writeFile(target, 'previous backup');
    const failingFs: AtomicWriteFs = {
      ...realFs,
      writeFile: async (filePath, data, options) => {
        await writeFile(filePath, typeof data === 'string' ? data.slice(0, 3) : data, options);
        throw new Error('ENOSPC: no space left on device');
      },
    };
    await expect(writeFileAtomic(target, 'new backup', failingFs)).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('previous backup');
    expect(await readdir(folder)).toEqual(['backup.json']);
  });

  it('writes the temporary file beside the target, so that rename stays on one volume', async () => {
    const seen: string[] = [];
    const spyFs: AtomicWriteFs = {
      writeFile: async (filePath) => {
        seen.push(filePath);
      },
      rename: async () => undefined,
      rm: async () => undefined,
      syncFolder: async () => undefined,
    };
    await writeFileAtomic('/data/backups/x.json', '{}', spyFs, () => 'abc123');
    expect(seen).toEqual([path.join('/data/backups', '.x.json.abc123.tmp')]);
  });

  it('flushes the file, renames it, then flushes the folder that holds the rename, in that order', async () => {
    const steps: string[] = [];
    const spyFs: AtomicWriteFs = {
      writeFile: async (filePath, _data, options) => void steps.push(`write ${path.basename(filePath)} flush=${options.flush}`),
      rename: async (from, to) => void steps.push(`rename ${path.basename(from)} -> ${path.basename(to)}`),
      rm: async () => undefined,
      syncFolder: async (folder) => void steps.push(`sync folder ${folder}`),
    };
    await writeFileAtomic('/data/backups/x.json', '{}', spyFs, () => 'abc');
    expect(steps).toEqual(['write .x.json.abc.tmp flush=true', 'rename .x.json.abc.tmp -> x.json', 'sync folder /data/backups']);
  });

  it('syncs a folder with fsync on POSIX (open, sync, close) and does nothing on Windows', async () => {
    const calls: string[] = [];
    const fakeOpen = async (folder: string, flags: 'r') => {
      calls.push(`open ${folder} ${flags}`);
      return { sync: async () => void calls.push('sync'), close: async () => void calls.push('close') };
    };
    await syncFolder('/data/backups', { open: fakeOpen }, 'linux');
    expect(calls).toEqual(['open /data/backups r', 'sync', 'close']);
    calls.length = 0;
    await syncFolder('C:\\data', { open: fakeOpen }, 'win32');
    expect(calls).toEqual([]);
    // And on this machine's real file system.
    await syncFolder(folder, { open }, process.platform);
  });
});
