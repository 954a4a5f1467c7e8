import type { z } from 'zod';
import type { IpcChannel } from '../../../common/bridge-contract';
import type { IpcEventLike } from '../security/trusted-sender';

/**
 * The one IPC registry. Every channel is declared as { channel, parse, handle }; the
 * registry, not the handler, checks who is asking and what they sent, so no handler can
 * forget to.
 *
 * `Event` is Electron's IpcMainInvokeEvent in the app and a small fake in tests.
 */
export interface IpcHandler<Schema extends z.ZodType = z.ZodType, Result = unknown, Event extends IpcEventLike = IpcEventLike> {
  readonly channel: IpcChannel;
  /** Validates the renderer's payload; its output is the only thing `handle` ever receives. */
  readonly parse: Schema;
  // Method syntax on purpose: handlers with different payload types share one list.
  handle(payload: z.output<Schema>, event: Event): Result | Promise<Result>;
}

/** The subset of Electron's ipcMain used here. */
export interface IpcMainLike<Event extends IpcEventLike> {
  handle(channel: string, listener: (event: Event, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface RegisterIpcOptions<Event extends IpcEventLike> {
  isTrustedSender(event: Event): boolean;
  log: { warn(message: string): void; error(message: string): void };
}

/** The renderer learns that it was refused and why, in one word; details go to the log. */
export class IpcRejection extends Error {
  constructor(
    readonly channel: string,
    readonly reason: 'untrusted-sender' | 'invalid-payload',
  ) {
    super(`${channel}: ${reason}`);
    this.name = 'IpcRejection';
  }
}

/** Paths and codes of the failed checks, never the values: they may be personal data. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(payload)'}: ${issue.code}`)
    .join('; ');
}

/**
 * Registers every handler on ipcMain. Each message is checked in order: trusted sender, at
 * most one payload argument, payload parses; only then does the handler run, with the
 * parsed value (unknown keys stripped). Returns a function that removes the handlers again.
 */
export function registerIpcHandlers<Event extends IpcEventLike>(
  ipcMain: IpcMainLike<Event>,
  handlers: ReadonlyArray<IpcHandler<z.ZodType, unknown, Event>>,
  options: RegisterIpcOptions<Event>,
): () => void {
  const seen = new Set<string>();
  for (const handler of handlers) {
    if (seen.has(handler.channel)) throw new Error(`IPC channel registered twice: ${handler.channel}`);
    seen.add(handler.channel);
  }

  for (const handler of handlers) {
    ipcMain.handle(handler.channel, async (event, ...args) => {
      if (!options.isTrustedSender(event)) {
        options.log.warn(`ipc ${handler.channel}: refused, untrusted sender`);
        throw new IpcRejection(handler.channel, 'untrusted-sender');
      }
      if (args.length > 1) {
        options.log.warn(`ipc ${handler.channel}: refused, ${args.length} arguments`);
        throw new IpcRejection(handler.channel, 'invalid-payload');
      }
      const parsed = handler.parse.safeParse(args[0]);
      if (!parsed.success) {
        options.log.warn(`ipc ${handler.channel}: refused, invalid payload (${describeIssues(parsed.error)})`);
        throw new IpcRejection(handler.channel, 'invalid-payload');
      }
      try {
        return await handler.handle(parsed.data, event);
      } catch (error) {
        const code = error instanceof Error ? error.name : 'unknown error';
        options.log.error(`ipc ${handler.channel}: handler failed (${code})`);
        throw error;
      }
    });
  }

  return () => {
    for (const handler of handlers) ipcMain.removeHandler(handler.channel);
  };
}
