import type { FileFilter, OpenFileResult, SaveFileResult } from '../../../../common/bridge-contract';
import type { FileData } from '../../files/atomic-write';
import { defineHandler } from '../define-handler';
import { openFileRequest, saveFileRequest } from '../schemas';
import type { IpcEventLike } from '../../security/trusted-sender';

export interface FileDialogOptions {
  defaultPath?: string;
  filters: FileFilter[];
}

/** Side effects of the file handlers. Dialogs return the chosen path, or null when cancelled. */
export interface FileDeps<Event> {
  showSaveDialog(event: Event, options: FileDialogOptions): Promise<string | null>;
  showOpenDialog(event: Event, options: FileDialogOptions): Promise<string | null>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
  writeFileAtomic(filePath: string, data: FileData): Promise<void>;
  baseName(filePath: string): string;
}

/** Shows the save dialog, then writes. Also used by printToPdf. */
export async function saveThroughDialog<Event>(
  deps: Pick<FileDeps<Event>, 'showSaveDialog' | 'writeFileAtomic'>,
  event: Event,
  options: FileDialogOptions,
  data: FileData,
): Promise<SaveFileResult> {
  const filePath = await deps.showSaveDialog(event, options);
  if (filePath === null) return { saved: false };
  await deps.writeFileAtomic(filePath, data);
  return { saved: true, path: filePath };
}

export function saveFileHandler<Event extends IpcEventLike>(deps: FileDeps<Event>) {
  return defineHandler('saveFile', saveFileRequest, (request, event: Event) =>
    saveThroughDialog(deps, event, { defaultPath: request.suggestedName, filters: request.filters }, request.data),
  );
}

/**
 * A view that covers its whole buffer. IPC copies the entire underlying ArrayBuffer, so a
 * slice of a shared buffer would carry unrelated memory to the renderer.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

export function openFileHandler<Event extends IpcEventLike>(deps: FileDeps<Event>) {
  return defineHandler('openFile', openFileRequest, async (request, event: Event): Promise<OpenFileResult> => {
    const filePath = await deps.showOpenDialog(event, { filters: request.filters });
    if (filePath === null) return { opened: false, reason: 'cancelled' };
    const name = deps.baseName(filePath);

    // Size first: a 4 GB file picked by mistake must be refused before it is read.
    const stats = await deps.stat(filePath);
    if (!stats.isFile()) return { opened: false, reason: 'cancelled' };
    if (stats.size > request.maxBytes) return { opened: false, reason: 'too-large', name, size: stats.size };

    const bytes = await deps.readFile(filePath);
    // The file may have grown between stat and read.
    if (bytes.byteLength > request.maxBytes) {
      return { opened: false, reason: 'too-large', name, size: bytes.byteLength };
    }
    return { opened: true, name, bytes: ownBytes(bytes) };
  });
}
