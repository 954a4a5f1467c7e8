/**
 * Where this station stands on the venue network, for the top bar: connected (and with how many
 * stations), offline since a time with the changes waiting to go, the hub unreachable, or
 * refused (with why). One small store that the engine writes and the screens read.
 */
import { useSyncExternalStore } from 'react';
import type { RefusalReason } from '../../../../common/sync/wire';

export type SyncStatus =
  | { kind: 'off' }
  | { kind: 'connecting'; pending: number }
  | { kind: 'connected'; stations: number; hub: string }
  | { kind: 'offline'; since: number; pending: number }
  | { kind: 'unreachable'; pending: number }
  | { kind: 'refused'; reason: RefusalReason | 'another-series' };

let current: SyncStatus = { kind: 'off' };
const listeners = new Set<() => void>();

export function setSyncStatus(status: SyncStatus): void {
  if (JSON.stringify(status) === JSON.stringify(current)) return;
  current = status;
  for (const listener of listeners) listener();
}

export function getSyncStatus(): SyncStatus {
  return current;
}

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeSyncStatus, getSyncStatus);
}
