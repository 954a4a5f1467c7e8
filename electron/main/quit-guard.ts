import type { Logger } from './logger';

export interface QuitGuardDeps {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  log: Pick<Logger, 'info' | 'warn'>;
}

/** Long enough for a backup of a large series; short enough that a hung renderer cannot keep the app open. */
export const FINAL_BACKUP_TIMEOUT_MS = 10_000;

export interface CloseEventLike {
  preventDefault(): void;
}

/**
 * One final backup before the console closes. The renderer subscribes with awaitQuit; on the
 * window's first 'close', main holds the close, answers the subscription and waits until the
 * renderer says quitReady (or the timeout passes), then closes for real. Nobody subscribed
 * (the storage-problem screen, a page still loading): the window closes at once.
 *
 * Only the rule lives here; composition.ts wires it to the window and the timers.
 */
export function createQuitGuard(deps: QuitGuardDeps, timeoutMs = FINAL_BACKUP_TIMEOUT_MS) {
  let waiters: Array<() => void> = [];
  let state: 'open' | 'asking' | 'done' = 'open';
  let closeAgain: (() => void) | null = null;
  let timer: unknown = null;

  const finish = (why: string) => {
    if (state !== 'asking') return;
    state = 'done';
    deps.clearTimeout(timer);
    deps.log.info(`final backup ${why}; closing`);
    const close = closeAgain;
    closeAgain = null;
    close?.();
  };

  return {
    /** The awaitQuit handler: settles when the close starts (at once if it already has). */
    waitForQuit(): Promise<void> {
      if (state !== 'open') return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },

    /** The quitReady handler. */
    finalBackupDone(): void {
      finish('written');
    },

    /** The console window's 'close' event. `close` closes it again (or quits) once the backup is done. */
    onClose(event: CloseEventLike, close: () => void): void {
      if (state === 'done') return;
      if (state === 'open' && waiters.length === 0) {
        // Nobody to ask: let this close go ahead.
        state = 'done';
        return;
      }
      event.preventDefault();
      if (state === 'asking') return;
      state = 'asking';
      closeAgain = close;
      const answered = waiters;
      waiters = [];
      for (const resolve of answered) resolve();
      timer = deps.setTimeout(() => {
        deps.log.warn('final backup took too long');
        finish('not confirmed');
      }, timeoutMs);
    },

    /** The console is gone: a console opened later (macOS) starts afresh. */
    reset(): void {
      deps.clearTimeout(timer);
      state = 'open';
      waiters = [];
      closeAgain = null;
    },
  };
}

export type QuitGuard = ReturnType<typeof createQuitGuard>;
