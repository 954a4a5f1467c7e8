import { describe, expect, it, vi } from 'vitest';
import { scheduleBackups } from '../../renderer/src/modules/backups/backups';

function fakeDeps() {
  let listener: () => void = () => {};
  let tick: () => void = () => {};
  const backUp = vi.fn(async () => undefined);
  return {
    backUp,
    change: () => listener(),
    tick: () => tick(),
    deps: {
      backUp,
      onStoreChange: (l: () => void) => {
        listener = l;
        return () => {
          listener = () => {};
        };
      },
      setInterval: (fn: () => void) => {
        tick = fn;
        return 1;
      },
      clearInterval: vi.fn(),
      log: vi.fn(),
    },
  };
}

describe('automatic backups', () => {
  it('back up at the interval only when something changed', async () => {
    const f = fakeDeps();
    const schedule = scheduleBackups(f.deps);
    f.tick();
    await schedule.flush();
    expect(f.backUp).not.toHaveBeenCalled();
    f.change();
    f.change();
    f.tick();
    await schedule.flush();
    expect(f.backUp).toHaveBeenCalledTimes(1);
    f.tick();
    expect(f.backUp).toHaveBeenCalledTimes(1);
  });

  it('try again after a failed backup, and stop listening when stopped', async () => {
    const f = fakeDeps();
    f.backUp.mockRejectedValueOnce(new Error('disk full'));
    const schedule = scheduleBackups(f.deps);
    f.change();
    await schedule.flush();
    expect(f.deps.log).toHaveBeenCalledOnce();
    await schedule.flush();
    expect(f.backUp).toHaveBeenCalledTimes(2);
    schedule.stop();
    f.change();
    await schedule.flush();
    expect(f.backUp).toHaveBeenCalledTimes(2);
    expect(f.deps.clearInterval).toHaveBeenCalledOnce();
  });
});
