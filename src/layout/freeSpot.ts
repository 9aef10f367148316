// The nearest free place for a box among boxes already placed: a best-first search that steps out
// of whatever is in the way (right, left, below, above), closest spot first, like Visio's "move
// shapes away on drop". Coordinates are in one container's space; `min` keeps the box off the
// container's header and padding.
import { GRID } from '../theme/geometry.ts';
import type { SpatialIndex, Rect } from './spatial.ts';

export interface Spot {
  x: number;
  y: number;
}

const MAX_STEPS = 400;

const down = (v: number) => Math.floor(v / GRID) * GRID;
const up = (v: number) => Math.ceil(v / GRID) * GRID;

/** Rectangles closer than `gap` to `r` (a box that needs air around it). */
function blockers(placed: SpatialIndex<{ rect: Rect }>, r: Rect, gap: number): Rect[] {
  const halo = { x: r.x - gap, y: r.y - gap, width: r.width + 2 * gap, height: r.height + 2 * gap };
  const out: Rect[] = [];
  for (const { rect: p } of placed.query(halo))
    if (p.x < halo.x + halo.width && halo.x < p.x + p.width && p.y < halo.y + halo.height && halo.y < p.y + p.height) out.push(p);
  return out;
}

/**
 * Where a box of `size` should go, starting from `desired`: there if nothing is within `gap` of
 * it, else the nearest such place (by distance moved), on the grid, never left of or above `min`.
 * `along` makes moves on that axis cheaper: a box pushed by a neighbour that grew sideways moves
 * sideways too.
 */
export function nearestFree(
  desired: Spot,
  size: { width: number; height: number },
  placed: SpatialIndex<{ rect: Rect }>,
  gap: number,
  min: Spot = { x: -Infinity, y: -Infinity },
  along?: 'x' | 'y',
): Spot {
  const start = { x: Math.max(desired.x, min.x), y: Math.max(desired.y, min.y) };
  const wx = along === 'y' ? 3 : 1;
  const wy = along === 'x' ? 3 : 1;
  const cost = (x: number, y: number) => wx * Math.abs(x - desired.x) + wy * Math.abs(y - desired.y);
  // Each spot waiting with its cost, worked out once when it is queued (not at every scan).
  const queue: (Spot & { cost: number })[] = [{ x: start.x, y: start.y, cost: cost(start.x, start.y) }];
  const seen = new Set<string>();
  let lowest = start.y;
  for (let step = 0; step < MAX_STEPS && queue.length > 0; step++) {
    // The cheapest spot waiting, the first of equals (the queue stays small: a linear scan beats a heap here).
    let k = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.cost < queue[k]!.cost) k = i;
    const { x, y } = queue.splice(k, 1)[0]!;
    const spot = { x, y };
    const id = `${x},${y}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const rect = { x: spot.x, y: spot.y, width: size.width, height: size.height };
    const inTheWay = blockers(placed, rect, gap);
    if (inTheWay.length === 0) return spot;
    for (const b of inTheWay) {
      lowest = Math.max(lowest, b.y + b.height + gap);
      const options = [
        { x: up(b.x + b.width + gap), y: spot.y },
        { x: down(b.x - gap - size.width), y: spot.y },
        { x: spot.x, y: up(b.y + b.height + gap) },
        { x: spot.x, y: down(b.y - gap - size.height) },
      ];
      for (const o of options) if (o.x >= min.x && o.y >= min.y) queue.push({ x: o.x, y: o.y, cost: cost(o.x, o.y) });
    }
  }
  // A crowded corner: straight down from the start, past whatever is in the way (each step passes
  // at least one box, so this ends).
  let y = up(Math.max(lowest, start.y));
  for (;;) {
    const inTheWay = blockers(placed, { x: start.x, y, width: size.width, height: size.height }, gap);
    if (inTheWay.length === 0) return { x: start.x, y };
    y = up(Math.max(...inTheWay.map((b) => b.y + b.height + gap)));
  }
}
