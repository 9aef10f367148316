// The plan library as the app sees it: which plans exist, autosave of the open one, and the
// messages the user must see (storage failures, unreadable plans). Nothing here decides Exchange.
import { create } from 'zustand';
import type { Plan } from '../model/index.ts';
import { browserStorage, PlanLibrary, type PlanEntry } from './library.ts';
import { usePlanStore } from './planStore.ts';
import { notify } from './toasts.ts';

interface SessionState {
  entries: PlanEntry[];
  /** Set while the open plan could not be saved; cleared by the next successful save. */
  storageError: string | undefined;
}

export const useSession = create<SessionState>()(() => ({ entries: [], storageError: undefined }));

let library = new PlanLibrary(browserStorage());

/** For tests and the storage-failure browser test: swap the storage behind the library. */
export function setLibrary(next: PlanLibrary) {
  library = next;
  useSession.setState({ entries: library.list() });
}

// Messages go through the one toast stack (toasts.ts); re-exported for the callers that know the session.
export { notify, dismiss } from './toasts.ts';

/** A stored plan other than the open one (for comparing plans), or why it cannot be read. */
export function loadStoredPlan(id: string) {
  const { planId, plan, readOnly } = usePlanStore.getState();
  if (id === planId && !readOnly) return { ok: true as const, plan };
  return library.load(id);
}

/** Checklist progress is kept per plan in this browser, beside the plan. */
export function checklistProgress(planId: string): string[] {
  return library.progress(planId);
}

export function saveChecklistProgress(planId: string, done: readonly string[]) {
  const result = library.saveProgress(planId, done);
  if (!result.ok) useSession.setState({ storageError: result.message });
}

function refresh() {
  useSession.setState({ entries: library.list() });
}

/** Saves the open plan now; reports failure and keeps the plan open either way. */
export function saveNow(): boolean {
  const { plan, planId, readOnly } = usePlanStore.getState();
  if (readOnly || !planId) return true;
  const result = library.save(planId, plan);
  if (result.ok) {
    if (useSession.getState().storageError) useSession.setState({ storageError: undefined });
    refresh();
    return true;
  }
  useSession.setState({ storageError: result.message });
  return false;
}

let timer: ReturnType<typeof setTimeout> | undefined;
const AUTOSAVE_DELAY = 400;

function scheduleSave() {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    saveNow();
  }, AUTOSAVE_DELAY);
}

/** Starts autosave: every change of the open plan is written shortly after, and on leaving the page. */
export function startAutosave(): () => void {
  const unsubscribe = usePlanStore.subscribe((state, prev) => {
    // Opening or switching to a plan is not an edit: it must not move the plan up the list.
    if (state.plan !== prev.plan && state.planId === prev.planId && !state.readOnly) scheduleSave();
  });
  const flush = () => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
      saveNow();
    }
  };
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
  };
}

/** Opens a plan as a new entry of the library (templates, imports, copies): never overwrites one. */
export function openAsNewPlan(plan: Plan): string {
  flushPending();
  const id = library.newId();
  usePlanStore.getState().open(id, plan);
  library.setCurrent(id);
  saveNow();
  return id;
}

/** Opens a plan without adding it to the library (a shared link, until the user copies it). */
export function openReadOnly(plan: Plan) {
  flushPending();
  usePlanStore.getState().open('', plan, { readOnly: true });
}

export function switchPlan(id: string): boolean {
  flushPending();
  const result = library.load(id);
  if (!result.ok) {
    notify(result.message, 'error');
    return false;
  }
  usePlanStore.getState().open(id, result.plan);
  library.setCurrent(id);
  return true;
}

export function renamePlan(id: string, name: string) {
  const { planId } = usePlanStore.getState();
  if (id === planId) {
    usePlanStore.getState().apply((p) => ({ ...p, name }));
    saveNow();
    return;
  }
  const result = library.load(id);
  if (!result.ok) return notify(result.message, 'error');
  const saved = library.save(id, { ...result.plan, name });
  if (!saved.ok) notify(saved.message, 'error');
  refresh();
}

export function duplicatePlan(id: string) {
  const { planId, plan } = usePlanStore.getState();
  const source = id === planId ? { ok: true as const, plan } : library.load(id);
  if (!source.ok) return notify(source.message, 'error');
  const name = `${source.plan.name} (copy)`.slice(0, 120);
  openAsNewPlan({ ...source.plan, name });
  notify(`Opened a copy: ${name}`, 'success');
}

/** Deletes a stored plan; deleting the open one opens another (or `fallback`). */
export function deletePlan(id: string, fallback: () => Plan) {
  const removed = library.remove(id);
  if (!removed.ok) return notify(removed.message, 'error');
  refresh();
  if (usePlanStore.getState().planId !== id) return;
  const next = library.list()[0];
  if (!next || !switchPlan(next.id)) openAsNewPlan(fallback());
}

function flushPending() {
  if (timer) {
    clearTimeout(timer);
    timer = undefined;
    saveNow();
  }
}

/** Opens the last plan the user had open, or `first()` (a template) as a new plan. */
export function restoreSession(first: () => Plan) {
  refresh();
  const current = library.currentId();
  if (current) {
    const result = library.load(current);
    if (result.ok) {
      usePlanStore.getState().open(current, result.plan);
      return;
    }
    notify(`${result.message} It is kept in storage untouched; a template was opened instead.`, 'error');
  }
  openAsNewPlan(first());
}
