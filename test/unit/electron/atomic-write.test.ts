// @vitest-environment node
import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from '../../../electron/main/files/atomic-write';

const realFs: AtomicWriteFs = { writeFile, rename, rm };

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
    };
    await writeFileAtomic('/data/backups/x.json', '{}', spyFs, () => 'abc123');
    expect(seen).toEqual([path.join('/data/backups', '.x.json.abc123.tmp')]);
  });
});
