// The router's fallback when no route with two turns or fewer is clean: the cheapest path over the
// grid of channel lines (beside every nearby card), with a price per turn and per stretch along a
// border, found by A* (Dijkstra's algorithm aimed at the goal). Long links that wind between rows
// of sites search grids of thousands of points, so each grid line's edge prices are worked out in
// one pass (ranges of edges per box, summed along the line) and the search runs on typed arrays. Of
// several equally cheap routes a fixed rule picks one, so the route is the one a plain Dijkstra
// pricing one edge at a time finds (testing/plainGridRoute.ts), whatever order the search took.
import { simplify, type Point } from './connector.ts';
import { CostHeap } from './costHeap.ts';
import { DX, DY, estimateTo, preferredParent } from './gridRouteEstimate.ts';
import { LineFilter, type LineBoxes } from './lineFilter.ts';
import { bottom, right, type Rect } from './spatial.ts';

/** Prices in whole units (as the channels are), so sums are exact and equal routes tie exactly. */
export interface GridCosts {
  bend: number;
  crossing: number;
  alongBorder: number;
  borderNear: number;
}

// Work arrays kept between calls (a plan routes many links; fresh ones per link only feed the GC).
const buffers = new Map<string, Float64Array>();
function buffer(name: string, size: number): Float64Array {
  let b = buffers.get(name);
  if (!b || b.length < size) buffers.set(name, (b = new Float64Array(Math.max(size, 4096))));
  return b.subarray(0, size);
}

const uniqueSorted = (values: number[]) => [...new Set(values.map((v) => Math.round(v)))].sort((a, b) => a - b);

/**
 * What touches a grid line, as flat [lo, hi, weight] ranges along it: walls whose inside spans the
 * line (a crossing; the two end boxes `a` and `b` may not be crossed at all), borders running near it.
 */
function lineRanges({ inside, near }: LineBoxes, coord: number, horizontal: boolean, a: Rect, b: Rect, costs: GridCosts): number[] {
  const out: number[] = [];
  const wall = (r: Rect, weight: number) => {
    const lo = horizontal ? r.y : r.x;
    const hi = horizontal ? bottom(r) : right(r);
    if (coord > lo + 1 && coord < hi - 1) out.push(horizontal ? r.x + 1 : r.y + 1, horizontal ? right(r) - 1 : bottom(r) - 1, weight);
  };
  for (const r of inside) wall(r, costs.crossing);
  wall(a, Infinity);
  wall(b, Infinity);
  for (const r of near) out.push((horizontal ? r.x : r.y) + 1, (horizontal ? right(r) : bottom(r)) - 1, costs.alongBorder);
  return out;
}

/** An end box's weight while edge prices are summed: far above any real sum, and exact with a few added. */
const WALL = 2 ** 40;

/** The first index of the ascending `values` whose value is above `v` (or, `orEqual`, at least `v`). */
function firstAbove(values: readonly number[], v: number, orEqual: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orEqual ? values[mid]! >= v : values[mid]! > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The price of each edge along one grid line, from `along` (the line's grid coordinates,
 * ascending) and what touches the line as [lo, hi, weight] ranges: an edge from along[i] to
 * along[i + 1] pays its length plus the weight of every range it overlaps (hi > lo' and lo < hi').
 */
export function linePrices(along: readonly number[], ranges: readonly number[], out: Float64Array) {
  const n = along.length - 1;
  const added = buffer('added', n + 1).fill(0);
  for (let k = 0; k < ranges.length; k += 3) {
    const from = Math.max(0, firstAbove(along, ranges[k]!, false) - 1);
    const to = Math.min(n - 1, firstAbove(along, ranges[k + 1]!, true) - 1);
    if (from > to) continue;
    // Integer weights sum exactly in any order; an end box (Infinity) counts as WALL, far above any real sum.
    const w = ranges[k + 2] === Infinity ? WALL : ranges[k + 2]!;
    added[from] = added[from]! + w;
    added[to + 1] = added[to + 1]! - w;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += added[i]!;
    out[i] = sum >= WALL ? Infinity : along[i + 1]! - along[i]! + sum;
  }
}

/** A grid node (its index: row * columns + column) with a heading (0 right, 1 down, 2 left, 3 up). */
export type GridEnd = [node: number, dir: number];

/**
 * The grid of a search from `a` to `b`: its lines (the channels and the boxes' sides and middles,
 * rounded, ascending), where it starts (a's side midpoints, each heading out of a) and its goals
 * (b's side midpoints, each heading into b), in the order the tie rule prefers them.
 */
export function gridOf(a: Rect, b: Rect, channelXs: readonly number[], channelYs: readonly number[]) {
  const mids = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  const ma = mids(a);
  const mb = mids(b);
  const xs = uniqueSorted([...channelXs, a.x, right(a), b.x, right(b), ma.x, mb.x]);
  const ys = uniqueSorted([...channelYs, a.y, bottom(a), b.y, bottom(b), ma.y, mb.y]);
  const at = (x: number, y: number) => ys.indexOf(Math.round(y)) * xs.length + xs.indexOf(Math.round(x));
  const starts: GridEnd[] = [
    [at(right(a), ma.y), 0],
    [at(ma.x, bottom(a)), 1],
    [at(a.x, ma.y), 2],
    [at(ma.x, a.y), 3],
  ];
  const goals: GridEnd[] = [
    [at(b.x, mb.y), 0],
    [at(mb.x, b.y), 1],
    [at(right(b), mb.y), 2],
    [at(mb.x, bottom(b)), 3],
  ];
  return { xs, ys, starts, goals };
}

/**
 * The cheapest orthogonal path from a side of `a` to a side of `b` over the lines `xs` × `ys`,
 * leaving and entering at side midpoints. `obstacles` must not be crossed (at a high price);
 * running along a `borders` side costs extra. `lines`: the filter of those obstacles and borders
 * by line (with `costs.borderNear`), when the caller has one.
 */
export function gridRoute(
  a: Rect,
  b: Rect,
  channelXs: number[],
  channelYs: number[],
  obstacles: readonly Rect[],
  borders: readonly Rect[],
  costs: GridCosts,
  lines: LineFilter = new LineFilter(obstacles, borders, costs.borderNear),
): Point[] | undefined {
  const { xs, ys, starts, goals } = gridOf(a, b, channelXs, channelYs);
  const nx = xs.length;
  const ny = ys.length;

  // Edge prices, a line at a time when first needed: row j's edge from xs[i] to xs[i + 1] at
  // rowPrices[j * nx + i], column i's from ys[j] to ys[j + 1] at colPrices[i * ny + j].
  const rowPrices = buffer('rows', nx * ny);
  const colPrices = buffer('cols', nx * ny);
  const rowDone = new Uint8Array(ny);
  const colDone = new Uint8Array(nx);
  const priceRow = (j: number) => {
    linePrices(xs, lineRanges(lines.line(ys[j]!, true), ys[j]!, true, a, b, costs), rowPrices.subarray(j * nx, j * nx + nx));
    rowDone[j] = 1;
  };
  const priceCol = (i: number) => {
    linePrices(ys, lineRanges(lines.line(xs[i]!, false), xs[i]!, false, a, b, costs), colPrices.subarray(i * ny, i * ny + ny));
    colDone[i] = 1;
  };

  // A* aims at the goals with a lower bound of what is left (estimateTo); among equally cheap
  // routes the tie rule (preferredParent, then the first goal in `goals`) picks one.
  const estimate = estimateTo(
    goals.map(([node, dir]) => ({ x: xs[node % nx]!, y: ys[Math.floor(node / nx)]!, dir })),
    costs.bend,
  );
  const goalStates = goals.map(([node, dir]) => node * 4 + dir);
  const states = nx * ny * 4;
  const best = buffer('best', states).fill(Infinity);
  const from = buffer('from', states).fill(-1);
  // Keyed (estimated total, cost so far): with a consistent estimate the key only grows along an
  // edge (the cost strictly), so every state on a cheapest way to s, each equally cheap parent of s
  // among them, leaves the heap before s; from[s] is then settled by the tie rule as a plain
  // Dijkstra (estimate 0) settles it, whatever the order among equal keys.
  const heap = new CostHeap();
  const bend = costs.bend;
  for (const [node, dir] of starts) {
    best[node * 4 + dir] = 0;
    heap.push(estimate(xs[node % nx]!, ys[Math.floor(node / nx)]!, dir), 0, node * 4 + dir);
  }
  const [g0, g1, g2, g3] = goalStates as [number, number, number, number];
  while (heap.size > 0) {
    const state = heap.pop();
    const cost = heap.lastTie;
    if (cost > best[state]!) continue;
    if (cost > 0 && (state === g0 || state === g1 || state === g2 || state === g3)) return trace(firstGoal(heap, state, goalStates), from, xs, nx, ys);
    const node = state >> 2;
    const dir = state & 3;
    const i0 = node % nx;
    const j0 = (node - i0) / nx;
    // Right, down, left, up (never back the way it came); each neighbour offered one step on (a
    // turn costs a bend), a cheaper way replacing its parent, an equally cheap one by the tie rule.
    for (let d = 0; d < 4; d++) {
      if (d === ((dir + 2) & 3)) continue;
      const i = i0 + DX[d]!;
      const j = j0 + DY[d]!;
      if (i < 0 || j < 0 || i >= nx || j >= ny) continue;
      let step: number;
      if ((d & 1) === 0) {
        if (!rowDone[j0]) priceRow(j0);
        step = rowPrices[j0 * nx + (i < i0 ? i : i0)]!;
      } else {
        if (!colDone[i0]) priceCol(i0);
        step = colPrices[i0 * ny + (j < j0 ? j : j0)]!;
      }
      if (step === Infinity) continue;
      const total = cost + step + (d !== dir ? bend : 0);
      const s = (j * nx + i) * 4 + d;
      if (total < best[s]!) {
        best[s] = total;
        from[s] = state;
        heap.push(total + estimate(xs[i]!, ys[j]!, d), total, s);
      } else if (total === best[s] && preferredParent(dir, from[s]! & 3, d)) from[s] = state;
    }
  }
  return undefined;
}

/**
 * Of the goals reached as cheaply as `state`, the first in the goals' order. They are next in the
 * heap: their key (cost, cost) is the least left, and only a goal has an estimate of 0.
 */
function firstGoal(heap: CostHeap, state: number, goalStates: readonly number[]): number {
  const cost = heap.lastTie;
  let rank = goalStates.indexOf(state);
  while (heap.size > 0 && heap.nextCost === cost && heap.nextTie === cost) {
    const r = goalStates.indexOf(heap.pop());
    if (r >= 0 && r < rank) rank = r;
  }
  return goalStates[rank]!;
}

function trace(state: number, from: Float64Array, xs: number[], nx: number, ys: number[]): Point[] {
  const points: Point[] = [];
  for (let s = state; s >= 0; s = from[s]!) {
    const node = s >> 2;
    points.push({ x: xs[node % nx]!, y: ys[Math.floor(node / nx)]! });
  }
  // Keep the corners only.
  return simplify(points.reverse());
}
