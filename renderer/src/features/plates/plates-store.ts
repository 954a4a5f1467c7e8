import { create } from 'zustand';
import type { BadgeLayoutName, FrenchPlacement, Paper } from '../../domain/plates';

/**
 * The choices on the plates screen: ephemeral UI state (zustand), kept while the user moves
 * between areas and forgotten when the app closes. Nothing here copies a table.
 */
export type PlatesKind = 'panellists' | 'placards' | 'roles' | 'custom' | 'badges';

interface PlatesState {
  kind: PlatesKind;
  /** "session:<id>", "day:<date>", "person:<id>" or "all" (badges). '' = the first one. */
  source: string;
  /** Keys left out of the selection ("who" in the list); everything else prints. */
  excluded: ReadonlySet<string>;
  paper: Paper;
  marks: boolean;
  withLogo: boolean;
  french: FrenchPlacement;
  badgeLayout: BadgeLayoutName;
  organiserName: string;
  customText: string;
  /** States added by hand to the placards, beyond those registered. */
  extraStates: readonly string[];
  printerName: string;
  set: (patch: Partial<Omit<PlatesState, 'set' | 'toggle'>>) => void;
  toggle: (key: string) => void;
}

export const usePlatesStore = create<PlatesState>((set) => ({
  kind: 'panellists',
  source: '',
  excluded: new Set(),
  paper: 'A4',
  marks: true,
  withLogo: true,
  french: 'same-face',
  badgeLayout: 'a4x8',
  organiserName: '',
  customText: '',
  extraStates: [],
  printerName: '',
  set: (patch) => set(patch),
  toggle: (key) =>
    set((state) => {
      const excluded = new Set(state.excluded);
      if (excluded.has(key)) excluded.delete(key);
      else excluded.add(key);
      return { excluded };
    }),
}));
