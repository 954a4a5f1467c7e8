import type { z } from 'zod';
import { IPC_CHANNELS, type SessionDeskBridge } from '../../../common/bridge-contract';
import type { IpcEventLike } from '../security/trusted-sender';
import type { IpcHandler } from './registry';

/** The bridge's method names double as the keys of IPC_CHANNELS. */
export type BridgeMethod = keyof typeof IPC_CHANNELS;
/** What the renderer passes: the method's argument, or undefined for methods without one. */
export type BridgeRequest<M extends BridgeMethod> = Parameters<SessionDeskBridge[M]>[0];
export type BridgeResult<M extends BridgeMethod> = Awaited<ReturnType<SessionDeskBridge[M]>>;

/**
 * Declares the handler for one bridge method. The compiler holds it to the contract: the
 * schema must produce the method's request type and `handle` must return its result type,
 * so main, preload and renderer cannot drift apart silently.
 */
export function defineHandler<M extends BridgeMethod, Schema extends z.ZodType<BridgeRequest<M>>, Event extends IpcEventLike>(
  method: M,
  parse: Schema,
  handle: (payload: z.output<Schema>, event: Event) => BridgeResult<M> | Promise<BridgeResult<M>>,
): IpcHandler<Schema, BridgeResult<M>, Event> {
  return { channel: IPC_CHANNELS[method], parse, handle };
}
