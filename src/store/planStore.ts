// The only mutable state of the app: the open plan (the single source of truth), the selection and
// the undo history. Components select narrow slices; every edit goes through `apply` with a pure
// model edit, so undo, autosave and validation all see the same plan.
import { create } from 'zustand';
import { temporal } from 'zundo';
import { allIds, emptyPlan, type Plan } from '../model/index.ts';

export interface PlanState {
  plan: Plan;
  /** Id of the open plan in the plan library. */
  planId: string;
  /** Selected item ids (sites, servers, clusters, infrastructure, links). */
  selection: string[];
  /** A plan opened from a share link: shown, not editable until copied. */
  readOnly: boolean;
  apply: (edit: (plan: Plan) => Plan, select?: string[]) => void;
  open: (planId: string, plan: Plan, options?: { readOnly?: boolean }) => void;
  select: (ids: string[]) => void;
}

export const usePlanStore = create<PlanState>()(
  temporal(
    (set, get) => ({
      plan: emptyPlan(),
      planId: '',
      selection: [],
      readOnly: false,
      apply: (edit, select) => {
        const { plan, readOnly } = get();
        if (readOnly) return;
        const next = edit(plan);
        if (next === plan && !select) return;
        set(select ? { plan: next, selection: select } : { plan: next });
      },
      open: (planId, plan, options) => {
        set({ planId, plan, selection: [], readOnly: options?.readOnly ?? false });
        usePlanStore.temporal.getState().clear();
      },
      select: (ids) => {
        const current = get().selection;
        if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
        set({ selection: ids });
      },
    }),
    {
      partialize: (state) => ({ plan: state.plan }),
      equality: (a, b) => a.plan === b.plan,
      limit: 200,
    },
  ),
);

// The selection only names items of the open plan: an edit, undo or redo that removes a selected
// item drops it from the selection too (the canvas would otherwise keep an id it cannot show).
usePlanStore.subscribe((state, previous) => {
  if (state.plan === previous.plan || state.selection.length === 0) return;
  const ids = allIds(state.plan);
  const kept = state.selection.filter((id) => ids.has(id));
  if (kept.length !== state.selection.length) usePlanStore.setState({ selection: kept });
});

export const undo = () => usePlanStore.temporal.getState().undo();
export const redo = () => usePlanStore.temporal.getState().redo();
