// Align and distribute, as in Visio and draw.io: the selected items line up on an edge or centre
// of the box around them, or get equal gaps between them. Items stay inside their containers, an
// item whose container is also selected moves with it, and items that alignment would stack on
// top of each other are set side by side instead (a diagram never has two cards on one spot).
import type { Layout, Plan } from '../model/schema.ts';
import { CLUSTER_HEADER, CLUSTER_PADDING, resolveLayout, SITE_HEADER, SITE_PADDING, type Box } from '../theme/geometry.ts';

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';
export type Axis = 'horizontal' | 'vertical';

/** Space kept between items set side by side or distributed. */
const GAP = 24;

interface Moving {
  box: Box;
  x: number;
  y: number;
}

/** The selected boxes that move themselves (not those carried by a selected container). */
function movable(plan: Plan, ids: readonly string[]): Moving[] {
  const { byId } = resolveLayout(plan);
  const chosen = new Set(ids);
  const carried = (box: Box) => {
    for (let p = box.parent; p !== undefined; p = byId.get(p)?.parent) if (chosen.has(p)) return true;
    return false;
  };
  return ids
    .map((id) => byId.get(id))
    .filter((b): b is Box => b !== undefined && !carried(b))
    .map((box) => ({ box, x: box.absX, y: box.absY }));
}

const overlaps = (a: Moving, b: Moving) =>
  a.x < b.x + b.box.width && b.x < a.x + a.box.width && a.y < b.y + b.box.height && b.y < a.y + a.box.height;

/** Writes the new absolute positions back as positions relative to each item's container. */
function place(plan: Plan, items: readonly Moving[]): Plan {
  const { byId } = resolveLayout(plan);
  const layout: Layout = { ...plan.layout };
  for (const { box, x, y } of items) {
    const parent = box.parent ? byId.get(box.parent) : undefined;
    // Whole pixels, not the 8 px grid: cards of different heights must line up exactly.
    let relX = Math.round(x - (parent?.absX ?? 0));
    let relY = Math.round(y - (parent?.absY ?? 0));
    if (parent) {
      const site = parent.kind === 'site';
      relX = Math.max(relX, site ? SITE_PADDING : CLUSTER_PADDING);
      relY = Math.max(relY, site ? SITE_HEADER : CLUSTER_HEADER);
    }
    layout[box.id] = { ...layout[box.id], x: relX, y: relY };
  }
  return { ...plan, layout };
}

/** Sets items that now overlap side by side, across the axis they were aligned on, in their old order. */
function separate(items: Moving[], across: 'x' | 'y') {
  const sorted = [...items].sort((a, b) => (across === 'y' ? a.box.absY - b.box.absY : a.box.absX - b.box.absX));
  for (let i = 1; i < sorted.length; i++) {
    const item = sorted[i]!;
    for (const before of sorted.slice(0, i)) {
      if (!overlaps(item, before)) continue;
      if (across === 'y') item.y = before.y + before.box.height + GAP;
      else item.x = before.x + before.box.width + GAP;
    }
  }
}

export function alignItems(plan: Plan, ids: readonly string[], how: Alignment): Plan {
  const items = movable(plan, ids);
  if (items.length < 2) return plan;
  const left = Math.min(...items.map((i) => i.x));
  const right = Math.max(...items.map((i) => i.x + i.box.width));
  const top = Math.min(...items.map((i) => i.y));
  const bottom = Math.max(...items.map((i) => i.y + i.box.height));
  for (const item of items) {
    const { width, height } = item.box;
    if (how === 'left') item.x = left;
    if (how === 'center') item.x = (left + right) / 2 - width / 2;
    if (how === 'right') item.x = right - width;
    if (how === 'top') item.y = top;
    if (how === 'middle') item.y = (top + bottom) / 2 - height / 2;
    if (how === 'bottom') item.y = bottom - height;
  }
  separate(items, how === 'left' || how === 'center' || how === 'right' ? 'y' : 'x');
  return place(plan, items);
}

/** Equal gaps between the items from the first to the last along the axis (at least GAP apart). */
export function distributeItems(plan: Plan, ids: readonly string[], axis: Axis): Plan {
  const items = movable(plan, ids);
  if (items.length < 3) return plan;
  const horizontal = axis === 'horizontal';
  const start = (i: Moving) => (horizontal ? i.x : i.y);
  const size = (i: Moving) => (horizontal ? i.box.width : i.box.height);
  items.sort((a, b) => start(a) + size(a) / 2 - (start(b) + size(b) / 2));
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const span = start(last) + size(last) - start(first);
  const gap = Math.max(GAP, (span - items.reduce((sum, i) => sum + size(i), 0)) / (items.length - 1));
  let at = start(first);
  for (const item of items) {
    if (horizontal) item.x = at;
    else item.y = at;
    at += size(item) + gap;
  }
  return place(plan, items);
}
