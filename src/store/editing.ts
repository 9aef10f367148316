// The edits themselves, loaded after the first paint (store/actions.ts names them for the
// components and runs them once this part is here). Each applies one pure edit (one undo step; a
// series of nudges is one too), settles the layout so no two items overlap (layout/settle.ts), and
// says what to select afterwards.
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
import { deleteItems, removeContainersKeepingContents } from './deleting.ts';
import { addFromPaletteByKeyboard } from './keyboardAdd.ts';
import { placeNewItems } from '../layout/placeNew.ts';
import { settle, type SettleHints } from '../layout/settle.ts';
import { dropPaletteItem, dropRole, moveItem, moveRefusal, type DropResult, type Point } from './drop.ts';
import { paletteEntry } from './paletteItems.ts';
import { editingLoaded } from './actions.ts';
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

/** Renames an item, or says why not (a notice) and leaves the plan as it is. */
export function renameItem(id: string, name: string): boolean {
  const problem = renameProblem(state().plan, id, name);
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

/** Pastes copied servers (with the layout they were copied from), offset a little, and selects them. */
export function pasteServers(source: readonly Server[], layout: Plan['layout']) {
  if (!source.length) return;
  let ids: string[] = [];
  const pasted = edit((p) => {
    const result = duplicateServers(p, source, { x: 32, y: 32 }, layout);
    ids = result.ids;
    return result.plan;
  });
  if (pasted) state().select(ids);
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

export { addFromPaletteByKeyboard };
// The settle learns which containers are tidy while idle (store/settlePriming.ts), from this part.
export { primeSettle } from '../layout/settle.ts';

editingLoaded({ edit, renameItem, dropFromPalette, moveRoleTo, commitMoves, pasteServers, connect, applyQuickFix, addFromPaletteByKeyboard, deleteItems, removeContainersKeepingContents });
