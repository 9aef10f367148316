// The layout of an edited plan worked out from the last one resolved: an edit that adds, removes
// and re-parents nothing (a role added, a rename, a move, settle's nudges) reaches only the edited
// boxes, their containers up to the canvas, the sites laid beside them and what lies inside
// whatever moved. At 5,000 servers a fresh resolve takes ~10 ms and settle asked for three.
// The result equals a fresh resolve (geometry.ts) box for box (layoutUpdate.test.ts).
import { layoutDelta, storedPosition } from '../model/positions.ts';
import type { Plan } from '../model/schema.ts';
import { boundsOf, containerSize, fallbackSlot, frameOf, serverHeight, SITE_SPACING, type Box, type ResolvedLayout } from './boxSizes.ts';

export interface Resolution {
  plan: Plan;
  result: ResolvedLayout;
  /** Each box's index among its container's children (where it goes without a stored position). */
  slot: ReadonlyMap<string, number>;
  /** The canvas's own items, in the order sites are laid side by side. */
  roots: readonly string[];
  /** Every parent exists and every id is used once: an update can follow this resolution. */
  regular: boolean;
  /** Built on the first update and passed on: the tree does not change in an update. */
  tree?: Tree;
}

interface Tree {
  kids: Map<string, string[]>;
  /** Each box's index in `boxes`. */
  at: Map<string, number>;
}

type Rect = { x: number; y: number; width: number; height: number };

function treeOf(r: Resolution): Tree {
  if (r.tree) return r.tree;
  const kids = new Map<string, string[]>();
  const at = new Map<string, number>();
  r.result.boxes.forEach((b, i) => {
    at.set(b.id, i);
    if (b.parent === undefined) return;
    const list = kids.get(b.parent);
    if (list) list.push(b.id);
    else kids.set(b.parent, [b.id]);
  });
  return (r.tree = { kids, at });
}

/**
 * What an edit changed that boxes are made of: each item whose stored position changed, with
 * the new height of servers whose roles changed; undefined when an item came, went or changed
 * container (the whole layout is resolved afresh then).
 */
function edited(before: Plan, after: Plan, known: ReadonlyMap<string, number>): Map<string, number | undefined> | undefined {
  const dirty = new Map<string, number | undefined>();
  if (before.servers !== after.servers) {
    if (before.servers.length !== after.servers.length) return undefined;
    for (let i = 0; i < after.servers.length; i++) {
      const a = before.servers[i]!;
      const b = after.servers[i]!;
      if (a === b) continue;
      if (a.id !== b.id || a.cluster !== b.cluster || a.site !== b.site) return undefined;
      if (a.roles.length !== b.roles.length) dirty.set(b.id, serverHeight(b));
    }
  }
  if (before.infrastructure !== after.infrastructure) {
    if (before.infrastructure.length !== after.infrastructure.length) return undefined;
    for (let i = 0; i < after.infrastructure.length; i++) {
      const a = before.infrastructure[i]!;
      const b = after.infrastructure[i]!;
      if (a !== b && (a.id !== b.id || a.site !== b.site)) return undefined;
    }
  }
  const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) => a === b || (a.length === b.length && a.every((x, i) => x.id === b[i]!.id));
  if (!sameIds(before.clusters, after.clusters) || !sameIds(before.sites, after.sites)) return undefined;
  const from = before.layout;
  const to = after.layout;
  // The entries that may differ: those noted when one table was made from the other, else all.
  const delta = layoutDelta(from, to);
  const differs = (id: string) => known.has(id) && storedPosition(from, id) !== storedPosition(to, id) && !dirty.has(id);
  if (delta) {
    for (const id of delta) if (differs(id)) dirty.set(id, undefined);
  } else if (from !== to) {
    for (const id of to ? Object.keys(to) : []) if (differs(id)) dirty.set(id, undefined);
    for (const id of from ? Object.keys(from) : []) if (differs(id)) dirty.set(id, undefined);
  }
  return dirty;
}

export type UpdateLayout = (prev: Resolution, plan: Plan) => Resolution | undefined;

/** The resolution of `plan`, an edit of `prev.plan`, or undefined when it must be resolved afresh. */
export function updateLayout(prev: Resolution, plan: Plan): Resolution | undefined {
  if (!prev.regular) return undefined;
  const dirty = edited(prev.plan, plan, prev.slot);
  if (!dirty) return undefined;
  if (dirty.size === 0) return { ...prev, plan, result: { ...prev.result } };
  const { byId } = prev.result;
  const tree = treeOf(prev);
  const layout = plan.layout;
  const rel = new Map<string, Rect>();
  const now = (id: string): Rect => rel.get(id) ?? byId.get(id)!;
  const depthOf = (id: string) => {
    let d = 0;
    for (let b = byId.get(id)!; b.parent !== undefined && d < 3; d++) b = byId.get(b.parent)!;
    return d;
  };
  // Boxes to size and place again, by depth: what changed, then each container it is in.
  const levels = [new Set<string>(), new Set<string>(), new Set<string>()];
  for (const id of dirty.keys()) {
    const d = depthOf(id);
    if (d > 2) return undefined;
    levels[d]!.add(id);
  }
  const place = (box: Box) => {
    const stored = storedPosition(layout, box.id);
    let { width, height } = box;
    if (box.kind === 'server') height = dirty.get(box.id) ?? height;
    else if (box.kind === 'site' || box.kind === 'cluster') ({ width, height } = containerSize(box.kind, (tree.kids.get(box.id) ?? []).map(now), stored));
    const frame = frameOf(box.parent === undefined ? undefined : byId.get(box.parent)!.kind);
    const at = stored ?? fallbackSlot(prev.slot.get(box.id)!, box.parent !== undefined, frame.header, frame.padding);
    rel.set(box.id, { x: at.x, y: at.y, width, height });
  };
  for (let d = 2; d >= 0; d--)
    for (const id of levels[d]!) {
      const box = byId.get(id)!;
      place(box);
      if (box.parent !== undefined) levels[d - 1]!.add(box.parent);
    }
  // Sites with no stored position stand side by side: one that grew moves those after it.
  let siteX = 0;
  for (const id of levels[0]!.size > 0 ? prev.roots : []) {
    if (byId.get(id)!.kind !== 'site') continue;
    const r = now(id);
    if (storedPosition(layout, id)) siteX = Math.max(siteX, r.x + r.width + SITE_SPACING);
    else {
      if (r.x !== siteX || r.y !== 0) rel.set(id, { x: siteX, y: 0, width: r.width, height: r.height });
      siteX += r.width + SITE_SPACING;
    }
  }
  // Absolute positions, from the canvas down: what moved carries what lies inside it.
  const abs = new Map<string, { x: number; y: number }>();
  const absOf = (id: string) => abs.get(id) ?? { x: byId.get(id)!.absX, y: byId.get(id)!.absY };
  const refresh = (id: string) => {
    const box = byId.get(id)!;
    const r = now(id);
    const p = box.parent === undefined ? undefined : absOf(box.parent);
    const next = p ? { x: p.x + r.x, y: p.y + r.y } : { x: r.x, y: r.y };
    const was = absOf(id);
    abs.set(id, next);
    if (next.x !== was.x || next.y !== was.y) for (const kid of tree.kids.get(id) ?? []) refresh(kid);
  };
  const touched = [...rel.keys()].sort((a, b) => depthOf(a) - depthOf(b));
  for (const id of touched) refresh(id);

  let boxes: Box[] | undefined;
  let boxById: Map<string, Box> | undefined;
  for (const id of new Set([...touched, ...abs.keys()])) {
    const old = byId.get(id)!;
    const r = now(id);
    const a = absOf(id);
    if (old.x === r.x && old.y === r.y && old.width === r.width && old.height === r.height && old.absX === a.x && old.absY === a.y) continue;
    boxes ??= prev.result.boxes.slice();
    boxById ??= new Map(byId);
    const box: Box = { id, kind: old.kind, parent: old.parent, x: r.x, y: r.y, absX: a.x, absY: a.y, width: r.width, height: r.height };
    boxes[tree.at.get(id)!] = box;
    boxById.set(id, box);
  }
  if (!boxes || !boxById) return { ...prev, plan, result: { ...prev.result } };
  return { ...prev, plan, result: { boxes, byId: boxById, bounds: boundsOf(boxes) } };
}
