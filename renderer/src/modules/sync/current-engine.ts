/** The engine of the series this station shares now (one at a time), for the screens that need its document. */
import { useSyncExternalStore } from 'react';
import type { SyncEngine } from './sync-engine';

let engine: SyncEngine | null = null;
const listeners = new Set<() => void>();

export function setCurrentEngine(next: SyncEngine | null): void {
  engine = next;
  for (const listener of listeners) listener();
}

export function getCurrentEngine(): SyncEngine | null {
  return engine;
}

export function useCurrentEngine(): SyncEngine | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => engine,
  );
}
