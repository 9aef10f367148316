// A scene's items, one per node with a box, in the nodes' order. After an edit most nodes are the
// same objects as for the last scene and most boxes did not move: the nodes are walked beside the
// last scene's, and a node kept whose box the layout's noted steps did not change keeps its item
// with no lookup (the layout's map and the item cache are read only for the rest). The items by id
// are the last scene's map with what changed taken out and put in. Either way the items are those
// a walk of every node gives (scene.test.ts).
import type { Role } from '../../model/index.ts';
import { layoutStep, LAYOUT_STEPS, type Box, type ResolvedLayout } from '../../theme/boxSizes.ts';
import type { PlanNode } from '../planToFlow.ts';
import type { SceneItem } from './scene.ts';

/** What a scene's items were made from: its nodes, its layout and each node's item (none without a box). */
export interface ItemsMade {
  nodes: readonly PlanNode[];
  layout: ResolvedLayout;
  slots: (SceneItem | undefined)[];
  items: SceneItem[];
  byId: Map<string, SceneItem>;
  /** The items' extremes, as a walk in paint order finds them (the first of equal values kept). */
  box: Extremes;
}

export interface Extremes {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Takes `i` into the extremes `b` (in place), as a walk in paint order does. */
function extend(b: Extremes, i: SceneItem) {
  if (i.x < b.x0) b.x0 = i.x;
  if (i.y < b.y0) b.y0 = i.y;
  if (i.x + i.width > b.x1) b.x1 = i.x + i.width;
  if (i.y + i.height > b.y1) b.y1 = i.y + i.height;
}
const touches = (b: Extremes, i: SceneItem) => i.x === b.x0 || i.y === b.y0 || i.x + i.width === b.x1 || i.y + i.height === b.y1;

/**
 * The extremes of `items`, from those of the items before when no item that went or came touches
 * them (an item on an edge that went may have been the only one there; one that came on an edge
 * ties with another, and which of two zeros a walk keeps depends on their order): else walked.
 */
function extremesAfter(before: Extremes, dropped: readonly SceneItem[], made: readonly SceneItem[], items: readonly SceneItem[]): Extremes {
  const b = { ...before };
  if (!dropped.some((i) => touches(b, i)) && !made.some((i) => touches(b, i))) {
    for (const i of made) extend(b, i);
    return b;
  }
  const walked = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let k = 0; k < items.length; k++) extend(walked, items[k]!);
  return walked;
}

const NO_ROLES: readonly Role[] = [];
/** How many of the last scene's nodes a node is looked for past the next one (nodes that went). */
const LOOKAHEAD = 8;

function itemOf(node: PlanNode, box: Box): SceneItem {
  const badge = node.data.badge;
  let name: string;
  let roles: readonly Role[] = NO_ROLES;
  let variant: SceneItem['variant'];
  let infra: string | undefined;
  if (node.type === 'site') {
    name = node.data.site.name;
    if (node.data.site.kind === 'perimeter') variant = 'perimeter';
  } else if (node.type === 'cluster') {
    name = node.data.cluster.name;
    if (node.data.cluster.standby) variant = 'standby';
  } else if (node.type === 'server') {
    const server = node.data.server;
    name = server.name;
    roles = server.roles;
    if (server.product !== 'exchange2007') variant = 'legacy';
  } else {
    name = node.data.item.name;
    infra = node.data.item.kind;
  }
  // Every item has the same keys in the same order (absent ones undefined): the scene is walked
  // item by item on every edit, and items of a dozen shapes made each property read a slow one
  // (11 ms for 6,000 items, against 2 ms).
  return { id: node.id, kind: box.kind, parent: box.parent, x: box.absX, y: box.absY, width: box.width, height: box.height, variant, name, roles, infra, worst: badge?.worst, findings: badge?.count ?? 0 };
}

const itemCache = new WeakMap<PlanNode, SceneItem>();

/** The node's item: the cached one while its box is where it was, else made. */
function itemAt(node: PlanNode, layout: ResolvedLayout): SceneItem | undefined {
  const box = layout.byId.get(node.id);
  if (!box) return undefined;
  let item = itemCache.get(node);
  if (!item || item.x !== box.absX || item.y !== box.absY || item.width !== box.width || item.height !== box.height) itemCache.set(node, (item = itemOf(node, box)));
  return item;
}

/** Ids whose boxes changed, came or went from `from` to `to`, when the layout noted its steps between them. */
function boxesChanged(from: ResolvedLayout, to: ResolvedLayout): Set<string> | undefined {
  const ids = new Set<string>();
  for (let at = to, n = 0; at !== from; n++) {
    const step = layoutStep(at);
    if (!step || n >= LAYOUT_STEPS) return undefined;
    for (const id of step.changed.keys()) ids.add(id);
    for (const id of step.removed) ids.add(id);
    at = step.from;
  }
  return ids;
}

/** How many scenes' items were walked beside the last scene's (tests). */
export const itemsPatched = { count: 0 };

/** Walked beside `prev` when its layout's steps lead here, with unique ids: else undefined. */
function patched(layout: ResolvedLayout, nodes: readonly PlanNode[], prev: ItemsMade): ItemsMade | undefined {
  const moved = prev.byId.size === prev.items.length ? boxesChanged(prev.layout, layout) : undefined;
  if (!moved) return undefined;
  const [was, kept] = [prev.nodes, prev.slots];
  const slots = new Array<SceneItem | undefined>(nodes.length);
  const items: SceneItem[] = [];
  const made: SceneItem[] = [];
  const dropped: SceneItem[] = [];
  let j = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    // The last scene's nodes before this one's match that are not kept (went or were replaced).
    let k = j;
    while (k < was.length && was[k] !== node && k - j < LOOKAHEAD) k++;
    const same = k < was.length && was[k] === node;
    if (same) for (; j < k; j++) if (kept[j]) dropped.push(kept[j]!);
    let item: SceneItem | undefined;
    if (same && !moved.has(node.id)) item = kept[j];
    else {
      item = itemAt(node, layout);
      if (same && kept[j] !== item && kept[j]) dropped.push(kept[j]!);
      if (item && item !== (same ? kept[j] : undefined)) made.push(item);
    }
    if (same) j++;
    slots[i] = item;
    if (item) items.push(item);
  }
  for (; j < was.length; j++) if (kept[j]) dropped.push(kept[j]!);
  const byId = new Map(prev.byId);
  for (const d of dropped) byId.delete(d.id);
  for (const m of made) {
    // An id twice (a plan that did not pass the gate): the last one wins in a walk, built so.
    if (byId.has(m.id)) return undefined;
    byId.set(m.id, m);
  }
  if (byId.size !== items.length) return undefined;
  itemsPatched.count++;
  return { nodes, layout, slots, items, byId, box: extremesAfter(prev.box, dropped, made, items) };
}

/** Every node walked, each looked up in the layout and the item cache. */
function walked(layout: ResolvedLayout, nodes: readonly PlanNode[]): ItemsMade {
  const slots = new Array<SceneItem | undefined>(nodes.length);
  const items: SceneItem[] = [];
  const byId = new Map<string, SceneItem>();
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let i = 0; i < nodes.length; i++) {
    const item = (slots[i] = itemAt(nodes[i]!, layout));
    if (!item) continue;
    items.push(item);
    byId.set(item.id, item);
    extend(box, item);
  }
  return { nodes, layout, slots, items, byId, box };
}

export function itemsOf(layout: ResolvedLayout, nodes: readonly PlanNode[], prev?: ItemsMade): ItemsMade {
  return (prev && patched(layout, nodes, prev)) || walked(layout, nodes);
}
