// The router's fallback when no route with two turns or fewer is clean: the cheapest path over the
// grid of channel lines (beside every nearby card), with a price per turn and per stretch along a
// border, found by Dijkstra's algorithm. Only long links that must wind between rows of cards in
// other sites need it, so its cost (a few thousand grid points) is paid rarely.
import type { Point } from './connector.ts';
import { bottom, right, type Rect } from './spatial.ts';

export interface GridCosts {
  bend: number;
  crossing: number;
  alongBorder: number;
  borderNear: number;
}

/** A binary heap of [cost, state] pairs. */
class Heap {
  private costs: number[] = [];
  private states: number[] = [];
  get size() {
    return this.costs.length;
  }
  push(cost: number, state: number) {
    const c = this.costs;
    const s = this.states;
    let i = c.length;
    c.push(cost);
    s.push(state);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (c[up]! <= cost) break;
      c[i] = c[up]!;
      s[i] = s[up]!;
      i = up;
    }
    c[i] = cost;
    s[i] = state;
  }
  /** Removes the cheapest entry and returns its state (its cost is left in `lastCost`). */
  lastCost = 0;
  pop(): number {
    const c = this.costs;
    const s = this.states;
    this.lastCost = c[0]!;
    const top = s[0]!;
    const lastC = c.pop()!;
    const lastS = s.pop()!;
    if (c.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= c.length) break;
        const r = l + 1;
        const m = r < c.length && c[r]! < c[l]! ? r : l;
        if (c[m]! >= lastC) break;
        c[i] = c[m]!;
        s[i] = s[m]!;
        i = m;
      }
      c[i] = lastC;
      s[i] = lastS;
    }
    return top;
  }
}

// Work arrays kept between calls (a plan routes many links; fresh ones per link only feed the GC).
const buffers = new Map<string, Float64Array>();
function buffer(name: string, size: number): Float64Array {
  let b = buffers.get(name);
  if (!b || b.length < size) buffers.set(name, (b = new Float64Array(Math.max(size, 4096))));
  return b.subarray(0, size);
}

const uniqueSorted = (values: number[]) => [...new Set(values.map((v) => Math.round(v)))].sort((a, b) => a - b);

/** Directions: 0 right, 1 down, 2 left, 3 up. */
const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

/**
 * The cheapest orthogonal path from a side of `a` to a side of `b` over the lines `xs` × `ys`,
 * leaving and entering at side midpoints. `obstacles` must not be crossed (at a high price);
 * running along a `borders` side costs extra.
 */
export function gridRoute(
  a: Rect,
  b: Rect,
  channelXs: number[],
  channelYs: number[],
  obstacles: readonly Rect[],
  borders: readonly Rect[],
  costs: GridCosts,
): Point[] | undefined {
  const mids = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  const ma = mids(a);
  const mb = mids(b);
  const xs = uniqueSorted([...channelXs, a.x, right(a), b.x, right(b), ma.x, mb.x]);
  const ys = uniqueSorted([...channelYs, a.y, bottom(a), b.y, bottom(b), ma.y, mb.y]);
  const nx = xs.length;
  const ny = ys.length;
  const at = (x: number, y: number) => ys.indexOf(Math.round(y)) * nx + xs.indexOf(Math.round(x));
  // The ends: side midpoints, each with the one direction that leaves (or enters) the box.
  const starts = [
    [at(right(a), ma.y), 0],
    [at(ma.x, bottom(a)), 1],
    [at(a.x, ma.y), 2],
    [at(ma.x, a.y), 3],
  ];
  const goals = new Map<number, number>([
    [at(b.x, mb.y), 0],
    [at(mb.x, b.y), 1],
    [at(right(b), mb.y), 2],
    [at(mb.x, bottom(b)), 3],
  ]);
  const walls = [...obstacles, a, b];

  // What can touch a grid line, as flat [lo, hi, weight] triples along it: walls whose inside spans
  // the line (a crossing), borders running near it (a stretch along a border).
  const lineCosts = (coord: number, horizontal: boolean): number[] => {
    const out: number[] = [];
    walls.forEach((r, w) => {
      const [lo, hi] = horizontal ? [r.y, bottom(r)] : [r.x, right(r)];
      if (coord > lo + 1 && coord < hi - 1)
        out.push(horizontal ? r.x + 1 : r.y + 1, horizontal ? right(r) - 1 : bottom(r) - 1, w >= obstacles.length ? Infinity : costs.crossing);
    });
    for (const r of borders) {
      const [lo, hi] = horizontal ? [r.y, bottom(r)] : [r.x, right(r)];
      if (Math.abs(coord - lo) < costs.borderNear || Math.abs(coord - hi) < costs.borderNear)
        out.push((horizontal ? r.x : r.y) + 1, (horizontal ? right(r) : bottom(r)) - 1, costs.alongBorder);
    }
    return out;
  };
  const rows = ys.map((y) => lineCosts(y, true));
  const cols = xs.map((x) => lineCosts(x, false));

  // Price of the grid edge from node n one step in direction d (Infinity: through an end box).
  const edgeCost = (n: number, d: number): number => {
    const i = n % nx;
    const j = (n - i) / nx;
    const horizontal = d % 2 === 0;
    const p = horizontal ? xs[i]! : ys[j]!;
    const q = horizontal ? xs[i + DX[d]!]! : ys[j + DY[d]!]!;
    const lo = p < q ? p : q;
    const hi = p < q ? q : p;
    const line = horizontal ? rows[j]! : cols[i]!;
    let cost = hi - lo;
    for (let k = 0; k < line.length; k += 3) if (hi > line[k]! && lo < line[k + 1]!) cost += line[k + 2]!;
    return cost;
  };

  // Each grid edge is priced once (NaN: not yet); A* aims at b with the distance to its box.
  const states = nx * ny * 4;
  const priced = buffer('priced', states).fill(NaN);
  const price = (n: number, d: number) => {
    const k = n * 4 + d;
    if (Number.isNaN(priced[k]!)) priced[k] = edgeCost(n, d);
    return priced[k]!;
  };
  const toB = (n: number) => {
    const x = xs[n % nx]!;
    const y = ys[Math.floor(n / nx)]!;
    return Math.max(0, b.x - x, x - right(b)) + Math.max(0, b.y - y, y - bottom(b));
  };
  const best = buffer('best', states).fill(Infinity);
  const from = buffer('from', states).fill(-1);
  const heap = new Heap();
  for (const [node, dir] of starts) {
    if (node! < 0) continue;
    best[node! * 4 + dir!] = 0;
    heap.push(toB(node!), node! * 4 + dir!);
  }
  while (heap.size > 0) {
    const state = heap.pop();
    const estimate = heap.lastCost;
    const node = state >> 2;
    const dir = state & 3;
    const cost = best[state]!;
    if (estimate > cost + toB(node)) continue;
    if (goals.get(node) === dir && cost > 0) return trace(state, from, xs, nx, ys);
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue;
      const i = (node % nx) + DX[d]!;
      const j = Math.floor(node / nx) + DY[d]!;
      if (i < 0 || j < 0 || i >= nx || j >= ny) continue;
      // A step into the goal must arrive in the goal's direction; a turn costs a bend.
      const next = j * nx + i;
      const step = price(node, d);
      if (step === Infinity) continue;
      const total = cost + step + (d !== dir ? costs.bend : 0);
      const s = next * 4 + d;
      if (total < best[s]!) {
        best[s] = total;
        from[s] = state;
        heap.push(total + toB(next), s);
      }
    }
  }
  return undefined;
}

function trace(state: number, from: Float64Array, xs: number[], nx: number, ys: number[]): Point[] {
  const points: Point[] = [];
  for (let s = state; s >= 0; s = from[s]!) {
    const node = s >> 2;
    points.push({ x: xs[node % nx]!, y: ys[Math.floor(node / nx)]! });
  }
  points.reverse();
  // Keep the corners only.
  return points.filter((p, i) => {
    const prev = points[i - 1];
    const next = points[i + 1];
    return !prev || !next || !((prev.x === p.x && p.x === next.x) || (prev.y === p.y && p.y === next.y));
  });
}
