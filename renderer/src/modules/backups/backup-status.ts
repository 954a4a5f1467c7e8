/**
 * Whether backups are working, for every screen: a failed backup stays on screen until a
 * backup succeeds (a backup that fails in silence is the one that is missed after a crash).
 * Also a counter that moves on every change to the backups folder, so that lists refresh.
 * Ephemeral UI state, in zustand.
 */
import { create } from 'zustand';

export type BackupFailureKind =
  /** The series' id cannot name a file (a series imported by an older version, e.g. "PS30_2018"). */
  | 'series-id'
  /** The host could not write it (full disk, storage refused, keychain locked…). */
  | 'write';

export interface BackupFailure {
  kind: BackupFailureKind;
  /** The error's own words, for support; the screen leads with a sentence of its own. */
  detail: string;
  at: number;
}

interface BackupStatusState {
  failure: BackupFailure | null;
  lastSuccessAt: number | null;
  /** Moves on every write or delete in the backups folder. */
  revision: number;
  succeeded(at: number): void;
  failed(failure: BackupFailure): void;
  changed(): void;
}

export const useBackupStatus = create<BackupStatusState>((set) => ({
  failure: null,
  lastSuccessAt: null,
  revision: 0,
  succeeded: (at) => set((s) => ({ failure: null, lastSuccessAt: at, revision: s.revision + 1 })),
  failed: (failure) => set({ failure }),
  changed: () => set((s) => ({ revision: s.revision + 1 })),
}));
