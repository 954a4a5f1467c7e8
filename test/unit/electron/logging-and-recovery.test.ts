// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createRendererCrashRecovery, crashNoticeText, RELOADS_PER_MINUTE, type CrashNotice } from '../../../electron/main/crash-recovery';
import { createFileLogger, formatLogLine } from '../../../electron/main/logger';

const NOW = new Date('2026-04-11T09:30:00.000Z');

describe('the file logger', () => {
  it('appends one timestamped line per entry, in order', async () => {
    const lines: string[] = [];
    const log = createFileLogger({
      filePath: '/data/session-desk.log',
      appendFile: async (_p, text) => {
        lines.push(text);
      },
      now: () => NOW,
    });
    log.info('started');
    log.error('renderer gone');
    await log.flush();
    expect(lines).toEqual(['2026-04-11T09:30:00.000Z INFO started\n', '2026-04-11T09:30:00.000Z ERROR renderer gone\n']);
  });

  it('folds line breaks so that a message cannot forge another entry', () => {
    expect(formatLogLine(NOW, 'WARN', 'a\n2026-01-01T00:00:00.000Z INFO forged')).toBe(
      '2026-04-11T09:30:00.000Z WARN a 2026-01-01T00:00:00.000Z INFO forged\n',
    );
  });

  it('survives a log file that cannot be written', async () => {
    const log = createFileLogger({
      filePath: '/read-only/x.log',
      appendFile: () => Promise.reject(new Error('EROFS')),
      now: () => NOW,
    });
    log.warn('one');
    log.warn('two');
    await expect(log.flush()).resolves.toBeUndefined();
  });
});

describe('renderer crash recovery', () => {
  function setup() {
    const messages: string[] = [];
    const log = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m) };
    let now = NOW.getTime();
    const timers: Array<{ at: number; run: () => void }> = [];
    const notices: Array<{ notice: CrashNotice; reloadNow: () => void }> = [];
    const recover = createRendererCrashRecovery({
      log,
      now: () => now,
      schedule: (run, ms) => timers.push({ at: now + ms, run }),
      tellUser: (_win, notice, reloadNow) => notices.push({ notice, reloadNow }),
    });
    const newWindow = () => ({ isDestroyed: () => false, webContents: { reload: vi.fn() } });
    /** Moves the clock on and runs the timers that are due. */
    const advance = (ms: number) => {
      now += ms;
      for (const timer of timers.splice(0).filter((t) => (t.at <= now ? (t.run(), false) : true))) timers.push(timer);
    };
    return { recover, win: newWindow(), newWindow, messages, timers, notices, advance };
  }
  const crash = { reason: 'crashed', exitCode: 139 };

  it('reloads a crashed renderer and logs it', () => {
    const { recover, win, messages } = setup();
    expect(recover(win, crash, 'console')).toBe('reloaded');
    expect(win.webContents.reload).toHaveBeenCalledOnce();
    expect(messages[0]).toBe('console renderer gone (reason crashed, exit code 139); reloading');
  });

  it('reloads a window that crashes again, up to three times a minute', () => {
    const { recover, win, notices, advance } = setup();
    for (let i = 0; i < RELOADS_PER_MINUTE; i++) {
      expect(recover(win, crash, 'console')).toBe('reloaded');
      advance(5_000);
    }
    expect(win.webContents.reload).toHaveBeenCalledTimes(3);
    expect(notices).toEqual([]);
  });

  it('past the limit: says so, and reloads when the minute has passed; never leaves the window dead', () => {
    const { recover, win, notices, messages, advance } = setup();
    for (let i = 0; i < 3; i++) {
      recover(win, crash, 'console');
      advance(10_000);
    }
    // Three reloads at 0, 10 and 20 s; the fourth crash at 30 s waits until 60 s.
    expect(recover(win, { reason: 'oom', exitCode: 0 }, 'console')).toBe('reload-delayed');
    expect(win.webContents.reload).toHaveBeenCalledTimes(3);
    expect(notices.map((n) => n.notice)).toEqual([{ windowName: 'console', crashes: 4, reloadInSeconds: 30 }]);
    expect(messages.at(-1)).toBe('console renderer gone (reason oom, exit code 0); 4 crashes within a minute, reloading in 30 s');
    advance(29_000);
    expect(win.webContents.reload).toHaveBeenCalledTimes(3);
    advance(1_000);
    expect(win.webContents.reload).toHaveBeenCalledTimes(4);
    // The one reload waited for happens once, whichever comes first.
    notices[0]?.reloadNow();
    expect(win.webContents.reload).toHaveBeenCalledTimes(4);
  });

  it('"Reopen now" reloads at once, and the wait still counts against the next minute', () => {
    const { recover, win, notices, timers, advance } = setup();
    for (let i = 0; i < 3; i++) recover(win, crash, 'room display');
    expect(recover(win, crash, 'room display')).toBe('reload-delayed');
    notices[0]?.reloadNow();
    expect(win.webContents.reload).toHaveBeenCalledTimes(4);
    advance(60_000);
    expect(win.webContents.reload).toHaveBeenCalledTimes(4);
    expect(timers).toEqual([]);
    // A minute later those reloads have aged out: the next crash reloads at once.
    expect(recover(win, crash, 'room display')).toBe('reloaded');
  });

  it('keeps crashing for ever: at most three reloads in any minute, and always another one', () => {
    const { recover, win, advance } = setup();
    let reloads = 0;
    // A crash every 2 s for ten minutes, each as soon as the window has been reloaded.
    for (let t = 0; t < 600_000; t += 2_000) {
      const before = win.webContents.reload.mock.calls.length;
      recover(win, crash, 'console');
      advance(2_000);
      reloads += win.webContents.reload.mock.calls.length - before;
    }
    expect(reloads).toBeGreaterThanOrEqual(10 * RELOADS_PER_MINUTE - 3);
    expect(reloads).toBeLessThanOrEqual(10 * RELOADS_PER_MINUTE + 3);
  });

  it('counts each window separately', () => {
    const { recover, win, newWindow } = setup();
    const other = newWindow();
    for (let i = 0; i < 3; i++) recover(win, crash, 'console');
    expect(recover(other, crash, 'room display')).toBe('reloaded');
  });

  it('leaves a clean exit or a destroyed window alone', () => {
    const { recover, win } = setup();
    expect(recover(win, { reason: 'clean-exit', exitCode: 0 }, 'console')).toBe('ignored');
    const gone = { isDestroyed: () => true, webContents: { reload: vi.fn() } };
    expect(recover(gone, crash, 'console')).toBe('ignored');
    expect(win.webContents.reload).not.toHaveBeenCalled();
    expect(gone.webContents.reload).not.toHaveBeenCalled();
  });

  it('does not reload a window closed while its reload waited', () => {
    const { recover, advance } = setup();
    let destroyed = false;
    const win = { isDestroyed: () => destroyed, webContents: { reload: vi.fn() } };
    for (let i = 0; i < 4; i++) recover(win, crash, 'console');
    destroyed = true;
    advance(60_000);
    expect(win.webContents.reload).toHaveBeenCalledTimes(3);
  });

  it('words the notice in English, or in French with agreement', () => {
    const notice = { windowName: 'console', crashes: 4, reloadInSeconds: 30 };
    expect(crashNoticeText(notice, 'en-GB')).toMatchObject({
      message: 'The Session Desk window stopped 4 times in a minute.',
      buttons: ['Reopen now', 'Wait'],
    });
    expect(crashNoticeText(notice, 'en-GB').detail).toMatch(/^It will reopen in 30 s\. Everything saved stays on this laptop\./);
    expect(crashNoticeText(notice, 'fr-CH').message).toBe('La fenêtre de Session Desk s’est arrêtée 4 fois en une minute.');
    expect(crashNoticeText({ ...notice, windowName: 'room display' }, 'fr').message).toBe('L’écran de salle s’est arrêté 4 fois en une minute.');
    expect(crashNoticeText({ ...notice, windowName: 'room display' }, 'fr').detail).toMatch(/^Il sera rouvert dans 30 s\./);
  });
});
