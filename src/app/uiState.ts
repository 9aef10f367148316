// Which panels and dialogs are open: view state only, never plan data.
import { create } from 'zustand';

interface UiState {
  paletteOpen: boolean;
  inspectorOpen: boolean;
  findingsOpen: boolean;
  shortcutsOpen: boolean;
  findOpen: boolean;
  plansOpen: boolean;
  set: (patch: Partial<Omit<UiState, 'set'>>) => void;
}

export const useUi = create<UiState>()((set) => ({
  paletteOpen: true,
  inspectorOpen: true,
  findingsOpen: true,
  shortcutsOpen: false,
  findOpen: false,
  plansOpen: false,
  set: (patch) => set(patch),
}));
