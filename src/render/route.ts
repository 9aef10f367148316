// Where a link runs: between the facing sides of its two boxes, as one straight segment when the
// boxes overlap on an axis, otherwise as an orthogonal elbow (out, across, in), like a Visio
// connector. When that path would cross another card, detours over, under or around are tried
// and the one crossing the fewest cards wins (then the shortest, then the simplest).

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

const MIN_OVERLAP = 16;
const DETOUR = 24;

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;
const cx = (r: Rect) => r.x + r.width / 2;
const cy = (r: Rect) => r.y + r.height / 2;

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && bottom(inner) <= bottom(outer);
}

/** The direct routes: straight across an overlap, else elbows through the middle of the gap. */
function directRoutes(a: Rect, b: Rect): Point[][] {
  const xOverlap = Math.min(right(a), right(b)) - Math.max(a.x, b.x);
  const yOverlap = Math.min(bottom(a), bottom(b)) - Math.max(a.y, b.y);
  const routes: Point[][] = [];
  if (xOverlap >= MIN_OVERLAP && yOverlap <= 0) {
    const x = (Math.max(a.x, b.x) + Math.min(right(a), right(b))) / 2;
    routes.push(a.y < b.y ? [{ x, y: bottom(a) }, { x, y: b.y }] : [{ x, y: a.y }, { x, y: bottom(b) }]);
  }
  if (yOverlap >= MIN_OVERLAP && xOverlap <= 0) {
    const y = (Math.max(a.y, b.y) + Math.min(bottom(a), bottom(b))) / 2;
    routes.push(a.x < b.x ? [{ x: right(a), y }, { x: b.x, y }] : [{ x: a.x, y }, { x: right(b), y }]);
  }
  const leftToRight = cx(a) < cx(b);
  const topToBottom = cy(a) < cy(b);
  const hGap = Math.max(b.x - right(a), a.x - right(b));
  const vGap = Math.max(b.y - bottom(a), a.y - bottom(b));
  if (hGap > 0) {
    const start = { x: leftToRight ? right(a) : a.x, y: cy(a) };
    const end = { x: leftToRight ? b.x : right(b), y: cy(b) };
    const midX = (start.x + end.x) / 2;
    routes.push([start, { x: midX, y: start.y }, { x: midX, y: end.y }, end]);
  }
  if (vGap > 0) {
    const start = { x: cx(a), y: topToBottom ? bottom(a) : a.y };
    const end = { x: cx(b), y: topToBottom ? b.y : bottom(b) };
    const midY = (start.y + end.y) / 2;
    routes.push([start, { x: start.x, y: midY }, { x: end.x, y: midY }, end]);
  }
  return routes;
}

/** Brackets around both boxes: over the top, under the bottom, round the left or the right. */
function detours(a: Rect, b: Rect): Point[][] {
  const top = Math.min(a.y, b.y) - DETOUR;
  const low = Math.max(bottom(a), bottom(b)) + DETOUR;
  const left = Math.min(a.x, b.x) - DETOUR;
  const far = Math.max(right(a), right(b)) + DETOUR;
  return [
    [{ x: cx(a), y: a.y }, { x: cx(a), y: top }, { x: cx(b), y: top }, { x: cx(b), y: b.y }],
    [{ x: cx(a), y: bottom(a) }, { x: cx(a), y: low }, { x: cx(b), y: low }, { x: cx(b), y: bottom(b) }],
    [{ x: a.x, y: cy(a) }, { x: left, y: cy(a) }, { x: left, y: cy(b) }, { x: b.x, y: cy(b) }],
    [{ x: right(a), y: cy(a) }, { x: far, y: cy(a) }, { x: far, y: cy(b) }, { x: right(b), y: cy(b) }],
  ];
}

/** Whether an axis-parallel segment passes through the inside of a rectangle. */
function crosses(p: Point, q: Point, r: Rect): boolean {
  const inset = 1;
  const x0 = Math.min(p.x, q.x);
  const x1 = Math.max(p.x, q.x);
  const y0 = Math.min(p.y, q.y);
  const y1 = Math.max(p.y, q.y);
  return x1 > r.x + inset && x0 < right(r) - inset && y1 > r.y + inset && y0 < bottom(r) - inset;
}

function cost(route: readonly Point[], obstacles: readonly Rect[]): number {
  let hits = 0;
  let length = 0;
  for (let i = 1; i < route.length; i++) {
    const p = route[i - 1]!;
    const q = route[i]!;
    length += Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    for (const r of obstacles) if (crosses(p, q, r)) hits++;
  }
  return hits * 100000 + length + (route.length - 2) * 40;
}

/** The polyline from box a to box b (first point on a's edge, last on b's), avoiding `obstacles` where it can. */
export function routeBetween(a: Rect, b: Rect, obstacles: readonly Rect[] = []): Point[] {
  // An item linked to its own container: a short stub up to the container's top edge.
  if (contains(b, a)) return [{ x: cx(a), y: a.y }, { x: cx(a), y: b.y }];
  if (contains(a, b)) return [{ x: cx(b), y: b.y }, { x: cx(b), y: a.y }].reverse();

  const direct = directRoutes(a, b);
  const candidates = direct.length > 0 ? direct : detours(a, b).slice(0, 2);
  let best = candidates[0]!;
  let bestCost = cost(best, obstacles);
  for (const route of candidates.slice(1)) {
    const c = cost(route, obstacles);
    if (c < bestCost) [best, bestCost] = [route, c];
  }
  if (bestCost >= 100000) {
    for (const route of detours(a, b)) {
      const c = cost(route, obstacles);
      if (c < bestCost) [best, bestCost] = [route, c];
    }
  }
  return best;
}

export interface LabelSpot extends Point {
  /** Whether the segment under the label runs left-right. */
  horizontal: boolean;
  length: number;
}

/** The middle of the longest segment: where a label reads best. */
export function labelSpot(points: readonly Point[]): LabelSpot {
  let best: LabelSpot = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0, horizontal: true, length: 0 };
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const length = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    if (length > best.length) best = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2, horizontal: p.y === q.y, length };
  }
  return best;
}
