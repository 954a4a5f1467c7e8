import { create } from 'zustand';

/**
 * A short confirmation shown at the top of the page ("A copy was made…"). Ephemeral UI
 * state: it lives in zustand, not in the database, and survives a change of page.
 */
interface NoticeState {
  message: string | null;
  show: (message: string) => void;
  clear: () => void;
}

export const useNotice = create<NoticeState>((set) => ({
  message: null,
  show: (message) => set({ message }),
  clear: () => set({ message: null }),
}));
