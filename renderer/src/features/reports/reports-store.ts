import { create } from 'zustand';
import type { Audience } from '../../domain/reports';

/** Ephemeral choices of the Reports screen: which version exports and prints follow. */
interface ReportsState {
  audience: Audience;
  setAudience: (audience: Audience) => void;
}

/** Public by default: least exposure unless the organisers ask for their own version. */
export const useReportsStore = create<ReportsState>((set) => ({
  audience: 'public',
  setAudience: (audience) => set({ audience }),
}));
