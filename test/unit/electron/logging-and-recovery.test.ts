// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createRendererCrashRecovery } from '../../../electron/main/crash-recovery';
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
    const win = { isDestroyed: () => false, webContents: { reload: vi.fn() } };
    return { recover: createRendererCrashRecovery(log), win, messages };
  }

  it('reloads a crashed renderer once and logs it', () => {
    const { recover, win, messages } = setup();
    expect(recover(win, { reason: 'crashed', exitCode: 139 }, 'console')).toBe('reloaded');
    expect(win.webContents.reload).toHaveBeenCalledOnce();
    expect(messages[0]).toBe('console renderer gone (reason crashed, exit code 139); reloading');
  });

  it('does not reload in a loop: a second crash is logged only', () => {
    const { recover, win, messages } = setup();
    recover(win, { reason: 'crashed', exitCode: 139 }, 'console');
    expect(recover(win, { reason: 'oom', exitCode: 0 }, 'console')).toBe('gave-up');
    expect(win.webContents.reload).toHaveBeenCalledOnce();
    expect(messages[1]).toContain('not reloading a second time');
  });

  it('counts each window separately', () => {
    const { recover, win } = setup();
    const other = { isDestroyed: () => false, webContents: { reload: vi.fn() } };
    recover(win, { reason: 'crashed', exitCode: 1 }, 'console');
    expect(recover(other, { reason: 'crashed', exitCode: 1 }, 'room display')).toBe('reloaded');
  });

  it('leaves a clean exit or a destroyed window alone', () => {
    const { recover, win } = setup();
    expect(recover(win, { reason: 'clean-exit', exitCode: 0 }, 'console')).toBe('ignored');
    const gone = { isDestroyed: () => true, webContents: { reload: vi.fn() } };
    expect(recover(gone, { reason: 'crashed', exitCode: 1 }, 'console')).toBe('ignored');
    expect(win.webContents.reload).not.toHaveBeenCalled();
    expect(gone.webContents.reload).not.toHaveBeenCalled();
  });
});
