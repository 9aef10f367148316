// Which panels and dialogs are open: view state only, never plan data.
import { create } from 'zustand';

interface UiState {
  paletteOpen: boolean;
  inspectorOpen: boolean;
  findingsOpen: boolean;
  shortcutsOpen: boolean;
  findOpen: boolean;
  /** The main area: the diagram, the deployment checklist, or a comparison of two plans. */
  view: 'design' | 'deploy' | 'diff';
  set: (patch: Partial<Omit<UiState, 'set'>>) => void;
}

export const useUi = create<UiState>()((set) => ({
  paletteOpen: true,
  inspectorOpen: true,
  findingsOpen: true,
  shortcutsOpen: false,
  findOpen: false,
  view: 'design',
  set: (patch) => set(patch),
}));
