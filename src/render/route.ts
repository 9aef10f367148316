// Where a link runs: between the facing sides of its two boxes, as one straight segment when the
// boxes overlap on an axis, otherwise as an orthogonal elbow (out, across, in), like a Visio connector.

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

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** The polyline from box a to box b (first point on a's edge, last on b's). */
export function routeBetween(a: Rect, b: Rect): Point[] {
  const aRight = a.x + a.width;
  const bRight = b.x + b.width;
  const aBottom = a.y + a.height;
  const bBottom = b.y + b.height;

  // An item linked to its own container: a short stub up to the container's top edge.
  if (contains(b, a)) return [{ x: a.x + a.width / 2, y: a.y }, { x: a.x + a.width / 2, y: b.y }];
  if (contains(a, b)) return [{ x: b.x + b.width / 2, y: b.y }, { x: b.x + b.width / 2, y: a.y }].reverse();

  const xOverlap = Math.min(aRight, bRight) - Math.max(a.x, b.x);
  const yOverlap = Math.min(aBottom, bBottom) - Math.max(a.y, b.y);

  if (xOverlap >= MIN_OVERLAP && yOverlap <= 0) {
    const x = (Math.max(a.x, b.x) + Math.min(aRight, bRight)) / 2;
    return a.y < b.y ? [{ x, y: aBottom }, { x, y: b.y }] : [{ x, y: a.y }, { x, y: bBottom }];
  }
  if (yOverlap >= MIN_OVERLAP && xOverlap <= 0) {
    const y = (Math.max(a.y, b.y) + Math.min(aBottom, bBottom)) / 2;
    return a.x < b.x ? [{ x: aRight, y }, { x: b.x, y }] : [{ x: a.x, y }, { x: bRight, y }];
  }

  const acx = a.x + a.width / 2;
  const acy = a.y + a.height / 2;
  const bcx = b.x + b.width / 2;
  const bcy = b.y + b.height / 2;
  const hGap = Math.max(b.x - aRight, a.x - bRight);
  const vGap = Math.max(b.y - aBottom, a.y - bBottom);

  if (hGap >= vGap) {
    // Out of the facing vertical sides, across at the middle of the gap.
    const start = { x: acx < bcx ? aRight : a.x, y: acy };
    const end = { x: acx < bcx ? b.x : bRight, y: bcy };
    const midX = hGap > 0 ? (start.x + end.x) / 2 : start.x + (acx < bcx ? 24 : -24);
    return [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
  }
  const start = { x: acx, y: acy < bcy ? aBottom : a.y };
  const end = { x: bcx, y: acy < bcy ? b.y : bBottom };
  const midY = vGap > 0 ? (start.y + end.y) / 2 : start.y + (acy < bcy ? 24 : -24);
  return [start, { x: start.x, y: midY }, { x: end.x, y: midY }, end];
}

/** The middle of the longest segment: where a label reads best. */
export function labelPoint(points: readonly Point[]): Point {
  let best = { x: points[0]?.x ?? 0, y: points[0]?.y ?? 0 };
  let bestLength = -1;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const length = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    if (length > bestLength) {
      bestLength = length;
      best = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    }
  }
  return best;
}
