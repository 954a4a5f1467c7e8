import { z } from 'zod';
import type { SharingInfo, StartHubRequest, StartHubResult } from '../../../../common/bridge-contract';
import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { noPayload } from '../schemas';

export interface SharingDeps {
  info(): SharingInfo;
  start(request: StartHubRequest): Promise<StartHubResult>;
  stop(fingerprint: string): Promise<void>;
  allowHubs(hubs: string[]): boolean;
}

const fingerprint = z.string().regex(/^[0-9a-f]{16}$/);
const hubAddress = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}:\d{1,5}$/);

export const startHubRequest = z.object({
  fingerprint,
  secret: z.string().regex(/^[0-9A-Z]{26}$/),
  dataFormat: z.number().int().min(1).max(255),
  port: z.number().int().min(1024).max(65535),
});

export function sharingInfoHandler<Event extends IpcEventLike>(deps: SharingDeps) {
  return defineHandler('sharingInfo', noPayload, (_payload, _event: Event) => deps.info());
}

export function startHubHandler<Event extends IpcEventLike>(deps: SharingDeps) {
  return defineHandler('startHub', startHubRequest, (payload, _event: Event) => deps.start(payload));
}

export function stopHubHandler<Event extends IpcEventLike>(deps: SharingDeps) {
  return defineHandler('stopHub', fingerprint, (payload, _event: Event) => deps.stop(payload));
}

export function allowHubsHandler<Event extends IpcEventLike>(deps: SharingDeps) {
  return defineHandler('allowHubs', z.array(hubAddress).max(32), (payload, _event: Event) => deps.allowHubs(payload));
}
