import { parseSafeExternalUrl } from '../../security/external-url';
import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { openExternalRequest } from '../schemas';

export interface ExternalDeps {
  /** shell.openExternal */
  openExternal(url: string): Promise<void>;
}

/** Opens a web link in the system browser; answers false for anything that is not one. */
export function openExternalHandler<Event extends IpcEventLike>(deps: ExternalDeps) {
  return defineHandler('openExternal', openExternalRequest, async (url, _event: Event) => {
    const safe = parseSafeExternalUrl(url);
    if (safe === null) return false;
    await deps.openExternal(safe);
    return true;
  });
}
