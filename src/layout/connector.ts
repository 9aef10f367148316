// One link's route on its own, like a Visio connector: an orthogonal polyline (one straight
// segment, or out-across-in elbows) between the sides of its two boxes. Candidates slide through
// the channels beside nearby cards; the shortest that crosses no card and runs along no box border
// wins. It depends only on the boxes near the two ends, so a route can be kept until they change.
import { gridRoute } from './gridRoute.ts';
import { LineFilter } from './lineFilter.ts';
import { bottom, contains, right, type Rect } from './spatial.ts';

export interface Point {
  x: number;
  y: number;
}

/** What lies near a link: cards it must not cross, and boxes whose borders it must not run along. */
export interface Surroundings {
  obstacles: readonly Rect[];
  borders: readonly Rect[];
}

const MIN_OVERLAP = 16;
/** How far outside a card a channel runs, and how far a link leaves a box before turning. */
const CLEAR = 12;
/** A segment nearer than this to a parallel border, over more than BORDER_RUN, runs along it. */
export const BORDER_NEAR = 6;
export const BORDER_RUN = 8;
const MAX_EVALUATED = 400;
/** A route's costs: each turn, each card crossed, each run along a border (plainBest.ts reads them too). */
export const BEND = 40;
export const CROSSING = 10_000;
export const ALONG_BORDER = 3_000;

const cx = (r: Rect) => r.x + r.width / 2;
const cy = (r: Rect) => r.y + r.height / 2;

/** Whether an axis-parallel segment passes through the inside of a rectangle. */
export function crosses(p: Point, q: Point, r: Rect): boolean {
  return (
    Math.max(p.x, q.x) > r.x + 1 &&
    Math.min(p.x, q.x) < right(r) - 1 &&
    Math.max(p.y, q.y) > r.y + 1 &&
    Math.min(p.y, q.y) < bottom(r) - 1
  );
}

/** Whether an axis-parallel segment runs along one of the rectangle's sides. */
export function alongBorder(p: Point, q: Point, r: Rect): boolean {
  if (p.y === q.y) {
    const run = Math.min(Math.max(p.x, q.x), right(r)) - Math.max(Math.min(p.x, q.x), r.x);
    return run > BORDER_RUN && (Math.abs(p.y - r.y) < BORDER_NEAR || Math.abs(p.y - bottom(r)) < BORDER_NEAR);
  }
  const run = Math.min(Math.max(p.y, q.y), bottom(r)) - Math.max(Math.min(p.y, q.y), r.y);
  return run > BORDER_RUN && (Math.abs(p.x - r.x) < BORDER_NEAR || Math.abs(p.x - right(r)) < BORDER_NEAR);
}

function length(route: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < route.length; i++)
    sum += Math.abs(route[i]!.x - route[i - 1]!.x) + Math.abs(route[i]!.y - route[i - 1]!.y);
  return sum + (route.length - 2) * BEND;
}

/** Crossed cards and border runs of one segment, as a penalty. */
function segmentPenalty(p: Point, q: Point, near: Surroundings, lines: LineFilter): number {
  let n = 0;
  // An axis-parallel segment can only meet what reaches its line; a slanted one (never routed) meets anything.
  const horizontal = p.y === q.y;
  const line = horizontal || p.x === q.x ? lines.line(horizontal ? p.y : p.x, horizontal) : undefined;
  for (const r of line?.inside ?? near.obstacles) if (crosses(p, q, r)) n += CROSSING;
  for (const r of line?.near ?? near.borders) if (alongBorder(p, q, r)) n += ALONG_BORDER;
  return n;
}

function penalty(route: readonly Point[], near: Surroundings, lines: LineFilter): number {
  let n = 0;
  for (let i = 1; i < route.length; i++) n += segmentPenalty(route[i - 1]!, route[i]!, near, lines);
  return n;
}

/** Drops middle points that lie on a straight line (an elbow whose two ends are level). */
export function simplify(route: Point[]): Point[] {
  return route.filter((p, i) => {
    const prev = route[i - 1];
    const next = route[i + 1];
    return !prev || !next || !((prev.x === p.x && p.x === next.x) || (prev.y === p.y && p.y === next.y));
  });
}

/** Channel coordinates along one axis: beside each nearby card and each end, and mid-gap. */
function channels(a: Rect, b: Rect, near: readonly Rect[], axis: 'x' | 'y'): number[] {
  const lo = (r: Rect) => (axis === 'x' ? r.x : r.y);
  const hi = (r: Rect) => (axis === 'x' ? right(r) : bottom(r));
  const values = [
    (Math.max(lo(a), lo(b)) + Math.min(hi(a), hi(b))) / 2,
    (hi(a) + lo(b)) / 2,
    (hi(b) + lo(a)) / 2,
  ];
  for (const r of [a, b, ...near]) values.push(lo(r) - CLEAR, hi(r) + CLEAR);
  return [...new Set(values.map((v) => Math.round(v)))];
}

function straight(a: Rect, b: Rect, xs: number[], ys: number[], out: Point[][]) {
  if (Math.min(bottom(a), bottom(b)) - Math.max(a.y, b.y) >= MIN_OVERLAP && (b.x > right(a) || a.x > right(b))) {
    const [from, to] = a.x < b.x ? [right(a), b.x] : [a.x, right(b)];
    for (const y of ys)
      if (y > Math.max(a.y, b.y) + 4 && y < Math.min(bottom(a), bottom(b)) - 4) out.push([{ x: from, y }, { x: to, y }]);
  }
  if (Math.min(right(a), right(b)) - Math.max(a.x, b.x) >= MIN_OVERLAP && (b.y > bottom(a) || a.y > bottom(b))) {
    const [from, to] = a.y < b.y ? [bottom(a), b.y] : [a.y, bottom(b)];
    for (const x of xs)
      if (x > Math.max(a.x, b.x) + 4 && x < Math.min(right(a), right(b)) - 4) out.push([{ x, y: from }, { x, y: to }]);
  }
}

function candidates(a: Rect, b: Rect, near: readonly Rect[]): Point[][] {
  const out: Point[][] = [];
  const xs = channels(a, b, near, 'x');
  const ys = channels(a, b, near, 'y');
  straight(a, b, xs, ys, out);
  // Elbows out of a left/right side, along a vertical channel, into a left/right side of b.
  for (const aRight of [true, false])
    for (const bRight of [true, false]) {
      const start = { x: aRight ? right(a) : a.x, y: cy(a) };
      const end = { x: bRight ? right(b) : b.x, y: cy(b) };
      for (const x of xs) {
        if (aRight ? x < right(a) + 8 : x > a.x - 8) continue;
        if (bRight ? x < right(b) + 8 : x > b.x - 8) continue;
        out.push(simplify([start, { x, y: start.y }, { x, y: end.y }, end]));
      }
    }
  // The same through the top/bottom sides and a horizontal channel.
  for (const aLow of [true, false])
    for (const bLow of [true, false]) {
      const start = { x: cx(a), y: aLow ? bottom(a) : a.y };
      const end = { x: cx(b), y: bLow ? bottom(b) : b.y };
      for (const y of ys) {
        if (aLow ? y < bottom(a) + 8 : y > a.y - 8) continue;
        if (bLow ? y < bottom(b) + 8 : y > b.y - 8) continue;
        out.push(simplify([start, { x: start.x, y }, { x: end.x, y }, end]));
      }
    }
  // One bend: out of a side of a, straight into the facing side of b.
  for (const [sx, ex] of [[right(a), cx(b)], [a.x, cx(b)]] as const)
    for (const ey of [b.y, bottom(b)]) {
      const goesRight = sx === right(a);
      if (goesRight ? ex < sx + CLEAR : ex > sx - CLEAR) continue;
      if (ey === b.y ? cy(a) > ey - CLEAR : cy(a) < ey + CLEAR) continue;
      out.push([{ x: sx, y: cy(a) }, { x: ex, y: cy(a) }, { x: ex, y: ey }]);
    }
  for (const [sy, ey] of [[bottom(a), cy(b)], [a.y, cy(b)]] as const)
    for (const ex of [b.x, right(b)]) {
      const goesDown = sy === bottom(a);
      if (goesDown ? ey < sy + CLEAR : ey > sy - CLEAR) continue;
      if (ex === b.x ? cx(a) > ex - CLEAR : cx(a) < ex + CLEAR) continue;
      out.push([{ x: cx(a), y: sy }, { x: cx(a), y: ey }, { x: ex, y: ey }]);
    }
  return out;
}

/**
 * Of the routes, the cheapest (length plus penalty) among the first `limit` by length, equal
 * lengths in the order given (a stable sort's ranking), looking no further once the length alone
 * costs as much as the best so far. The ranking is drawn lazily from a heap: the search usually
 * stops after the first one or two of several hundred, so sorting them all would be wasted.
 */
export function best(routes: readonly Point[][], near: Surroundings, lines: LineFilter, limit = Infinity) {
  const n = routes.length;
  const base = new Float64Array(n);
  const heap = new Int32Array(n);
  for (let i = 0; i < n; i++) [base[i], heap[i]] = [length(routes[i]!), i];
  const first = (i: number, j: number) => base[i]! < base[j]! || (base[i] === base[j] && i < j);
  const sink = (k: number, size: number) => {
    for (;;) {
      const l = 2 * k + 1;
      if (l >= size) return;
      const m = l + 1 < size && first(heap[l + 1]!, heap[l]!) ? l + 1 : l;
      if (!first(heap[m]!, heap[k]!)) return;
      [heap[k], heap[m]] = [heap[m]!, heap[k]!];
      k = m;
    }
  };
  for (let k = (n >> 1) - 1; k >= 0; k--) sink(k, n);
  let chosen: Point[] | undefined;
  let cost = Infinity;
  for (let size = n, taken = 0; size > 0 && taken < limit; taken++) {
    const i = heap[0]!;
    heap[0] = heap[--size]!;
    sink(0, size);
    if (base[i]! >= cost) break;
    const c = base[i]! + penalty(routes[i]!, near, lines);
    if (c < cost) [chosen, cost] = [routes[i], c];
  }
  return { route: chosen, cost, clean: chosen !== undefined && cost === length(chosen) };
}

/**
 * The polyline from box a to box b (first point on a's border, last on b's), crossing no card of
 * `near.obstacles` and running along no border of `near.borders` where it can.
 */
export function connect(a: Rect, b: Rect, near: Surroundings): Point[] {
  // An item linked to its own container: a short stub up to the container's top edge.
  if (contains(b, a)) return [{ x: cx(a), y: a.y }, { x: cx(a), y: b.y }];
  if (contains(a, b)) return [{ x: cx(b), y: a.y }, { x: cx(b), y: b.y }];

  // The boxes by line, for every candidate's segments and the grid's lines.
  const lines = new LineFilter(near.obstacles, near.borders, BORDER_NEAR);
  const simple = best(candidates(a, b, near.obstacles), near, lines, MAX_EVALUATED);
  if (simple.clean) return simple.route!;
  // Winding between rows of cards (a link from one site's cluster to another site's top row).
  const costs = { bend: BEND, crossing: CROSSING, alongBorder: ALONG_BORDER, borderNear: BORDER_NEAR };
  const xs = channels(a, b, near.obstacles, 'x');
  const ys = channels(a, b, near.obstacles, 'y');
  const detour = gridRoute(a, b, xs, ys, near.obstacles, near.borders, costs, lines);
  if (detour && (!simple.route || length(detour) + penalty(detour, near, lines) < simple.cost)) return detour;
  return simple.route ?? [{ x: cx(a), y: cy(a) }, { x: cx(b), y: cy(b) }];
}

const OPEN: Surroundings = { obstacles: [], borders: [] };

/**
 * A plain elbow between two boxes, nothing in the way: a link drawn before (or while) it is routed.
 * What `connect` with nothing near picks, found without ranking: with no card or border in the way
 * no candidate has a penalty, so the first of the shortest wins (connector.test.ts compares them).
 */
export function plainElbow(a: Rect, b: Rect): Point[] {
  if (contains(b, a) || contains(a, b)) return connect(a, b, OPEN);
  let chosen: Point[] | undefined;
  let cost = Infinity;
  for (const route of candidates(a, b, OPEN.obstacles)) {
    const c = length(route);
    if (c < cost) {
      chosen = route;
      cost = c;
    }
  }
  return chosen ?? connect(a, b, OPEN);
}
