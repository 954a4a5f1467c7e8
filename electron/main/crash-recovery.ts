import type { Logger } from './logger';

export interface RenderProcessGoneDetailsLike {
  reason: string;
  exitCode: number;
}

/** The parts of a BrowserWindow that recovery needs. */
export interface RecoverableWindow {
  isDestroyed(): boolean;
  webContents: { reload(): void };
}

export type RecoveryOutcome = 'reloaded' | 'gave-up' | 'ignored';

/**
 * What to do when a window's renderer process dies: reload it once, so that a one-off crash
 * in the middle of a session costs the moderator a second rather than a restart; the data is
 * safe in IndexedDB and the timer is recomputed from its persisted start. A second crash of
 * the same window is only logged: reloading in a loop would hide a real fault.
 */
export function createRendererCrashRecovery(log: Logger) {
  const reloadedOnce = new WeakSet<RecoverableWindow>();

  return function onRenderProcessGone(win: RecoverableWindow, details: RenderProcessGoneDetailsLike, windowName: string): RecoveryOutcome {
    const what = `${windowName} renderer gone (reason ${details.reason}, exit code ${details.exitCode})`;
    // A clean exit is the process ending normally (e.g. while the window closes): nothing to mend.
    if (details.reason === 'clean-exit' || win.isDestroyed()) {
      log.info(`${what}; no action`);
      return 'ignored';
    }
    if (reloadedOnce.has(win)) {
      log.error(`${what} again; not reloading a second time`);
      return 'gave-up';
    }
    reloadedOnce.add(win);
    log.error(`${what}; reloading`);
    win.webContents.reload();
    return 'reloaded';
  };
}
