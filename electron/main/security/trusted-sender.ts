import { isAppUrl } from '../app-origin';

/** The parts of an IPC event that identify who sent it. */
export interface SenderFrameLike {
  url: string;
  /** null for a top-level frame; the app never embeds itself, so sub-frames are not trusted. */
  parent: unknown;
}

export interface IpcEventLike {
  /** null when the frame has navigated away or been destroyed since it sent the message. */
  senderFrame: SenderFrameLike | null;
}

/**
 * An IPC message is trusted only when it comes from the top frame of an app page: the
 * `app://session-desk` origin, or the dev server's origin in development. Checked on every
 * message, because a window's contents can change after the window was created.
 */
export function isTrustedSender(event: IpcEventLike, devServerUrl: string | null): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, devServerUrl);
}
