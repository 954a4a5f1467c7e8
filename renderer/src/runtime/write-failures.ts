import { create } from 'zustand';
import type { WriteFailureReason } from '../db/storage-status';

/**
 * The last write that did not reach the store, shown on every screen until it is dismissed or
 * a later write succeeds. Ephemeral UI state (zustand): the failure itself could not be stored.
 */
export interface WriteFailure {
  /** What was not saved, in the interface language ("the check-in of Amina Diallo"). */
  what: string;
  reason: WriteFailureReason;
  /** The error's own words, for the log and for support. */
  detail: string;
  at: number;
}

interface WriteFailureState {
  failure: WriteFailure | null;
  report: (failure: WriteFailure) => void;
  /** A write succeeded: the store takes writes again. */
  recovered: () => void;
  dismiss: () => void;
}

export const useWriteFailures = create<WriteFailureState>((set) => ({
  failure: null,
  report: (failure) => set({ failure }),
  recovered: () => set((state) => (state.failure ? { failure: null } : state)),
  dismiss: () => set({ failure: null }),
}));
