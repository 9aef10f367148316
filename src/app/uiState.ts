// Which panels and dialogs are open: view state only, never plan data. The panels shown and the
// main view are remembered in this browser (a reload opens the app as it was left); dialogs are not.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

type View = 'design' | 'deploy' | 'diff';
const VIEWS: readonly View[] = ['design', 'deploy', 'diff'];
/** Light, dark, or whatever the operating system is set to. */
export type ThemeChoice = 'system' | 'light' | 'dark';
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

interface UiState {
  paletteOpen: boolean;
  inspectorOpen: boolean;
  findingsOpen: boolean;
  /** The legend of role chips and link kinds on the canvas. */
  legendOpen: boolean;
  shortcutsOpen: boolean;
  findOpen: boolean;
  /** The main area: the diagram, the deployment checklist, or a comparison of two plans. */
  view: View;
  theme: ThemeChoice;
  set: (patch: Partial<Omit<UiState, 'set'>>) => void;
}

type Remembered = Pick<UiState, 'paletteOpen' | 'inspectorOpen' | 'findingsOpen' | 'legendOpen' | 'view' | 'theme'>;

export const UI_STORAGE_KEY = 'etd:ui';

/** Browser storage that may be missing or full: the layout is then simply not remembered. */
const storage = createJSONStorage<Remembered>(() => ({
  getItem: (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  setItem: (key, value) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Panel layout only; plan saving reports storage problems on its own.
    }
  },
  removeItem: (key) => {
    try {
      localStorage.removeItem(key);
    } catch {
      // As above.
    }
  },
}));

/** What was stored, field by field: anything unexpected keeps the default. */
export function restoreUi(stored: unknown): Partial<Remembered> {
  if (typeof stored !== 'object' || stored === null) return {};
  const s = stored as Record<string, unknown>;
  const out: Partial<Remembered> = {};
  for (const key of ['paletteOpen', 'inspectorOpen', 'findingsOpen', 'legendOpen'] as const)
    if (typeof s[key] === 'boolean') out[key] = s[key];
  if (VIEWS.includes(s.view as View)) out.view = s.view as View;
  if (THEMES.includes(s.theme as ThemeChoice)) out.theme = s.theme as ThemeChoice;
  return out;
}

export const useUi = create<UiState>()(
  persist(
    (set) => ({
      paletteOpen: true,
      inspectorOpen: true,
      findingsOpen: true,
      legendOpen: false,
      shortcutsOpen: false,
      findOpen: false,
      view: 'design',
      theme: 'system',
      set: (patch) => set(patch),
    }),
    {
      name: UI_STORAGE_KEY,
      version: 1,
      storage,
      partialize: (s): Remembered => ({
        paletteOpen: s.paletteOpen,
        inspectorOpen: s.inspectorOpen,
        findingsOpen: s.findingsOpen,
        legendOpen: s.legendOpen,
        view: s.view,
        theme: s.theme,
      }),
      merge: (stored, current) => ({ ...current, ...restoreUi(stored) }),
    },
  ),
);
