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

export type RecoveryOutcome = 'reloaded' | 'reload-delayed' | 'ignored';

/** Reloads of one window allowed within a minute; past them the next waits for the minute to pass. */
export const RELOADS_PER_MINUTE = 3;
const MINUTE_MS = 60_000;

/** What the person at a window that keeps stopping is told. */
export interface CrashNotice {
  windowName: string;
  /** Times the window stopped within the last minute, this one included. */
  crashes: number;
  /** When it is reloaded by itself. */
  reloadInSeconds: number;
}

export interface CrashRecoveryDeps {
  log: Logger;
  now(): number;
  /** Runs `run` after `ms` milliseconds (setTimeout in the app). */
  schedule(run: () => void, ms: number): void;
  /** Shows the notice over the window; `reloadNow` reloads it before the time, if the person asks. */
  tellUser(win: RecoverableWindow, notice: CrashNotice, reloadNow: () => void): void;
}

interface WindowRecord {
  /** When the window was last reloaded after a crash, oldest first, within the last minute. */
  reloads: number[];
  /** A reload is waiting for the minute to pass. */
  waiting: boolean;
}

/**
 * What to do when a window's renderer process dies: reload it, so that a crash in the middle of
 * a session costs the moderator a second rather than a restart (the data is safe in IndexedDB
 * and the timer is recomputed from its persisted start). A window that keeps crashing is not
 * reloaded in a tight loop: past RELOADS_PER_MINUTE in a minute, the person is told, and the
 * window is reloaded when the minute has passed (or at once, if they ask). Never left dead.
 */
export function createRendererCrashRecovery(deps: CrashRecoveryDeps) {
  const { log } = deps;
  const records = new WeakMap<RecoverableWindow, WindowRecord>();

  const recordOf = (win: RecoverableWindow): WindowRecord => {
    let record = records.get(win);
    if (!record) {
      record = { reloads: [], waiting: false };
      records.set(win, record);
    }
    const since = deps.now() - MINUTE_MS;
    record.reloads = record.reloads.filter((at) => at > since);
    return record;
  };

  const reload = (win: RecoverableWindow, record: WindowRecord): void => {
    record.reloads.push(deps.now());
    win.webContents.reload();
  };

  return function onRenderProcessGone(win: RecoverableWindow, details: RenderProcessGoneDetailsLike, windowName: string): RecoveryOutcome {
    const what = `${windowName} renderer gone (reason ${details.reason}, exit code ${details.exitCode})`;
    // A clean exit is the process ending normally (e.g. while the window closes): nothing to mend.
    if (details.reason === 'clean-exit' || win.isDestroyed()) {
      log.info(`${what}; no action`);
      return 'ignored';
    }
    const record = recordOf(win);
    if (record.waiting) {
      log.error(`${what}; a reload is already waiting`);
      return 'reload-delayed';
    }
    if (record.reloads.length < RELOADS_PER_MINUTE) {
      log.error(`${what}; reloading`);
      reload(win, record);
      return 'reloaded';
    }
    const oldest = record.reloads[0] ?? deps.now();
    const waitMs = Math.max(0, oldest + MINUTE_MS - deps.now());
    record.waiting = true;
    const reloadOnce = () => {
      if (!record.waiting) return;
      record.waiting = false;
      if (win.isDestroyed()) return;
      recordOf(win);
      log.info(`${windowName} reloaded after waiting`);
      reload(win, record);
    };
    log.error(`${what}; ${record.reloads.length + 1} crashes within a minute, reloading in ${Math.ceil(waitMs / 1000)} s`);
    deps.schedule(reloadOnce, waitMs);
    deps.tellUser(win, { windowName, crashes: record.reloads.length + 1, reloadInSeconds: Math.ceil(waitMs / 1000) }, reloadOnce);
    return 'reload-delayed';
  };
}

/** French agrees with the window's gender: « la fenêtre s’est arrêtée », « l’écran s’est arrêté ». */
const FRENCH_WINDOWS: Record<string, { name: string; stopped: string; reopened: string }> = {
  console: { name: 'La fenêtre de Session Desk', stopped: 's’est arrêtée', reopened: 'Elle sera rouverte' },
  'room display': { name: 'L’écran de salle', stopped: 's’est arrêté', reopened: 'Il sera rouvert' },
};
const ENGLISH_WINDOWS: Record<string, string> = { console: 'The Session Desk window', 'room display': 'The room display' };

/**
 * The notice's words, in French when the system speaks French, else in English: the window that
 * would know the language chosen in the app is the one that stopped.
 */
export function crashNoticeText(notice: CrashNotice, locale: string): { message: string; detail: string; buttons: [string, string] } {
  if (locale.toLowerCase().startsWith('fr')) {
    const window = FRENCH_WINDOWS[notice.windowName] ?? { name: 'La fenêtre', stopped: 's’est arrêtée', reopened: 'Elle sera rouverte' };
    return {
      message: `${window.name} ${window.stopped} ${notice.crashes} fois en une minute.`,
      detail:
        `${window.reopened} dans ${notice.reloadInSeconds} s. Tout ce qui a été enregistré reste sur cet ordinateur. ` +
        'Si cela se reproduit, choisissez « Sauvegarder maintenant » dans les Paramètres, puis redémarrez Session Desk.',
      buttons: ['Rouvrir maintenant', 'Attendre'],
    };
  }
  const name = ENGLISH_WINDOWS[notice.windowName] ?? 'The window';
  return {
    message: `${name} stopped ${notice.crashes} times in a minute.`,
    detail:
      `It will reopen in ${notice.reloadInSeconds} s. Everything saved stays on this laptop. ` +
      'If it happens again, choose “Back up now” in Settings, then restart Session Desk.',
    buttons: ['Reopen now', 'Wait'],
  };
}
