/**
 * A hub's copy of a series on disk: the Yjs updates it received, appended as they come
 * (length-prefixed), and rewritten as one compact update now and then. A crash mid-append
 * leaves a torn last record, which loading skips; compaction writes a temporary file and
 * renames it, so a crash then leaves the old log whole. About thirty lines instead of
 * y-leveldb, whose native module would have to ship with the app.
 */
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface AppendLog {
  /** The updates recorded so far, oldest first (a torn tail is left out). */
  load(): Promise<Uint8Array[]>;
  append(update: Uint8Array): Promise<void>;
  /** Replaces the whole log with one update (the doc's state). */
  compact(state: Uint8Array): Promise<void>;
  remove(): Promise<void>;
  /** Records appended since the last load or compaction. */
  readonly appended: number;
}

function frame(update: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + update.length);
  new DataView(out.buffer).setUint32(0, update.length);
  out.set(update, 4);
  return out;
}

export function openAppendLog(path: string): AppendLog {
  let appended = 0;
  // Appends and compactions run one after another, in the order asked.
  let queue: Promise<unknown> = Promise.resolve();
  const run = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    get appended() {
      return appended;
    },
    load: () =>
      run(async () => {
        appended = 0;
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await readFile(path));
        } catch {
          return [];
        }
        const updates: Uint8Array[] = [];
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        let at = 0;
        while (at + 4 <= bytes.length) {
          const length = view.getUint32(at);
          if (at + 4 + length > bytes.length) break;
          updates.push(bytes.slice(at + 4, at + 4 + length));
          at += 4 + length;
        }
        return updates;
      }),
    append: (update) =>
      run(async () => {
        await mkdir(dirname(path), { recursive: true });
        await appendFile(path, frame(update), { mode: 0o600 });
        appended += 1;
      }),
    compact: (state) =>
      run(async () => {
        await mkdir(dirname(path), { recursive: true });
        const temporary = `${path}.tmp`;
        await writeFile(temporary, frame(state), { mode: 0o600 });
        await rename(temporary, path);
        appended = 0;
      }),
    remove: () =>
      run(async () => {
        await rm(path, { force: true });
        appended = 0;
      }),
  };
}
