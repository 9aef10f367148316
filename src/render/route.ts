// Where a link runs: orthogonal polylines (one straight segment, or out-across-in elbows) between
// the sides of its two boxes, like a Visio connector. Candidates slide through the channels beside
// nearby cards; the shortest one that crosses no card wins, else the one crossing the fewest.

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
/** How far outside a card a channel runs, and how far a link leaves a box before turning. */
const CLEAR = 12;
const WINDOW = 240;
const MAX_EVALUATED = 300;

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;
const cx = (r: Rect) => r.x + r.width / 2;
const cy = (r: Rect) => r.y + r.height / 2;

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && bottom(inner) <= bottom(outer)
  );
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
}

/** Whether an axis-parallel segment passes through the inside of a rectangle. */
function crosses(p: Point, q: Point, r: Rect): boolean {
  return (
    Math.max(p.x, q.x) > r.x + 1 &&
    Math.min(p.x, q.x) < right(r) - 1 &&
    Math.max(p.y, q.y) > r.y + 1 &&
    Math.min(p.y, q.y) < bottom(r) - 1
  );
}

function length(route: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < route.length; i++)
    sum += Math.abs(route[i]!.x - route[i - 1]!.x) + Math.abs(route[i]!.y - route[i - 1]!.y);
  return sum + (route.length - 2) * 40;
}

/** Cards the route crosses, counting no further than `limit` (a worse route is no use). */
function hits(route: readonly Point[], obstacles: readonly Rect[], limit: number): number {
  let n = 0;
  for (let i = 1; i < route.length; i++)
    for (const r of obstacles) if (crosses(route[i - 1]!, route[i]!, r) && ++n >= limit) return n;
  return n;
}

/** Drops middle points that lie on a straight line (an elbow whose two ends are level). */
function simplify(route: Point[]): Point[] {
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

function candidates(a: Rect, b: Rect, near: readonly Rect[]): Point[][] {
  const out: Point[][] = [];
  const xs = channels(a, b, near, 'x');
  const ys = channels(a, b, near, 'y');
  // Straight across an overlap, at any channel inside it.
  if (
    Math.min(bottom(a), bottom(b)) - Math.max(a.y, b.y) >= MIN_OVERLAP &&
    (b.x > right(a) || a.x > right(b))
  ) {
    const [from, to] = a.x < b.x ? [right(a), b.x] : [a.x, right(b)];
    for (const y of ys)
      if (y > Math.max(a.y, b.y) + 4 && y < Math.min(bottom(a), bottom(b)) - 4)
        out.push([
          { x: from, y },
          { x: to, y },
        ]);
  }
  if (
    Math.min(right(a), right(b)) - Math.max(a.x, b.x) >= MIN_OVERLAP &&
    (b.y > bottom(a) || a.y > bottom(b))
  ) {
    const [from, to] = a.y < b.y ? [bottom(a), b.y] : [a.y, bottom(b)];
    for (const x of xs)
      if (x > Math.max(a.x, b.x) + 4 && x < Math.min(right(a), right(b)) - 4)
        out.push([
          { x, y: from },
          { x, y: to },
        ]);
  }
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
  return out;
}

/** The polyline from box a to box b (first point on a's edge, last on b's), avoiding `obstacles` where it can. */
export function routeBetween(a: Rect, b: Rect, obstacles: readonly Rect[] = []): Point[] {
  // An item linked to its own container: a short stub up to the container's top edge.
  if (contains(b, a))
    return [
      { x: cx(a), y: a.y },
      { x: cx(a), y: b.y },
    ];
  if (contains(a, b))
    return [
      { x: cx(b), y: a.y },
      { x: cx(b), y: b.y },
    ];

  const x0 = Math.min(a.x, b.x) - WINDOW;
  const y0 = Math.min(a.y, b.y) - WINDOW;
  const window = {
    x: x0,
    y: y0,
    width: Math.max(right(a), right(b)) + WINDOW - x0,
    height: Math.max(bottom(a), bottom(b)) + WINDOW - y0,
  };
  const near = obstacles.filter((o) => intersects(o, window));
  const ranked = candidates(a, b, near)
    .map((route) => ({ route, base: length(route) }))
    .sort((p, q) => p.base - q.base);

  let best = ranked[0]?.route ?? [
    { x: cx(a), y: cy(a) },
    { x: cx(b), y: cy(b) },
  ];
  let bestHits = Infinity;
  for (const { route } of ranked.slice(0, MAX_EVALUATED)) {
    const n = hits(route, near, bestHits);
    if (n < bestHits) [best, bestHits] = [route, n];
    // Sorted by length, so the first route that crosses nothing is the shortest such route.
    if (n === 0) break;
  }
  return best;
}

export interface LabelSpot extends Point {
  /** Whether the segment under the label runs left-right. */
  horizontal: boolean;
  length: number;
}

const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];

/**
 * Where a label `width` wide reads best: on the longest segment at a point where it covers no
 * card (trying the middle first, then further along), else the middle of the longest segment.
 */
export function labelSpot(points: readonly Point[], width = 0, obstacles: readonly Rect[] = []): LabelSpot {
  const segments: Array<{ p: Point; q: Point; horizontal: boolean; length: number }> = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    segments.push({ p, q, horizontal: p.y === q.y, length: Math.abs(q.x - p.x) + Math.abs(q.y - p.y) });
  }
  segments.sort((s, t) => t.length - s.length);
  const free = (x: number, y: number) =>
    !obstacles.some((o) => intersects(o, { x: x - width / 2, y: y - 9, width, height: 18 }));
  for (const seg of segments) {
    // A label longer than its segment would hide the line: only the middle, and only if free.
    const along = seg.length >= width + 32 ? ALONG : [0.5];
    for (const t of along) {
      const x = seg.p.x + (seg.q.x - seg.p.x) * t;
      const y = seg.p.y + (seg.q.y - seg.p.y) * t;
      if (free(x, y)) return { x, y, horizontal: seg.horizontal, length: seg.length };
    }
  }
  const longest = segments[0];
  if (!longest) return { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0, horizontal: true, length: 0 };
  return {
    x: (longest.p.x + longest.q.x) / 2,
    y: (longest.p.y + longest.q.y) / 2,
    horizontal: longest.horizontal,
    length: longest.length,
  };
}
