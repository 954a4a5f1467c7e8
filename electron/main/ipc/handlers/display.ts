import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { noPayload } from '../schemas';

export interface DisplayDeps {
  openDisplay(): void;
  closeDisplay(): void;
}

export function openDisplayHandler<Event extends IpcEventLike>(deps: DisplayDeps) {
  return defineHandler('openDisplay', noPayload, (_payload, _event: Event) => deps.openDisplay());
}

export function closeDisplayHandler<Event extends IpcEventLike>(deps: DisplayDeps) {
  return defineHandler('closeDisplay', noPayload, (_payload, _event: Event) => deps.closeDisplay());
}
