// Requests from panels to the canvas's viewport (zoom to items, fit, centre), so panels need no
// handle on React Flow itself; and what a drag in progress shows (its target, snap guides).
import { create } from 'zustand';
import type { Guide } from '../layout/guides.ts';

/** The container or server that would receive the drag now, and why not if it refuses. */
export interface DropHint {
  id: string;
  refused?: string;
}

interface ViewState {
  focus: { ids: string[]; nonce: number } | undefined;
  fit: number;
  /** An item is being dragged on the canvas (panels that follow the selection wait for the drop). */
  dragging: boolean;
  dropHint: DropHint | undefined;
  guides: readonly Guide[];
  requestFocus: (ids: string[]) => void;
  requestFit: () => void;
}

export const useView = create<ViewState>()((set) => ({
  focus: undefined,
  fit: 0,
  dragging: false,
  dropHint: undefined,
  guides: [],
  requestFocus: (ids) => set((s) => ({ focus: { ids, nonce: (s.focus?.nonce ?? 0) + 1 } })),
  requestFit: () => set((s) => ({ fit: s.fit + 1 })),
}));

/** Shows `hint` (or none), touching the store only when it differs from what is shown. */
export function showDropHint(hint: DropHint | undefined) {
  const current = useView.getState().dropHint;
  if (current?.id === hint?.id && current?.refused === hint?.refused) return;
  useView.setState({ dropHint: hint });
}

const sameGuides = (a: readonly Guide[], b: readonly Guide[]) =>
  a.length === b.length && a.every((g, i) => g.axis === b[i]!.axis && g.at === b[i]!.at && g.from === b[i]!.from && g.to === b[i]!.to);

export function showGuides(guides: readonly Guide[]) {
  if (!sameGuides(useView.getState().guides, guides)) useView.setState({ guides });
}

/** Where keyboard-added items go when nothing is selected: set by the canvas. */
export const viewport = { centre: () => ({ x: 0, y: 0 }) };
