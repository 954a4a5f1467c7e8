import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { noPayload } from '../schemas';

/** The parts of the quit guard (quit-guard.ts) the renderer may reach. */
export interface QuitDeps {
  waitForQuit(): Promise<void>;
  finalBackupDone(): void;
}

/** Answers when the console starts to close: the renderer's cue for its final backup. */
export function awaitQuitHandler<Event extends IpcEventLike>(deps: QuitDeps) {
  return defineHandler('awaitQuit', noPayload, (_payload, _event: Event) => deps.waitForQuit());
}

/** The renderer's final backup is written (or failed and was logged): the window may close. */
export function quitReadyHandler<Event extends IpcEventLike>(deps: QuitDeps) {
  return defineHandler('quitReady', noPayload, (_payload, _event: Event) => deps.finalBackupDone());
}
