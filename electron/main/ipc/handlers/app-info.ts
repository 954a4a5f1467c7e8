import { defineHandler } from '../define-handler';
import { noPayload } from '../schemas';
import type { IpcEventLike } from '../../security/trusted-sender';

export interface AppInfoDeps {
  version: string;
  /** app.getPath('userData'): where backups and the log live. */
  dataFolder: string;
  platform: string;
}

export function appInfoHandler<Event extends IpcEventLike>(deps: AppInfoDeps) {
  return defineHandler('appInfo', noPayload, (_payload, _event: Event) => ({
    version: deps.version,
    dataFolder: deps.dataFolder,
    platform: deps.platform,
    shell: 'electron' as const,
  }));
}
