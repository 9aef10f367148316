// The plan library as the app sees it: which plans exist, which one is open (its document stored
// in IndexedDB and in step with other tabs), and the messages the user must see (storage that is
// missing or full, plans that cannot be opened). Nothing here decides Exchange.
import { create } from 'zustand';
import { setReplicaIdSuffix, type Plan } from '../model/index.ts';
import type { BrowserLibrary, OpenedPlan, OpenReport, StorageState } from '../doc/browserLibrary.ts';
import { libraryCode } from '../doc/libraryCode.ts';
import type { PlanEntry, RoomBinding } from '../doc/library.ts';
import { usePlanStore } from './planStore.ts';
import { isolate } from '../model/bidi.ts';
import { notify } from './toasts.ts';

export type { PlanEntry, RoomBinding };

interface SessionState {
  /** The library's state: a page opened on a share link draws the plan before the library opens. */
  library: 'opening' | 'open' | 'failed';
  entries: PlanEntry[];
  /** Set while plans cannot be saved (no IndexedDB, or it refuses writes); cleared when saving works again. */
  storageError: string | undefined;
}

export const useSession = create<SessionState>()(() => ({ library: 'opening', entries: [], storageError: undefined }));

let library: BrowserLibrary | undefined;
/** The library being opened (from start-up on): a page opened on a share link is drawn before it opens (boot.ts). */
let libraryOpening: Promise<BrowserLibrary> | undefined;
let opened: OpenedPlan | undefined;
/** What a library with no plan left opens (Figure 1). */
let firstPlan: (() => Promise<Plan>) | undefined;

// Messages go through the one toast stack (toasts.ts); re-exported for the callers that know the session.
export { notify, dismiss } from './toasts.ts';

let storageReports = 0;

/** Storage failing or working again; the message texts load when first needed (no start-up needs them). */
function onStorage(state: StorageState) {
  const report = ++storageReports;
  if (state.ok) return useSession.setState({ storageError: undefined });
  const say = (storageError: string) => report === storageReports && useSession.setState({ storageError });
  import('./storageMessages.ts').then(
    ({ storageMessage }) => say(storageMessage(state)),
    () => say('Plans cannot be saved in this browser now. Your work stays open in this tab: download the plan file to keep it.'),
  );
}

/** The open library, for work on a plan it opened (so it is open). */
const needOpen = () => {
  if (!library) throw new Error('the plan library is not open yet');
  return library;
};

/** The library, once it has opened (an action taken in the page's first moments waits for it). */
async function need(): Promise<BrowserLibrary> {
  if (library) return library;
  if (!libraryOpening) throw new Error('the plan library is not open yet');
  return libraryOpening;
}

/** Resolves once the plan library is open (rejects when it cannot open): for actions that read its list. */
export const whenLibraryOpen = async (): Promise<void> => {
  await need();
};

/**
 * Opens the library (moving plans of earlier versions across once) once `openAfter` has resolved,
 * then the last plan or `first()`; neither when `shared` resolves true (the page opened on a link
 * and shows its plan). Actions that need the library wait for it meanwhile.
 */
export async function startSession(first: () => Promise<Plan>, shared: Promise<boolean> = Promise.resolve(false), openAfter: Promise<unknown> = Promise.resolve()): Promise<void> {
  firstPlan = first;
  // Items this tab adds get ids no other tab (or team member) can pick at the same moment.
  setReplicaIdSuffix((Math.random().toString(36) + '0000').slice(2, 6));
  let started = 0;
  const opening = openAfter
    .then(() => {
      started = performance.now();
      return libraryCode();
    })
    .then(({ BrowserLibrary, legacyBrowserStorage }) => BrowserLibrary.open({ legacy: legacyBrowserStorage(), onStorage }));
  libraryOpening = opening.then((r) => r.library);
  // Its failure is start-up's to report (boot.ts); actions awaiting it are told by their own message.
  libraryOpening.catch(() => useSession.setState({ library: 'failed' }));
  const result = await opening;
  library = result.library;
  performance.measure('etd:library', { start: started, end: performance.now() });
  useSession.setState({ library: 'open', entries: library.entries() });
  library.onEntries(entriesChanged);
  tell(result.report);
  watchOpenPlan();
  if (await shared) return;
  const current = library.currentId();
  if (current && (await switchPlan(current, { quiet: true }))) return;
  const fallback = library.entries().filter((e) => e.id !== current).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (current && fallback && (await switchPlan(fallback.id, { quiet: true }))) {
    notify(`The plan you had open last could not be opened, so “${isolate(fallback.name)}” was opened instead. Your other plans are unchanged.`, 'error');
    return;
  }
  await openAsNewPlan(await first());
}

function tell(report: OpenReport) {
  if (report.migrated.length > 0)
    notify(`Moved ${report.migrated.length} saved ${report.migrated.length === 1 ? 'plan' : 'plans'} to this browser's plan database.`, 'success');
  for (const bad of report.unreadable)
    notify(`The saved plan “${isolate(bad.name)}” could not be read (${bad.message}). It is left in browser storage untouched.`, 'error');
  if (report.rebuilt.length > 0)
    notify(`The plan list had lost ${report.rebuilt.map((e) => `“${isolate(e.name)}”`).join(', ')}; ${report.rebuilt.length === 1 ? 'it is' : 'they are'} back.`, 'info');
}

function entriesChanged(entries: PlanEntry[]) {
  useSession.setState({ entries });
  // The open plan was deleted in another tab: say so, and open another one.
  if (opened?.listed && !entries.some((e) => e.id === opened!.id)) {
    const gone = opened;
    opened = undefined;
    void gone.close();
    const next = [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    notify(`“${isolate(gone.document.plan.name)}” was deleted in another tab.`, 'info');
    if (next) void switchPlan(next.id);
    else if (firstPlan) void firstPlan().then((plan) => openAsNewPlan(plan));
  }
}

let touchTimer: ReturnType<typeof setTimeout> | undefined;
let touchIdle: number | undefined;
const TOUCH_DELAY = 400;

const touchPending = () => touchTimer !== undefined || touchIdle !== undefined;
function cancelTouch() {
  clearTimeout(touchTimer);
  touchTimer = undefined;
  if (touchIdle !== undefined) cancelIdleCallback(touchIdle);
  touchIdle = undefined;
}

/**
 * Every change of the open plan moves its list entry (name, time), shortly after and when the
 * browser is idle (writing the entry took 7 ms in the middle of a pan that followed an edit).
 */
function watchOpenPlan() {
  usePlanStore.subscribe((state, prev) => {
    // An edit of the open plan, not the opening of another one.
    if (state.plan === prev.plan || state.planId !== prev.planId || !opened || state.planId !== opened.id) return;
    cancelTouch();
    touchTimer = setTimeout(() => {
      touchTimer = undefined;
      if (typeof requestIdleCallback === 'function') touchIdle = requestIdleCallback(flushTouch, { timeout: 2000 });
      else flushTouch();
    }, TOUCH_DELAY);
  });
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flushTouch);
}

function flushTouch() {
  cancelTouch();
  if (opened && library) library.touch(opened, opened.document.plan.name);
}

async function closeOpened() {
  flushTouch();
  const closing = opened;
  opened = undefined;
  if (closing) await needOpen().release(closing);
}

function show(plan: OpenedPlan) {
  const previous = opened;
  opened = plan;
  usePlanStore.getState().open(plan.id, plan.document);
  if (previous && previous !== plan) {
    flushTouchOf(previous);
    void needOpen().release(previous);
  }
}

function flushTouchOf(plan: OpenedPlan) {
  if (touchPending() && library) {
    cancelTouch();
    library.touch(plan, plan.document.plan.name);
  }
}

/** Opens a plan as a new entry of the library (templates, imports, copies): never overwrites one. */
export async function openAsNewPlan(plan: Plan, progress: readonly string[] = []): Promise<string> {
  const created = await (await need()).createPlan(plan, progress);
  show(created);
  return created.id;
}

/** Opens a team room's document, received whole, as a new plan of the library bound to that room. */
export async function openRoomPlan(state: Uint8Array, name: string, room: RoomBinding): Promise<string> {
  const created = await (await need()).createPlanFromState(state, name, room);
  show(created);
  return created.id;
}

/** Puts a plan of the library in a team room, or takes it out (undefined). */
export function setPlanRoom(id: string, room: RoomBinding | undefined) {
  needOpen().setRoom(id, room);
}

/** Opens a plan without adding it to the library (a shared link, until the user copies it). */
export function openReadOnly(plan: Plan) {
  void closeOpened();
  usePlanStore.getState().open('', plan, { readOnly: true });
}

export async function switchPlan(id: string, options: { quiet?: boolean } = {}): Promise<boolean> {
  const started = performance.now();
  const result = await (await need()).openPlan(id);
  if (!result.ok) {
    if (!options.quiet) notify(result.message, 'error');
    return false;
  }
  show(result.plan);
  // Read from IndexedDB and derived: what the bench reports as opening a stored plan.
  performance.measure('etd:open-plan', { start: started, end: performance.now() });
  return true;
}

/** A stored plan other than the open one (for comparing plans), or why it cannot be read. */
export async function loadStoredPlan(id: string): Promise<{ ok: true; plan: Plan } | { ok: false; message: string }> {
  const { planId, plan, readOnly } = usePlanStore.getState();
  if (id === planId && !readOnly) return { ok: true, plan };
  const result = await (await need()).readPlan(id);
  return result.ok ? result : { ok: false, message: `The saved plan could not be read: ${result.message}` };
}

export async function renamePlan(id: string, name: string) {
  if (id === usePlanStore.getState().planId) {
    usePlanStore.getState().apply((p) => ({ ...p, name }));
    flushTouch();
    return;
  }
  const result = await (await need()).renamePlan(id, name);
  if (!result.ok) notify(result.message, 'error');
}

export async function duplicatePlan(id: string) {
  const { planId, plan } = usePlanStore.getState();
  const source = id === planId ? { ok: true as const, plan } : await loadStoredPlan(id);
  if (!source.ok) return notify(source.message, 'error');
  const name = `${source.plan.name} (copy)`.slice(0, 120);
  await openAsNewPlan({ ...source.plan, name });
  notify(`Opened a copy: ${isolate(name)}`, 'success');
}

/** Deletes a stored plan; deleting the open one opens another (or `fallback`). */
export async function deletePlan(id: string, fallback: () => Promise<Plan>) {
  const wasOpen = usePlanStore.getState().planId === id;
  if (wasOpen) await closeOpened();
  const plans = await need();
  await plans.removePlan(id);
  if (!wasOpen) return;
  const next = [...plans.entries()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!next || !(await switchPlan(next.id))) await openAsNewPlan(await fallback());
}
