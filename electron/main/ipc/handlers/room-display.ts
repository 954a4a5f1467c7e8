import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { noPayload } from '../schemas';

export interface DisplayDeps {
  openRoomDisplay(): void;
  closeRoomDisplay(): void;
}

export function openRoomDisplayHandler<Event extends IpcEventLike>(deps: DisplayDeps) {
  return defineHandler('openRoomDisplay', noPayload, (_payload, _event: Event) => deps.openRoomDisplay());
}

export function closeRoomDisplayHandler<Event extends IpcEventLike>(deps: DisplayDeps) {
  return defineHandler('closeRoomDisplay', noPayload, (_payload, _event: Event) => deps.closeRoomDisplay());
}
