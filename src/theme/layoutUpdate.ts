// The layout of an edited plan worked out from the last one resolved: an edit reaches only the
// edited boxes, their containers up to the canvas, the sites laid beside them and what lies inside
// whatever moved. Edits that add or remove servers or infrastructure items (a palette add, a
// delete, their undo and redo) also re-slot their containers' other children (layoutMembers.ts).
// At 5,000 servers a fresh resolve takes ~10-18 ms and settle asked for three.
// The result equals a fresh resolve (geometry.ts) box for box (layoutUpdate.test.ts).
import { layoutDelta, storedPosition } from '../model/positions.ts';
import type { Plan } from '../model/schema.ts';
import { boundsAfter, containerSize, fallbackSlot, frameOf, noteLayoutStep, serverHeight, SITE_SPACING, type Box, type ResolvedLayout } from './boxSizes.ts';
import { listDiff, membersOf, type Members } from './layoutMembers.ts';
import { withMembers, withSlots, type Slots } from './layoutOrder.ts';

export interface Resolution {
  plan: Plan;
  result: ResolvedLayout;
  /** Each box's index among its container's children (where it goes without a stored position). */
  slot: Slots;
  /** The canvas's own items, in the order sites are laid side by side. */
  roots: readonly string[];
  /** Every parent exists and every id is used once: an update can follow this resolution. */
  regular: boolean;
  /** Built on the first update and passed on (an edit that adds or removes items passes its own). */
  tree?: Tree;
}

interface Tree {
  /** Each container's children, in the order of `boxes` (clusters first). */
  kids: Map<string, readonly string[]>;
  /** Each box's index in `boxes` (built when first needed). */
  at?: Map<string, number>;
}

type Rect = { x: number; y: number; width: number; height: number };


function treeOf(r: Resolution): Tree {
  if (r.tree) return r.tree;
  const kids = new Map<string, string[]>();
  for (const b of r.result.boxes) {
    if (b.parent === undefined) continue;
    const list = kids.get(b.parent);
    if (list) list.push(b.id);
    else kids.set(b.parent, [b.id]);
  }
  return (r.tree = { kids });
}

function indexOf(r: Resolution): Map<string, number> {
  const tree = treeOf(r);
  if (!tree.at) {
    const at = (tree.at = new Map<string, number>());
    r.result.boxes.forEach((b, i) => at.set(b.id, i));
  }
  return tree.at;
}

interface Edit {
  /** Each item whose stored position changed or must be placed again, with the new height of servers whose roles changed. */
  dirty: Map<string, number | undefined>;
  /** Items that came or went, when some did. */
  members?: Members;
}

/**
 * What an edit changed that boxes are made of; undefined when a site or cluster came or went or an
 * item changed container (the whole layout is resolved afresh then).
 */
function edited(prev: Resolution, after: Plan): Edit | undefined {
  const before = prev.plan;
  const dirty = new Map<string, number | undefined>();
  const servers = listDiff(before.servers, after.servers);
  const infrastructure = listDiff(before.infrastructure, after.infrastructure);
  if (!servers || !infrastructure) return undefined;
  for (const [a, b] of servers.replaced) {
    if (a.cluster !== b.cluster || a.site !== b.site) return undefined;
    if (a.roles.length !== b.roles.length) dirty.set(b.id, serverHeight(b));
  }
  for (const [a, b] of infrastructure.replaced) if (a.site !== b.site) return undefined;
  const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) => a === b || (a.length === b.length && a.every((x, i) => x.id === b[i]!.id));
  if (!sameIds(before.clusters, after.clusters) || !sameIds(before.sites, after.sites)) return undefined;
  let members: Members | undefined;
  if (servers.added.length + servers.removed.length + infrastructure.added.length + infrastructure.removed.length > 0) {
    members = membersOf(prev.result.byId, treeOf(prev).kids, after, servers, infrastructure);
    if (!members) return undefined;
  }
  const from = before.layout;
  const to = after.layout;
  const known = prev.result.byId;
  // The entries that may differ: those noted when one table was made from the other, else all.
  const delta = layoutDelta(from, to);
  const differs = (id: string) => known.has(id) && !members?.removed.has(id) && storedPosition(from, id) !== storedPosition(to, id) && !dirty.has(id);
  if (delta) {
    for (const id of delta) if (differs(id)) dirty.set(id, undefined);
  } else if (from !== to) {
    for (const id of to ? Object.keys(to) : []) if (differs(id)) dirty.set(id, undefined);
    for (const id of from ? Object.keys(from) : []) if (differs(id)) dirty.set(id, undefined);
  }
  return members ? { dirty, members } : { dirty };
}

export type UpdateLayout = (prev: Resolution, plan: Plan) => Resolution | undefined;

/** The resolution of `plan`, an edit of `prev.plan`, or undefined when it must be resolved afresh. */
export function updateLayout(prev: Resolution, plan: Plan): Resolution | undefined {
  if (!prev.regular) return undefined;
  const change = edited(prev, plan);
  if (!change) return undefined;
  const { dirty, members } = change;
  const unchanged = () => ({ ...prev, plan, result: noteLayoutStep({ ...prev.result }, { from: prev.result, changed: new Map(), removed: new Set() }) });
  if (dirty.size === 0 && !members) return unchanged();
  const { byId } = prev.result;
  const tree = treeOf(prev);
  const kids = (id: string) => members?.kids.get(id) ?? tree.kids.get(id) ?? [];
  const boxOf = (id: string) => members?.added.get(id) ?? byId.get(id)!;
  const slotOf = (id: string) => members?.slot.get(id) ?? prev.slot.get(id)!;
  const layout = plan.layout;
  const rel = new Map<string, Rect>();
  const now = (id: string): Rect => rel.get(id) ?? boxOf(id);
  const depthOf = (id: string) => {
    let d = 0;
    for (let b = boxOf(id); b.parent !== undefined && d < 3; d++) b = byId.get(b.parent)!;
    return d;
  };
  // Boxes to size and place again, by depth: what changed, then each container it is in. Items
  // added are placed; a container whose children came or went is sized again, and its children
  // that moved to another slot and have no stored position go to their new slot.
  const levels = [new Set<string>(), new Set<string>(), new Set<string>()];
  const mark = (id: string) => {
    const d = depthOf(id);
    if (d > 2) return false;
    levels[d]!.add(id);
    return true;
  };
  for (const id of dirty.keys()) if (!mark(id)) return undefined;
  if (members) {
    for (const id of members.added.keys()) if (!mark(id)) return undefined;
    for (const [id, at] of members.slot) if (at !== prev.slot.get(id) && !storedPosition(layout, id)) mark(id);
    for (const c of members.kids.keys()) mark(c);
  }
  const place = (box: Box) => {
    const stored = storedPosition(layout, box.id);
    let { width, height } = box;
    if (box.kind === 'server') height = dirty.get(box.id) ?? height;
    else if (box.kind === 'site' || box.kind === 'cluster') ({ width, height } = containerSize(box.kind, kids(box.id).map(now), stored));
    const frame = frameOf(box.parent === undefined ? undefined : byId.get(box.parent)!.kind);
    const at = stored ?? fallbackSlot(slotOf(box.id), box.parent !== undefined, frame.header, frame.padding);
    rel.set(box.id, { x: at.x, y: at.y, width, height });
  };
  for (let d = 2; d >= 0; d--)
    for (const id of levels[d]!) {
      const box = boxOf(id);
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
  const absOf = (id: string) => abs.get(id) ?? { x: boxOf(id).absX, y: boxOf(id).absY };
  const refresh = (id: string) => {
    const box = boxOf(id);
    const r = now(id);
    const p = box.parent === undefined ? undefined : absOf(box.parent);
    const next = p ? { x: p.x + r.x, y: p.y + r.y } : { x: r.x, y: r.y };
    const was = absOf(id);
    abs.set(id, next);
    if (next.x !== was.x || next.y !== was.y || members?.added.has(id)) for (const kid of kids(id)) refresh(kid);
  };
  const touched = [...rel.keys()].sort((a, b) => depthOf(a) - depthOf(b));
  for (const id of touched) refresh(id);

  // The boxes that changed, as new objects; the others keep theirs.
  const changed = new Map<string, Box>();
  for (const id of new Set([...touched, ...abs.keys()])) {
    const old = boxOf(id);
    const r = now(id);
    const a = absOf(id);
    if (!members?.added.has(id) && old.x === r.x && old.y === r.y && old.width === r.width && old.height === r.height && old.absX === a.x && old.absY === a.y) continue;
    changed.set(id, { id, kind: old.kind, parent: old.parent, x: r.x, y: r.y, absX: a.x, absY: a.y, width: r.width, height: r.height });
  }
  const step = { from: prev.result, changed, removed: members?.removed ?? new Set<string>() };
  if (members) return { ...prev, plan, result: noteLayoutStep(withMembers(prev, members, changed, kids), step), slot: withSlots(prev.slot, members), tree: { kids: new Map([...tree.kids, ...members.kids]) } };
  if (changed.size === 0) return unchanged();
  const boxes = prev.result.boxes.slice();
  const boxById = new Map(byId);
  // A few boxes are found by a scan (native, a few microseconds at 1,000 servers); building the
  // index walks every box, once after each edit that adds or removes items (a new tree).
  const at = changed.size > 64 ? indexOf(prev) : undefined;
  for (const [id, box] of changed) {
    boxes[at ? at.get(id)! : boxes.indexOf(byId.get(id)!)] = box;
    boxById.set(id, box);
  }
  const replaced = [...changed.keys()].map((id) => byId.get(id)!);
  return { ...prev, plan, result: noteLayoutStep({ boxes, byId: boxById, bounds: boundsAfter(prev.result.bounds, replaced, changed.values(), boxes) }, step) };
}
