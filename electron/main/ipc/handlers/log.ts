import type { IpcEventLike } from '../../security/trusted-sender';
import { defineHandler } from '../define-handler';
import { logErrorRequest } from '../schemas';

export interface LogDeps {
  error(message: string): void;
}

/** The renderer reports a failure it showed (a write that did not reach the store, a screen that stopped): one line in the log. */
export function logErrorHandler<Event extends IpcEventLike>(deps: LogDeps) {
  return defineHandler('logError', logErrorRequest, async (message, _event: Event) => {
    // One line per report: line breaks in the renderer's text would forge log lines.
    deps.error(`renderer: ${message.replace(/[\r\n]+/g, ' ')}`);
  });
}
