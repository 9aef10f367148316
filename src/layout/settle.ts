// No overlaps, ever: after any edit, every container's children are made to sit apart and inside
// it. What the user just placed keeps its spot and what grew keeps its size, and the siblings they
// would cover step aside (sites push sites, servers push servers); new items, and items that moved
// into another container, take the nearest free place from where they were put. Containers are
// settled from the innermost out, since a cluster that grows pushes its own siblings in the site.
import { layoutDelta, storedPosition } from '../model/positions.ts';
import type { Layout, Plan } from '../model/schema.ts';
import {
  CLUSTER_HEADER,
  GRID,
  layoutStep,
  resolveLayout,
  SITE_HEADER,
  type Box,
  type ResolvedLayout,
} from '../theme/geometry.ts';
import { nearestFree, type Spot } from './freeSpot.ts';
import { Levels } from './settleLevels.ts';
import { SpatialIndex, intersects, type Rect } from './spatial.ts';

/** Air between an item that had to move (or was new) and its neighbours. */
export const SETTLE_GAP = 16;

/** The top-left corner a child may take in each kind of container: off the name tab and the border. */
export function contentMin(kind: Box['kind'] | undefined): Spot {
  if (kind === 'site') return { x: 16, y: SITE_HEADER + 8 };
  if (kind === 'cluster') return { x: 8, y: CLUSTER_HEADER };
  return { x: -Infinity, y: -Infinity };
}

export interface SettleHints {
  /** Items placed by the user in this edit (a drag, a nudge): they keep their spot. */
  anchors?: Iterable<string>;
}

type Role = 'anchor' | 'stay' | 'new';

interface Part {
  role: Role;
  /** Which way it grew, if it did: what it covers is pushed that way. */
  grew?: 'x' | 'y';
}

function partOf(box: Box, before: ResolvedLayout, table: Readonly<Layout> | undefined, anchors: ReadonlySet<string>): Part {
  const old = before.byId.get(box.id);
  if (!old || old.parent !== box.parent || !storedPosition(table, box.id)) return { role: anchors.has(box.id) ? 'anchor' : 'new' };
  const dw = box.width - old.width;
  const dh = box.height - old.height;
  // What grew (a role added, a node joined a cluster, a site's content spread) keeps its place and
  // pushes its neighbours the way it grew.
  const grew = dw > 0 || dh > 0 ? (dw > dh ? 'x' : 'y') : undefined;
  if (anchors.has(box.id) || grew) return { role: 'anchor', ...(grew ? { grew } : {}) };
  return { role: 'stay' };
}

/** Whether a container's children need settling at all (the common case after an edit is no). */
function untidy(children: readonly Box[], part: ReadonlyMap<string, Part>, min: Spot): boolean {
  // Each box with the air it needs (new items want SETTLE_GAP); a sweep by x finds any clash
  // without building an index, so the usual tidy container costs one sort.
  const boxes = children.map((b) => {
    const gap = part.get(b.id)!.role === 'new' ? SETTLE_GAP : 0;
    return { x: b.x - gap, y: b.y - gap, right: b.x + b.width + gap, bottom: b.y + b.height + gap, b };
  });
  for (const { b } of boxes) if (b.x < min.x || b.y < min.y) return true;
  boxes.sort((p, q) => p.x - q.x);
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.x < a.right; j++) {
      const c = boxes[j]!;
      if (c.y < a.bottom && a.y < c.bottom) return true;
    }
  }
  return false;
}


/** New positions (relative to the container) for the children that must move. */
function settleChildren(children: readonly Box[], part: ReadonlyMap<string, Part>, min: Spot): Map<string, Spot> {
  const order = (r: Role) => (r === 'anchor' ? 0 : r === 'stay' ? 1 : 2);
  const sorted = [...children].sort(
    (a, b) => order(part.get(a.id)!.role) - order(part.get(b.id)!.role) || a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1),
  );
  // Each placed box remembers which way it pushes (the way it grew, or the way it was pushed) and
  // how much air it wants: what moved or grew keeps SETTLE_GAP from the next, so a push never
  // leaves two cards touching; what the user placed wants one grid step.
  const placed = new SpatialIndex<{ rect: Rect; push?: 'x' | 'y'; air: number }>();
  const moves = new Map<string, Spot>();
  for (const box of sorted) {
    const { role, grew } = part.get(box.id)!;
    const at = { x: Math.max(box.x, min.x), y: Math.max(box.y, min.y) };
    const rect = { x: at.x, y: at.y, width: box.width, height: box.height };
    const halo = { x: rect.x - SETTLE_GAP, y: rect.y - SETTLE_GAP, width: rect.width + 2 * SETTLE_GAP, height: rect.height + 2 * SETTLE_GAP };
    const hit = placed.query(halo).filter((p) => intersects(p.rect, { x: rect.x - p.air, y: rect.y - p.air, width: rect.width + 2 * p.air, height: rect.height + 2 * p.air }));
    const push = hit.find((p) => p.push)?.push;
    const spot = role !== 'new' && hit.length === 0 ? at : nearestFree(at, box, placed, SETTLE_GAP, min, push);
    const moved = spot.x !== box.x || spot.y !== box.y;
    if (moved) moves.set(box.id, spot);
    const pushes = grew ?? (hit.length > 0 ? push : undefined);
    const air = moved || grew || role === 'new' ? SETTLE_GAP : role === 'anchor' ? GRID : 0;
    placed.add({ rect: { x: spot.x, y: spot.y, width: box.width, height: box.height }, air, ...(pushes ? { push: pushes } : {}) });
  }
  return moves;
}

function depth(layout: ResolvedLayout, box: Box): number {
  let d = 0;
  for (let b = box; b.parent !== undefined && d < 6; d++) b = layout.byId.get(b.parent)!;
  return d;
}

/**
 * Containers whose children were found tidy, all staying where they were: those very boxes, inside
 * `min`; `checked`: the layout before the edit and the edited plan's table with which every one of
 * them was last found staying (the same box in that layout, a stored position, no anchor).
 */
interface Tidy {
  kids: readonly Box[];
  min: Spot;
  checked?: Checked;
}
/** Held weakly: a container that went would otherwise keep its last layout and table alive. */
interface Checked {
  old: WeakRef<ResolvedLayout>;
  table: WeakRef<Readonly<Layout>>;
}
const tidy = new Map<string | undefined, Tidy>();
const TIDY_LIMIT = 20_000;

function remember(container: string | undefined, kids: readonly Box[], min: Spot): Tidy {
  if (tidy.size >= TIDY_LIMIT) tidy.clear();
  const known: Tidy = { kids, min };
  tidy.set(container, known);
  return known;
}

/** The ids whose boxes may differ between two resolved layouts, `to` updated from `from` in a few steps; undefined when unknown. */
function boxChanges(from: ResolvedLayout, to: ResolvedLayout): Set<string> | undefined {
  const ids = new Set<string>();
  for (let at = to; at !== from; ) {
    const step = layoutStep(at);
    if (!step) return undefined;
    for (const id of step.changed.keys()) ids.add(id);
    for (const id of step.removed) ids.add(id);
    at = step.from;
  }
  return ids;
}

/** Forgets which containers were found tidy (for tests that compare with a settle from scratch). */
export function forgetTidyContainers() {
  tidy.clear();
}

/**
 * Finds which of `plan`'s containers are tidy, as its first edit's settle would (and changes
 * nothing): run when a document opens and the page is idle, so that first edit skips them as
 * later edits do (a role added at 2,000 servers: its settle checked every container).
 */
export function primeSettle(plan: Plan): void {
  settle(plan, plan);
}

const sameBoxes = (a: readonly Box[], b: readonly Box[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/** Resolve the layout after every level that moved something (the plain computation, for tests that compare). */
let stepwise = false;
export function settleStepwise(on: boolean) {
  stepwise = on;
}

/**
 * `after` (the result of an edit of `before`) with every container's children apart and inside it.
 * Returns `after` itself when nothing had to move.
 */
export function settle(before: Plan, after: Plan, hints: SettleHints = {}): Plan {
  const anchors = new Set(hints.anchors ?? []);
  const old = resolveLayout(before);
  const layout = resolveLayout(after);
  const level = new Levels(after, stepwise);
  // Innermost first: clusters before the sites they are in, sites before the canvas itself.
  // (The containers that hold something: the others have nothing to settle. Settling containers of
  // one depth in any order gives the same plan: none is inside another.)
  const containers = [...level.groups.keys()].flatMap((id) => (id === undefined ? [] : [{ id, depth: depth(layout, layout.byId.get(id)!) }]));
  containers.sort((a, b) => b.depth - a.depth);
  const since = sinceChecked(old, layout, after.layout, anchors);
  const checked: Checked | undefined = after.layout && { old: new WeakRef(old), table: new WeakRef(after.layout) };
  for (const container of [...containers.map((c) => c.id), undefined]) {
    if (container === undefined) level.prepareRoot();
    const children = level.groups.get(container) ?? [];
    if (children.length === 0) continue;
    const table = level.table();
    const min = contentMin(level.kindOf(container));
    // Children that all stay as they were found tidy last time are tidy still (most containers).
    // (A container's children keep their entries of the edited plan's table until its own level moves them.)
    const stays = (b: Box) => old.byId.get(b.id) === b && !anchors.has(b.id) && storedPosition(table, b.id) !== undefined;
    let known = tidy.get(container);
    if (known && known.min.x === min.x && known.min.y === min.y && sameBoxes(known.kids, children) && (since(known, container) || children.every(stays))) {
      known.checked = checked;
      continue;
    }
    const part = new Map(children.map((b) => [b.id, partOf(b, old, table, anchors)]));
    if (!untidy(children, part, min)) {
      if ([...part.values()].every((p) => p.role === 'stay')) {
        known = remember(container, children, min);
        if (children.every(stays)) known.checked = checked;
      }
      continue;
    }
    const moves = settleChildren(children, part, min);
    if (moves.size > 0) level.move(container, moves);
  }
  return level.done();
}

/**
 * Whether a container's children, found tidy and all staying when last checked, all stay still,
 * answered from what changed since (the boxes the layout updates replaced, the table entries the
 * edits wrote, the anchors) rather than child by child; false when that is not known (then every
 * child is looked at). At 1,000 servers a palette add looked at every box of the plan here.
 */
function sinceChecked(old: ResolvedLayout, layout: ResolvedLayout, table: Readonly<Layout> | undefined, anchors: ReadonlySet<string>) {
  const parents = (ids: Iterable<string> | undefined) => {
    if (!ids) return undefined;
    const out = new Set<string | undefined>();
    for (const id of ids) {
      const box = layout.byId.get(id);
      if (box) out.add(box.parent);
    }
    return out;
  };
  const anchored = parents(anchors)!;
  // Per check before (most containers share one): the containers whose children may have changed since.
  const reached = new Map<Checked, Set<string | undefined> | undefined>();
  const touched = (checked: Checked) => {
    if (!reached.has(checked)) {
      const [was, before] = [checked.old.deref(), checked.table.deref()];
      const boxes = was && parents(boxChanges(was, old));
      const entries = before && parents(layoutDelta(before, table));
      reached.set(checked, boxes && entries ? new Set([...boxes, ...entries]) : undefined);
    }
    return reached.get(checked);
  };
  return (known: Tidy, container: string | undefined): boolean => {
    if (!known.checked || anchored.has(container)) return false;
    const changed = touched(known.checked);
    return changed !== undefined && !changed.has(container);
  };
}
