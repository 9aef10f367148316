// The only mutable state of the app: the open plan, the selection and whether undo and redo can
// run. The plan is derived from the open plan's shared document (src/doc): every edit goes through
// `apply` with a pure model edit, which the document binding writes as one transaction, so undo,
// autosave, other tabs and validation all see the same plan. The document code (Yjs) is not
// imported here: a plan only shown (a share link) is painted before that code has loaded.
import { create } from 'zustand';
import { allIds, emptyPlan, type Plan } from '../model/index.ts';
import type { PlanDocument } from '../doc/index.ts';

export interface ApplyOptions {
  /** Edits of one series (arrow-key nudges of the same items) merge into one undo step. */
  series?: string;
}

export interface PlanState {
  plan: Plan;
  /** Id of the open plan in the plan library. */
  planId: string;
  /** Selected item ids (sites, servers, clusters, infrastructure, links). */
  selection: string[];
  /** A plan opened from a share link: shown, not editable until copied. */
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  apply: (edit: (plan: Plan) => Plan, select?: string[], options?: ApplyOptions) => void;
  /** Shows a plan: a document (stored, shared with other tabs, editable) or a plain plan only shown (`readOnly`). */
  open: (planId: string, source: Plan | PlanDocument, options?: { readOnly?: boolean }) => void;
  select: (ids: string[]) => void;
}

/** None until a document is opened, and none behind a plan only shown: nothing to edit, undo or store. */
let document: PlanDocument | undefined;
let detach: () => void = () => {};
let applying = false;

/** The document behind the open plan (for persistence, tab sync and checklist progress); none for a plan only shown. */
export const openDocument = (): PlanDocument | undefined => document;

/** Whether the source is a plan's document rather than a plain plan (told apart without the document code). */
const isDocument = (source: Plan | PlanDocument): source is PlanDocument => 'doc' in source;

export const usePlanStore = create<PlanState>()((set, get) => ({
  plan: emptyPlan(),
  planId: '',
  selection: [],
  // Nothing is open yet: nothing can be edited until a plan's document is.
  readOnly: true,
  canUndo: false,
  canRedo: false,
  apply: (edit, select, options) => {
    const { plan, readOnly } = get();
    if (readOnly || !document) return;
    const next = edit(plan);
    if (next === plan && !select) return;
    applying = true;
    let derived: Plan;
    try {
      derived = document.apply(next, options?.series);
    } finally {
      applying = false;
    }
    const history = { canUndo: document.canUndo, canRedo: document.canRedo };
    set(select ? { plan: derived, selection: select, ...history } : { plan: derived, ...history });
  },
  open: (planId, source, options) => {
    const readOnly = options?.readOnly ?? false;
    // An editable plan is always a document (the library's): an edit must have somewhere to go.
    if (!isDocument(source) && !readOnly) throw new Error('Only a plan document can be opened for editing.');
    detach();
    detach = () => {};
    // A plan only shown (a share link) needs no document: writing thousands of items into one
    // froze the tab for seconds at 5,000 servers, and its first paint does not wait for Yjs.
    if (!isDocument(source)) {
      document = undefined;
      set({ planId, plan: source, selection: [], readOnly, canUndo: false, canRedo: false });
      return;
    }
    const current = (document = source);
    const offPlan = current.on('plan', (plan) => set({ plan }));
    const offHistory = current.on('history', () => {
      if (!applying) set({ canUndo: current.canUndo, canRedo: current.canRedo });
    });
    detach = () => {
      offPlan();
      offHistory();
    };
    set({ planId, plan: current.plan, selection: [], readOnly, canUndo: current.canUndo, canRedo: current.canRedo });
  },
  select: (ids) => {
    const current = get().selection;
    if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
    set({ selection: ids });
  },
}));

// The selection only names items of the open plan: an edit, undo or redo that removes a selected
// item drops it from the selection too (the canvas would otherwise keep an id it cannot show).
// A few selected ids are looked up list by list (no set of every id built on each edit); an edit
// that replaced no list (a move) removed nothing.
const LISTS = ['sites', 'servers', 'clusters', 'infrastructure', 'links'] as const;
// Each list is searched from its end, where an edit's new items are (a palette add selects its item).
const holds = (plan: Plan, id: string) =>
  LISTS.some((c) => {
    const list = plan[c];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.id === id) return true;
    return false;
  });

usePlanStore.subscribe((state, previous) => {
  if (state.plan === previous.plan || state.selection.length === 0) return;
  const { plan } = state;
  if (LISTS.every((c) => plan[c] === previous.plan[c])) return;
  const ids = state.selection.length > 8 ? allIds(plan) : undefined;
  const kept = state.selection.filter((id) => (ids ? ids.has(id) : holds(plan, id)));
  if (kept.length !== state.selection.length) usePlanStore.setState({ selection: kept });
});

export const undo = () => {
  if (!usePlanStore.getState().readOnly) document?.undo();
};
export const redo = () => {
  if (!usePlanStore.getState().readOnly) document?.redo();
};

