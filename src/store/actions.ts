// Named actions: the only way components change the plan. Each applies one pure edit (one undo
// step; a series of nudges is one too), settles the layout so no two items overlap
// (layout/settle.ts), and says what to select afterwards.
import {
  addLink,
  duplicateServers,
  newId,
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
import { settle, type SettleHints } from '../layout/settle.ts';
import { dropPaletteItem, dropRole, moveItem, moveRefusal, type DropResult, type Point } from './drop.ts';
import { paletteEntry } from './paletteItems.ts';
import { usePlanStore } from './planStore.ts';
import { notify } from './session.ts';

const state = () => usePlanStore.getState();

export interface EditOptions extends SettleHints {
  /** Edits of one series (arrow-key nudges of the same items) are one undo step. */
  series?: string;
}

/**
 * Applies one edit as one undo step, with the layout settled (`anchors`: items the user placed,
 * which keep their spot while others make way); false when it was refused (the plan would pass
 * the size limits, and a notice says so).
 */
export function edit(change: (plan: Plan) => Plan, select?: string[], options: EditOptions = {}): boolean {
  const { series, ...hints } = options;
  const { plan } = state();
  const next = settle(plan, change(plan), hints);
  const refused = next === plan ? undefined : growthProblem(plan, next);
  if (refused) {
    notify(refused, 'error');
    return false;
  }
  state().apply(() => next, select, series ? { series } : undefined);
  return true;
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
  else edit(() => result.plan, result.select);
}

export function dropFromPalette(key: string, point: Point) {
  const entry = paletteEntry(key);
  if (!entry) return;
  applyDrop(dropPaletteItem(state().plan, entry.item, point));
}

export function moveRoleTo(serverId: string, role: Role, point: Point) {
  applyDrop(dropRole(state().plan, serverId, role, point));
}

export interface Move {
  id: string;
  /** The item's new absolute top-left. */
  point: Point;
  /** Where the mouse holds it now: the container under the pointer receives the item. */
  pointer?: Point;
}

/**
 * Commits moved items: they keep their spot and what they cover steps aside; a refused target
 * (a full cluster, say) leaves an item where it was and says why. Keyboard nudges (`nudge`) of the
 * same items in a row are one undo step, as a drag is: the user undoes "the move", not each key.
 */
export function commitMoves(moves: readonly Move[], options: { nudge?: boolean } = {}) {
  const { plan } = state();
  const refused = moves.map((m) => moveRefusal(plan, m.id, m.point, m.pointer)).find(Boolean);
  if (refused) notify(refused, 'warning');
  const series = options.nudge ? `nudge:${moves.map((m) => m.id).sort().join(',')}` : undefined;
  edit((p) => moves.reduce((acc, m) => moveItem(acc, m.id, m.point, m.pointer), p), undefined, {
    anchors: moves.map((m) => m.id),
    ...(series ? { series } : {}),
  });
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
