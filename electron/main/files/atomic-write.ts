import { randomBytes } from 'node:crypto';
import path from 'node:path';

export interface AtomicWriteFs {
  writeFile(filePath: string, data: string | Uint8Array, options: { flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: boolean }): Promise<void>;
}

export type FileData = string | Uint8Array;

/**
 * Writes a file so that readers only ever see the old content or the whole new content: the
 * data goes to a temporary file beside the target (same folder, so the same volume), is
 * flushed to disk, then renamed over the target. A laptop that loses power in the middle of
 * a backup keeps the previous backup intact instead of a half-written one.
 */
export async function writeFileAtomic(
  target: string,
  data: FileData,
  fs: AtomicWriteFs,
  randomSuffix: () => string = () => randomBytes(6).toString('hex'),
): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomSuffix()}.tmp`);
  try {
    await fs.writeFile(temporary, data, { flush: true });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
