import { describe, expect, it, vi } from 'vitest';
import { scheduleBackups } from '../../../renderer/src/modules/backups/backups';
import { backUpNow, registerBackupNow } from '../../../renderer/src/modules/backups/backup-now';
import { createSessionEndWatcher } from '../../../renderer/src/modules/backups/session-end-backup';
import { hasOpenSlot, sessionJustEnded } from '../../../renderer/src/domain/moderator/session-end';
import type { SlotStatus } from '../../../renderer/src/domain/core/model';

const slots = (...statuses: SlotStatus[]) => statuses.map((status) => ({ status }));

function fakeSchedule() {
  let listener: () => void = () => {};
  let finish: () => void = () => {};
  const backUp = vi.fn(
    () =>
      new Promise<void>((resolve) => {
        finish = resolve;
      }),
  );
  const schedule = scheduleBackups({
    backUp,
    onStoreChange: (l) => {
      listener = l;
      return () => undefined;
    },
    setInterval: () => 1,
    clearInterval: () => undefined,
    log: vi.fn(),
  });
  return { schedule, backUp, change: () => listener(), finish: () => finish() };
}

describe('when a session is over', () => {
  it('no slot pending, speaking or paused', () => {
    expect(hasOpenSlot(slots('done', 'pending'))).toBe(true);
    expect(hasOpenSlot(slots('done', 'paused'))).toBe(true);
    expect(hasOpenSlot(slots('done', 'skipped', 'absent'))).toBe(false);
  });

  it('just ended: open before, none open now, something was run', () => {
    expect(sessionJustEnded(slots('done', 'speaking'), slots('done', 'done'))).toBe(true);
    expect(sessionJustEnded(slots('speaking', 'pending'), slots('done', 'speaking'))).toBe(false);
    expect(sessionJustEnded(slots('done', 'done'), slots('done', 'done'))).toBe(false);
    // The last slot deleted from the programme is no end of a session.
    expect(sessionJustEnded(slots('pending'), slots())).toBe(false);
  });

  it('the watcher fires once on the end, not on the first reading nor on a change of session', () => {
    const onEnd = vi.fn();
    const watch = createSessionEndWatcher(onEnd);
    watch('s1', slots('done', 'done'));
    expect(onEnd).not.toHaveBeenCalled();
    watch('s2', slots('done', 'speaking'));
    watch('s2', slots('done', 'done'));
    expect(onEnd).toHaveBeenCalledWith('s2');
    watch('s2', slots('done', 'done'));
    watch('s1', slots('done', 'done'));
    expect(onEnd).toHaveBeenCalledOnce();
    // An undo reopens the session; ending it again backs up again.
    watch('s2', slots('done', 'speaking'));
    watch('s2', slots('done', 'done'));
    expect(onEnd).toHaveBeenCalledTimes(2);
  });
});

describe('backups asked for by a feature', () => {
  it('a forced flush backs up even when nothing changed', async () => {
    const f = fakeSchedule();
    const done = f.schedule.flush({ force: true });
    expect(f.backUp).toHaveBeenCalledOnce();
    f.finish();
    await done;
  });

  it('a flush during a backup waits, then backs up what changed meanwhile', async () => {
    const f = fakeSchedule();
    f.change();
    const first = f.schedule.flush();
    f.change();
    const second = f.schedule.flush();
    expect(f.backUp).toHaveBeenCalledTimes(1);
    f.finish();
    await first;
    await vi.waitFor(() => expect(f.backUp).toHaveBeenCalledTimes(2));
    f.finish();
    await second;
    // Nothing new: the quit flush has nothing to do.
    await f.schedule.flush();
    expect(f.backUp).toHaveBeenCalledTimes(2);
  });

  it('backUpNow forces the registered schedule, and does nothing once it is gone', async () => {
    const flush = vi.fn(async () => undefined);
    const unregister = registerBackupNow(flush);
    await backUpNow();
    expect(flush).toHaveBeenCalledWith({ force: true });
    unregister();
    await backUpNow();
    expect(flush).toHaveBeenCalledOnce();
  });
});
