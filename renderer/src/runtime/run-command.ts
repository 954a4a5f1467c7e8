import { useCallback } from 'react';
import { classifyWriteError, type WriteFailureReason } from '../db/storage-status';
import { useHost } from './contexts';
import { useWriteFailures } from './write-failures';

export type CommandOutcome<T> = { ok: true; value: T } | { ok: false; reason: WriteFailureReason };

export type RunCommand = <T>(what: string, command: () => Promise<T>) => Promise<CommandOutcome<T>>;

/**
 * The one way a screen runs a command (a write through db/commands): it awaits it and, when
 * it fails, says so at once on every screen, in words, logs it, and tells the caller, which
 * drops whatever it showed ahead of the record. Never throws: a failed write is an outcome.
 *
 * `what` names the change in the interface language ("the check-in of Amina Diallo").
 */
export function useRunCommand(): RunCommand {
  const host = useHost();
  const report = useWriteFailures((s) => s.report);
  const recovered = useWriteFailures((s) => s.recovered);
  return useCallback(
    async <T>(what: string, command: () => Promise<T>): Promise<CommandOutcome<T>> => {
      try {
        const value = await command();
        recovered();
        return { ok: true, value };
      } catch (error) {
        const reason = classifyWriteError(error);
        const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        report({ what, reason, detail, at: Date.now() });
        void host.logError(`Not saved: ${what}. ${detail}`);
        return { ok: false, reason };
      }
    },
    [host, report, recovered],
  );
}
