// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createQuitGuard } from '../../../electron/main/quit-guard';

function setup() {
  let fire: (() => void) | null = null;
  const deps = {
    setTimeout: vi.fn((fn: () => void) => {
      fire = fn;
      return 7;
    }),
    clearTimeout: vi.fn(),
    log: { info: vi.fn(), warn: vi.fn() },
  };
  const guard = createQuitGuard(deps, 5000);
  const closeEvent = () => ({ preventDefault: vi.fn() });
  return { guard, deps, closeEvent, timeout: () => fire?.() };
}

describe('the final backup before the console closes', () => {
  it('holds the close, tells the renderer, and closes once it answers', async () => {
    const { guard, closeEvent, deps } = setup();
    const told = vi.fn();
    void guard.waitForQuit().then(told);
    const close = vi.fn();
    const first = closeEvent();
    guard.onClose(first, close);
    expect(first.preventDefault).toHaveBeenCalled();
    await Promise.resolve();
    expect(told).toHaveBeenCalledOnce();
    expect(close).not.toHaveBeenCalled();

    // A second close (the user clicks again) is held too, without asking twice.
    const second = closeEvent();
    guard.onClose(second, close);
    expect(second.preventDefault).toHaveBeenCalled();

    guard.finalBackupDone();
    expect(close).toHaveBeenCalledOnce();
    expect(deps.clearTimeout).toHaveBeenCalledWith(7);

    // The close that follows goes through.
    const last = closeEvent();
    guard.onClose(last, close);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('closes after the timeout when the renderer never answers', () => {
    const { guard, closeEvent, deps, timeout } = setup();
    void guard.waitForQuit();
    const close = vi.fn();
    guard.onClose(closeEvent(), close);
    expect(deps.setTimeout).toHaveBeenCalledWith(expect.any(Function), 5000);
    timeout();
    expect(close).toHaveBeenCalledOnce();
    expect(deps.log.warn).toHaveBeenCalled();
    guard.finalBackupDone();
    expect(close).toHaveBeenCalledOnce();
  });

  it('does not hold a window nobody listens in (storage problem, still loading)', () => {
    const { guard, closeEvent } = setup();
    const event = closeEvent();
    const close = vi.fn();
    guard.onClose(event, close);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
  });

  it('answers a subscription made after the close began at once, and starts afresh after reset', async () => {
    const { guard, closeEvent } = setup();
    void guard.waitForQuit();
    guard.onClose(closeEvent(), vi.fn());
    await expect(guard.waitForQuit()).resolves.toBeUndefined();
    guard.reset();
    const event = closeEvent();
    guard.onClose(event, vi.fn());
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
