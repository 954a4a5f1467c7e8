import { create } from 'zustand';

/**
 * Ephemeral UI state of the console: which session is shown (null = follow the session now
 * running) and whether a sound plays at zero (off by default; remembered on this laptop only).
 */
const SOUND_KEY = 'session-desk.moderator.sound';

function readSound(): boolean {
  try {
    return globalThis.localStorage?.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

interface ModeratorUiState {
  chosenSessionId: string | null;
  soundOn: boolean;
  chooseSession: (sessionId: string | null) => void;
  setSound: (on: boolean) => void;
}

export const useModeratorUi = create<ModeratorUiState>((set) => ({
  chosenSessionId: null,
  soundOn: readSound(),
  chooseSession: (chosenSessionId) => set({ chosenSessionId }),
  setSound: (soundOn) => {
    try {
      globalThis.localStorage?.setItem(SOUND_KEY, soundOn ? 'on' : 'off');
    } catch {
      // Private mode or storage full: the choice lasts for this window only.
    }
    set({ soundOn });
  },
}));
