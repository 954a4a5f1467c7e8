import { useEffect, useRef } from 'react';
import type { Slot } from '../../domain/core/model';
import { sessionJustEnded } from '../../domain/moderator/session-end';
import { backUpNow } from './backup-now';

/**
 * Watches the recorded slots of the session on the console and calls `onEnd` once when its
 * last slot ends. The first reading only sets the baseline, so opening the console on a
 * finished session takes no backup; a change of session starts a new baseline.
 */
export function createSessionEndWatcher(onEnd: (sessionId: string) => void) {
  let last: { sessionId: string; slots: readonly Pick<Slot, 'status'>[] } | null = null;
  return (sessionId: string, slots: readonly Pick<Slot, 'status'>[]): void => {
    const before = last && last.sessionId === sessionId ? last.slots : null;
    last = { sessionId, slots };
    if (before && sessionJustEnded(before, slots)) onEnd(sessionId);
  };
}

/** The moderator's console: a backup as soon as a session's last slot ends. */
export function useBackupWhenSessionEnds(sessionId: string, recordedSlots: readonly Slot[]): void {
  const watcher = useRef<ReturnType<typeof createSessionEndWatcher> | null>(null);
  useEffect(() => {
    watcher.current ??= createSessionEndWatcher(() => void backUpNow().catch((error: unknown) => console.error('Backup after the session failed', error)));
    watcher.current(sessionId, recordedSlots);
  }, [sessionId, recordedSlots]);
}
