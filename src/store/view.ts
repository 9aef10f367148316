// Requests from panels to the canvas's viewport (zoom to items, fit, centre), so panels need no
// handle on React Flow itself.
import { create } from 'zustand';

interface ViewState {
  focus: { ids: string[]; nonce: number } | undefined;
  fit: number;
  /** An item is being dragged on the canvas (panels that follow the selection wait for the drop). */
  dragging: boolean;
  requestFocus: (ids: string[]) => void;
  requestFit: () => void;
}

export const useView = create<ViewState>()((set) => ({
  focus: undefined,
  fit: 0,
  dragging: false,
  requestFocus: (ids) => set((s) => ({ focus: { ids, nonce: (s.focus?.nonce ?? 0) + 1 } })),
  requestFit: () => set((s) => ({ fit: s.fit + 1 })),
}));

/** Where keyboard-added items go when nothing is selected: set by the canvas. */
export const viewport = { centre: () => ({ x: 0, y: 0 }) };
