// Named actions: the only way components change the plan. Each applies one pure edit (one undo
// step; a series of nudges is one too) and says what to select afterwards.
import {
  addLink,
  duplicateServers,
  newId,
  removeItems,
  renameItem as renameInPlan,
  renameProblem,
  type LinkKind,
  type Plan,
  type Role,
  type Server,
} from '../model/index.ts';
import { isolate } from '../model/bidi.ts';
import { growthProblem } from '../model/limits.ts';
import type { QuickFix } from '../rules/types.ts';
import { placeNewItems } from '../layout/placeNew.ts';
import { dropPaletteItem, dropRole, moveItem, type DropResult, type Point } from './drop.ts';
import { paletteEntry } from './paletteItems.ts';
import { usePlanStore } from './planStore.ts';
import { notify } from './session.ts';

const state = () => usePlanStore.getState();

/** Every edit, checked against the plan size limits: one that crosses them is refused with a notice. */
function apply(change: (plan: Plan) => Plan, select?: string[]): boolean {
  const { plan } = state();
  const next = change(plan);
  const refused = next === plan ? undefined : growthProblem(plan, next);
  if (refused) {
    notify(refused, 'error');
    return false;
  }
  state().apply(() => next, select);
  return true;
}

/** Applies one edit as one undo step; false when it was refused (the plan would pass the size limits). */
export function edit(change: (plan: Plan) => Plan, select?: string[]): boolean {
  return apply(change, select);
}

/** Why the canvas refuses a name for an item (the inspector refuses the same), or undefined. */
export function renameRefusal(id: string, name: string): string | undefined {
  return renameProblem(state().plan, id, name);
}

/** Renames an item, or says why not (a notice) and leaves the plan as it is. */
export function renameItem(id: string, name: string): boolean {
  const problem = renameRefusal(id, name);
  if (problem) {
    notify(`Not renamed to “${isolate(name)}”: ${problem}`, 'warning');
    return false;
  }
  edit((p) => renameInPlan(p, id, name));
  return true;
}

/** Applies a drop, or says why the canvas refused it (the inspector refuses the same edit). */
function applyDrop(result: DropResult) {
  if (result.refused !== undefined) notify(result.refused, 'warning');
  else apply(() => result.plan, result.select);
}

export function dropFromPalette(key: string, point: Point) {
  const entry = paletteEntry(key);
  if (!entry) return;
  applyDrop(dropPaletteItem(state().plan, entry.item, point));
}

export function moveRoleTo(serverId: string, role: Role, point: Point) {
  applyDrop(dropRole(state().plan, serverId, role, point));
}

/** Commits a finished drag: `point` is the item's new absolute top-left. */
export function commitMove(id: string, point: Point) {
  edit((p) => moveItem(p, id, point));
}

/**
 * Commits moved items. Keyboard nudges (`nudge`) of the same items in a row are one undo step, as
 * a drag is: the user undoes "the move", not each arrow key press.
 */
export function commitMoves(moves: { id: string; point: Point }[], options: { nudge?: boolean } = {}) {
  const series = options.nudge ? `nudge:${moves.map((m) => m.id).sort().join(',')}` : undefined;
  state().apply((p) => moves.reduce((acc, m) => moveItem(acc, m.id, m.point), p), undefined, { series });
}

export function deleteSelection() {
  const { selection } = state();
  if (selection.length) edit((p) => removeItems(p, selection), []);
}

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
  if (!clipboard.length) return;
  const source = clipboard;
  const layout = clipboardLayout;
  let ids: string[] = [];
  const pasted = edit((p) => {
    const result = duplicateServers(p, source, { x: 32, y: 32 }, layout);
    ids = result.ids;
    return result.plan;
  });
  if (pasted) state().select(ids);
}

export function duplicateSelection() {
  if (copySelection() > 0) paste();
}

export function connect(from: string, to: string, kind: LinkKind) {
  const { plan } = state();
  if (plan.links.some((l) => l.kind === kind && ((l.from === from && l.to === to) || (l.from === to && l.to === from)))) return;
  const id = newId(plan, kind === 'connection' ? 'link' : kind);
  edit((p) => addLink(p, { id, kind, from, to }), [id]);
}

export function applyQuickFix(fix: QuickFix) {
  edit((p) => placeNewItems(fix.apply(p)));
}

export function select(ids: string[]) {
  state().select(ids);
}
