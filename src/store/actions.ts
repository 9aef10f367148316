// Named actions: the only way components change the plan. The edits themselves (the layout's
// settle, the drop rules) live in their own part, store/editing.ts, which no first paint runs: it is
// fetched once the app is idle after its first paint (store/settlePriming.ts imports it) or by the
// first edit, whichever comes first. Once it is here every action runs at once, as it is called;
// an action called before (a click in the first moment) runs as soon as the part has arrived, in
// the order the actions were called, on the plan as it is then.
import { renameProblem, type LinkKind, type Plan, type Role, type Server } from '../model/index.ts';
import type { QuickFix } from '../rules/types.ts';
import type { Point } from './dropTarget.ts';
import type { EditOptions, Move } from './editing.ts';
import { partFailed } from '../app/partFailed.ts';
import { usePlanStore } from './planStore.ts';

export type { EditOptions, Move } from './editing.ts';

const state = () => usePlanStore.getState();

/** What the edit part gives the actions (store/editing.ts hands it over as it is evaluated). */
export interface Editing {
  edit(change: (plan: Plan) => Plan, select?: string[], options?: EditOptions): boolean;
  renameItem(id: string, name: string): boolean;
  dropFromPalette(key: string, point: Point): void;
  moveRoleTo(serverId: string, role: Role, point: Point): void;
  commitMoves(moves: readonly Move[], options?: { nudge?: boolean }): void;
  pasteServers(source: readonly Server[], layout: Plan['layout']): void;
  connect(from: string, to: string, kind: LinkKind): void;
  applyQuickFix(fix: QuickFix): void;
  addFromPaletteByKeyboard(key: string): void;
  deleteItems(ids: readonly string[]): void;
  removeContainersKeepingContents(ids: readonly string[]): void;
}

let editing: Editing | undefined;
let loading: Promise<unknown> | undefined;
/** The actions called before the edit part arrived, in order. */
let pending: Promise<void> = Promise.resolve();
let queued = 0;

/** Called by store/editing.ts as it is evaluated: from now on the actions run as they are called. */
export function editingLoaded(parts: Editing) {
  editing = parts;
}

/** Fetches the edit part (once; again after a failure); resolves when it is here. */
export function loadEditing(): Promise<unknown> {
  return (loading ??= import('./editing.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

const failed = partFailed('The editing part of the designer');

/** Runs the action now when the edit part is here; else once it has arrived, after those called before it. */
export function run(action: (parts: Editing) => void) {
  if (editing && queued === 0) return action(editing);
  queued++;
  pending = pending
    .then(loadEditing)
    .then(() => action(editing!), failed)
    .finally(() => void queued--);
}

/** Applies one edit as one undo step, with the layout settled (store/editing.ts's `edit`). */
export function edit(change: (plan: Plan) => Plan, select?: string[], options?: EditOptions) {
  run((e) => e.edit(change, select, options));
}

/** Why the canvas refuses a name for an item (the inspector refuses the same), or undefined. */
export function renameRefusal(id: string, name: string): string | undefined {
  return renameProblem(state().plan, id, name);
}

/** Renames an item, or says why not (a notice) and leaves the plan as it is. */
export const renameItem = (id: string, name: string) => run((e) => e.renameItem(id, name));
export const dropFromPalette = (key: string, point: Point) => run((e) => e.dropFromPalette(key, point));
export const moveRoleTo = (serverId: string, role: Role, point: Point) => run((e) => e.moveRoleTo(serverId, role, point));
/** Commits moved items (store/editing.ts's `commitMoves`). */
export const commitMoves = (moves: readonly Move[], options: { nudge?: boolean } = {}) => run((e) => e.commitMoves(moves, options));
export const connect = (from: string, to: string, kind: LinkKind) => run((e) => e.connect(from, to, kind));
export const applyQuickFix = (fix: QuickFix) => run((e) => e.applyQuickFix(fix));
/** Adds a palette item without a mouse (store/keyboardAdd.ts). */
export const addFromPaletteByKeyboard = (key: string) => run((e) => e.addFromPaletteByKeyboard(key));

let clipboard: Server[] = [];
let clipboardLayout: Plan['layout'] = undefined;

export function copySelection(): number {
  const { plan, selection } = state();
  const chosen = new Set(selection);
  clipboard = plan.servers.filter((s) => chosen.has(s.id));
  clipboardLayout = plan.layout;
  return clipboard.length;
}

export function paste() {
  const source = clipboard;
  const layout = clipboardLayout;
  if (source.length) run((e) => e.pasteServers(source, layout));
}

/** Copies the selected servers and pastes them (on the selection as it is when it runs). */
export function duplicateSelection() {
  run((e) => copySelection() > 0 && e.pasteServers(clipboard, clipboardLayout));
}

/** Selects the items (after the actions still waiting for the edit part, when there are any). */
export function select(ids: string[]) {
  if (queued === 0) state().select(ids);
  else run(() => state().select(ids));
}
