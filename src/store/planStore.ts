// The only mutable state of the app: the open plan, the selection and whether undo and redo can
// run. The plan is derived from the open plan's shared document (src/doc): every edit goes through
// `apply` with a pure model edit, which the document binding writes as one transaction, so undo,
// autosave, other tabs and validation all see the same plan.
import { create } from 'zustand';
import { allIds, type Plan } from '../model/index.ts';
import { PlanDocument } from '../doc/index.ts';

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
  /** Shows a plan: a document (stored, shared with other tabs) or a plain plan kept in memory. */
  open: (planId: string, source: Plan | PlanDocument, options?: { readOnly?: boolean }) => void;
  select: (ids: string[]) => void;
}

let document = new PlanDocument();
let detach: () => void = () => {};
let applying = false;

/** The document behind the open plan (for persistence, tab sync and checklist progress). */
export const openDocument = () => document;

export const usePlanStore = create<PlanState>()((set, get) => ({
  plan: document.plan,
  planId: '',
  selection: [],
  readOnly: false,
  canUndo: false,
  canRedo: false,
  apply: (edit, select, options) => {
    const { plan, readOnly } = get();
    if (readOnly) return;
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
    detach();
    // A plan only shown (a share link) needs no document: writing thousands of items into one
    // froze the tab for seconds at 5,000 servers. An empty one stands in (no undo, no ticks).
    const shownOnly = !(source instanceof PlanDocument) && options?.readOnly === true;
    document = source instanceof PlanDocument ? source : shownOnly ? new PlanDocument() : PlanDocument.fromPlan(source);
    const current = document;
    const offPlan = current.on('plan', (plan) => set({ plan }));
    const offHistory = current.on('history', () => {
      if (!applying) set({ canUndo: current.canUndo, canRedo: current.canRedo });
    });
    detach = () => {
      offPlan();
      offHistory();
    };
    const plan = shownOnly ? (source as Plan) : current.plan;
    set({ planId, plan, selection: [], readOnly: options?.readOnly ?? false, canUndo: current.canUndo, canRedo: current.canRedo });
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
const holds = (plan: Plan, id: string) => LISTS.some((c) => plan[c].some((item) => item.id === id));

usePlanStore.subscribe((state, previous) => {
  if (state.plan === previous.plan || state.selection.length === 0) return;
  const { plan } = state;
  if (LISTS.every((c) => plan[c] === previous.plan[c])) return;
  const ids = state.selection.length > 8 ? allIds(plan) : undefined;
  const kept = state.selection.filter((id) => (ids ? ids.has(id) : holds(plan, id)));
  if (kept.length !== state.selection.length) usePlanStore.setState({ selection: kept });
});

export const undo = () => {
  if (!usePlanStore.getState().readOnly) document.undo();
};
export const redo = () => {
  if (!usePlanStore.getState().readOnly) document.redo();
};

