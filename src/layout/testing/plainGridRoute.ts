// The grid search's meaning, written plainly for the tests: every edge priced on its own against
// every box, the cheapest cost of every state by a textbook Dijkstra over the whole grid, then the
// route read back from the goal by the tie rule alone (the first cheapest goal; into each state,
// of its equally cheap parents, one arriving by a turn before one arriving straight, then the lower
// direction). What it returns depends on the grid and its prices only, by construction.
import { crosses, simplify, type Point } from '../connector.ts';
import { gridOf, type GridCosts } from '../gridRoute.ts';
import { DX, DY } from '../gridRouteEstimate.ts';
import { bottom, right, type Rect } from '../spatial.ts';

export function plainGridRoute(
  a: Rect,
  b: Rect,
  channelXs: readonly number[],
  channelYs: readonly number[],
  obstacles: readonly Rect[],
  borders: readonly Rect[],
  costs: GridCosts,
): Point[] | undefined {
  const { xs, ys, starts, goals } = gridOf(a, b, channelXs, channelYs);
  const nx = xs.length;
  const point = (node: number): Point => ({ x: xs[node % nx]!, y: ys[Math.floor(node / nx)]! });
  /** The price of the edge from p to q: its length, a crossing per card inside, a run per border beside. */
  const price = (p: Point, q: Point): number => {
    if (crosses(p, q, a) || crosses(p, q, b)) return Infinity;
    const horizontal = p.y === q.y;
    let sum = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    for (const r of obstacles) if (crosses(p, q, r)) sum += costs.crossing;
    for (const r of borders) {
      const [at, lo, hi] = horizontal ? [p.y, r.y, bottom(r)] : [p.x, r.x, right(r)];
      const [from, to, rFrom, rTo] = horizontal ? [Math.min(p.x, q.x), Math.max(p.x, q.x), r.x, right(r)] : [Math.min(p.y, q.y), Math.max(p.y, q.y), r.y, bottom(r)];
      const beside = Math.abs(at - lo) < costs.borderNear || Math.abs(at - hi) < costs.borderNear;
      if (beside && to > rFrom + 1 && from < rTo - 1) sum += costs.alongBorder;
    }
    return sum;
  };
  /** The state one step from `s` heading `d` (never back the way it came), and the step's price. */
  const step = (s: number, d: number): [number, number] | undefined => {
    const node = s >> 2;
    const i = (node % nx) + DX[d]!;
    const j = Math.floor(node / nx) + DY[d]!;
    if (d === ((s & 3) + 2) % 4 || i < 0 || j < 0 || i >= nx || j >= ys.length) return undefined;
    const next = j * nx + i;
    return [next * 4 + d, price(point(node), point(next)) + (d === (s & 3) ? 0 : costs.bend)];
  };

  // Dijkstra over every state (the open list scanned for its cheapest: small grids only).
  const dist = new Array<number>(nx * ys.length * 4).fill(Infinity);
  const open = new Set<number>();
  for (const [node, dir] of starts) {
    dist[node * 4 + dir] = 0;
    open.add(node * 4 + dir);
  }
  while (open.size > 0) {
    let s = -1;
    for (const o of open) if (s < 0 || dist[o]! < dist[s]!) s = o;
    open.delete(s);
    for (let d = 0; d < 4; d++) {
      const next = step(s, d);
      if (next && dist[s]! + next[1] < dist[next[0]]!) {
        dist[next[0]] = dist[s]! + next[1];
        open.add(next[0]);
      }
    }
  }

  const reached = goals.map(([node, dir]) => node * 4 + dir).filter((s) => dist[s]! > 0 && dist[s]! < Infinity);
  if (reached.length === 0) return undefined;
  const least = Math.min(...reached.map((s) => dist[s]!));
  const points: Point[] = [];
  for (let s = reached.find((g) => dist[g] === least)!; ; ) {
    points.push(point(s >> 2));
    if (dist[s] === 0) break;
    // The parents: the node behind, each heading but the one back; a turn first, then by direction.
    const d = s & 3;
    const behind = (s >> 2) - DX[d]! - DY[d]! * nx;
    const parents = behind < 0 ? [] : [0, 1, 2, 3].filter((p) => p !== d).concat(d).map((p) => behind * 4 + p);
    s = parents.find((p) => step(p, d)?.[0] === s && dist[p]! + step(p, d)![1] === dist[s])!;
  }
  return simplify(points.reverse());
}
