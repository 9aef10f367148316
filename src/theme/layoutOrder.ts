// The boxes and slots after an edit that adds or removes servers or infrastructure items
// (layoutUpdate.ts): in the order a fresh resolve gives (geometry.ts), without rebuilding it.
import { boundsAfter, rank, type Box, type ResolvedLayout } from './boxSizes.ts';
import type { Members } from './layoutMembers.ts';
import type { Resolution } from './layoutUpdate.ts';

/** Slots by id: a map, or the slots an edit changed over the ones before (copying every slot cost more than the update). */
export type Slots = Pick<ReadonlyMap<string, number>, 'get' | 'has'>;
type SlotLayer = { base: Slots; over: ReadonlyMap<string, number | undefined>; depth: number } & Slots;
const MAX_SLOT_LAYERS = 16;

/**
 * The boxes after items came or went, in a fresh resolve's order: each container's children before
 * it, from the canvas's items in order, then sites, clusters and the rest apart (geometry.ts).
 */
export function withMembers(prev: Resolution, members: Members, changed: ReadonlyMap<string, Box>, kids: (id: string) => readonly string[]): ResolvedLayout {
  const { byId } = prev.result;
  const boxById = new Map(byId);
  for (const id of members.removed) boxById.delete(id);
  for (const [id, box] of changed) boxById.set(id, box);
  const boxes = spliced(prev.result.boxes, members, changed, byId) ?? visited(prev, changed, kids);
  // What went: the removed boxes and the old boxes of those that changed (an added one had none).
  const gone = [...members.removed, ...changed.keys()].map((id) => byId.get(id)).filter((b) => b !== undefined);
  return { boxes, byId: boxById, bounds: boundsAfter(prev.result.bounds, gone, changed.values(), boxes) };
}

/**
 * The boxes as before with the removed ones taken out, each added one put next to a sibling
 * server or item of its container (they lie side by side in the order), and the changed ones
 * replaced; undefined when an added item has no such sibling (the order is rebuilt then).
 */
function spliced(before: readonly Box[], members: Members, changed: ReadonlyMap<string, Box>, byId: ReadonlyMap<string, Box>): Box[] | undefined {
  const gone = new Set([...members.removed].map((id) => byId.get(id)!));
  const boxes = gone.size > 0 ? before.filter((b) => !gone.has(b)) : before.slice();
  // Where a box is now: an added one as placed, any other as it was (replaced below).
  const at = (id: string) => boxes.indexOf(members.added.has(id) ? changed.get(id)! : byId.get(id)!);
  for (const list of members.kids.values()) {
    const leaves = list.filter((id) => rank((members.added.get(id) ?? byId.get(id)!).kind) === 2);
    for (const [k, id] of leaves.entries()) {
      if (!members.added.has(id)) continue;
      const previous = leaves[k - 1];
      const next = leaves.slice(k + 1).find((x) => !members.added.has(x));
      if (previous === undefined && next === undefined) return undefined;
      boxes.splice(previous !== undefined ? at(previous) + 1 : at(next!), 0, changed.get(id)!);
    }
  }
  const index = changed.size > 64 ? new Map(boxes.map((b, i) => [b.id, i])) : undefined;
  for (const [id, box] of changed) if (!members.added.has(id)) boxes[index ? index.get(id)! : boxes.indexOf(byId.get(id)!)] = box;
  return boxes;
}

/** The boxes in a fresh resolve's order, visited from the canvas's items down. */
function visited(prev: Resolution, changed: ReadonlyMap<string, Box>, kids: (id: string) => readonly string[]): Box[] {
  const { byId } = prev.result;
  const byRank: Box[][] = [[], [], []];
  const visit = (id: string) => {
    const box = changed.get(id) ?? byId.get(id)!;
    // Children in the order they were placed: servers and infrastructure, then clusters.
    const list = kids(id);
    for (const kid of list) if (rank(kindOf(kid)) === 2) visit(kid);
    for (const kid of list) if (rank(kindOf(kid)) !== 2) visit(kid);
    byRank[rank(box.kind)]!.push(box);
  };
  const kindOf = (id: string) => (changed.get(id) ?? byId.get(id)!).kind;
  for (const id of prev.roots) visit(id);
  return byRank.flat();
}

export function withSlots(slot: Slots, members: Members): Slots {
  const over = new Map<string, number | undefined>(members.slot);
  for (const id of members.removed) over.set(id, undefined);
  const depth = 'depth' in slot ? (slot as SlotLayer).depth + 1 : 1;
  const layer: SlotLayer = { base: slot, over, depth, get: (id) => (over.has(id) ? over.get(id) : slot.get(id)), has: (id) => layer.get(id) !== undefined };
  return depth < MAX_SLOT_LAYERS ? layer : flatten(layer);
}

/** The layers as one map again (every 16 edits that add or remove items). */
function flatten(top: Slots): Map<string, number> {
  const layers: ReadonlyMap<string, number | undefined>[] = [];
  let at = top;
  while ('over' in at) {
    layers.unshift((at as SlotLayer).over);
    at = (at as SlotLayer).base;
  }
  const out = new Map(at as ReadonlyMap<string, number>);
  for (const over of layers)
    for (const [id, slot] of over) {
      if (slot === undefined) out.delete(id);
      else out.set(id, slot);
    }
  return out;
}
