// Links routed one at a time may take the same channel or leave a box at the same point. This pass
// finds segments of different links that lie on (or within SEPARATION of) one line and overlap,
// and spreads them onto parallel tracks, the way Visio and yEd separate connectors.
import { alongBorder, BORDER_NEAR, crosses, type Point, type Surroundings } from './connector.ts';
import { bottom, meets, right, segmentRect, type Rect } from './spatial.ts';

export const SEPARATION = 8;
/** An end that slides along its box's side keeps this far from the corners. */
const CORNER = 8;

export interface Wire {
  points: Point[];
  /** The boxes the first and last points sit on. */
  ends: [Rect, Rect];
  /** Cards and borders near the route: a nudge may not push it into or along one. */
  near?: Surroundings;
  /**
   * When given, receives a box around each segment checked against `near` (the segment grown by
   * BORDER_NEAR): a card or border that meets none of them cannot have changed the spread.
   */
  probes?: Rect[];
}

/** Crossed cards plus border runs of the segments from index `from` to `to` (inclusive). */
function faults(points: readonly Point[], from: number, to: number, obstacles: readonly Rect[], borders: readonly Rect[]): number {
  let n = 0;
  for (let i = Math.max(0, from); i <= to && i + 1 < points.length; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    for (const r of obstacles) if (crosses(p, q, r)) n++;
    for (const r of borders) if (alongBorder(p, q, r)) n++;
  }
  return n;
}

/**
 * Whether `moved` (the wire with segment `index` moved) crosses or runs along more cards and
 * borders than the wire does now, counted over the segments the move changed: only the rects
 * that meet those segments' probes are counted (the others count nothing either way).
 */
function worse(wire: Wire, moved: readonly Point[], index: number): boolean {
  if (!wire.near) return false;
  const pts = wire.points;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const route of [pts, moved])
    for (let i = Math.max(0, index - 1); i <= index + 1 && i + 1 < route.length; i++) {
      // Grown by BORDER_NEAR: crosses() and alongBorder() are false for a rect that does not meet it.
      const box = segmentRect(route[i]!, route[i + 1]!, BORDER_NEAR);
      wire.probes?.push(box);
      [x0, y0, x1, y1] = [Math.min(x0, box.x), Math.min(y0, box.y), Math.max(x1, right(box)), Math.max(y1, bottom(box))];
    }
  const around = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  const obstacles = wire.near.obstacles.filter((r) => meets(r, around));
  const borders = wire.near.borders.filter((r) => meets(r, around));
  if (obstacles.length === 0 && borders.length === 0) return false;
  return faults(moved, index - 1, index + 1, obstacles, borders) > faults(pts, index - 1, index + 1, obstacles, borders);
}

interface Segment {
  wire: number;
  index: number;
  coord: number;
  lo: number;
  hi: number;
  /** Where the neighbouring segments lead: orders the tracks so nudged links do not cross. */
  lean: number;
}

function segments(wires: readonly { points: readonly Point[] }[], horizontal: boolean): Segment[] {
  const out: Segment[] = [];
  const [along, across] = horizontal ? (['x', 'y'] as const) : (['y', 'x'] as const);
  wires.forEach((w, wire) => {
    const pts = w.points;
    for (let index = 0; index + 1 < pts.length; index++) {
      const p = pts[index]!;
      const q = pts[index + 1]!;
      if (p[across] !== q[across]) continue;
      const before = pts[index - 1];
      const after = pts[index + 2];
      const coord = p[across];
      const lean = (before ? before[across] - coord : 0) + (after ? after[across] - coord : 0);
      out.push({ wire, index, coord, lo: Math.min(p[along], q[along]), hi: Math.max(p[along], q[along]), lean });
    }
  });
  return out;
}

/** Sorts the segments by coordinate and visits each pair of different wires too close to tell apart. */
function tooClose(list: Segment[], visit: (i: number, j: number) => void) {
  list.sort((a, b) => a.coord - b.coord || a.lo - b.lo);
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    for (let j = i + 1; j < list.length && list[j]!.coord - s.coord < SEPARATION; j++) {
      const t = list[j]!;
      if (t.wire !== s.wire && Math.min(s.hi, t.hi) - Math.max(s.lo, t.lo) > 1) visit(i, j);
    }
  }
}

/** Pairs of routes (by index) with segments close enough on one line for a spread to join them. */
export function closeRoutes(routes: readonly (readonly Point[])[], horizontal: boolean, visit: (a: number, b: number) => void) {
  const list = segments(routes.map((points) => ({ points })), horizontal);
  tooClose(list, (i, j) => visit(list[i]!.wire, list[j]!.wire));
}

/** Groups of segments that are too close to tell apart (union-find over a sweep by coordinate). */
function conflicts(list: Segment[]): Segment[][] {
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  tooClose(list, (i, j) => (parent[find(j)] = find(i)));
  const groups = new Map<number, Segment[]>();
  list.forEach((s, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(s);
    else groups.set(root, [s]);
  });
  return [...groups.values()].filter((g) => new Set(g.map((s) => s.wire)).size > 1);
}

/** Moves one segment across by `d`; false (and nothing moved) if that would break the route. */
function shift(wire: Wire, index: number, d: number, horizontal: boolean): boolean {
  const pts = wire.points;
  const last = pts.length - 1;
  const key = horizontal ? 'y' : 'x';
  const moved = pts.slice();
  for (const i of [index, index + 1]) moved[i] = horizontal ? { x: pts[i]!.x, y: pts[i]!.y + d } : { x: pts[i]!.x + d, y: pts[i]!.y };
  // Ends slide along their box's side, and must stay on it.
  for (const [i, box] of [[0, wire.ends[0]], [last, wire.ends[1]]] as const) {
    if (i !== index && i !== index + 1) continue;
    const v = moved[i]![key];
    const [lo, hi] = horizontal ? [box.y, bottom(box)] : [box.x, right(box)];
    if (v < lo + CORNER || v > hi - CORNER) return false;
  }
  // The segments either side must keep their direction (a short stub must not fold back).
  for (const j of [index - 1, index + 1]) {
    if (j < 0 || j + 1 > last) continue;
    const before = pts[j + 1]![key] - pts[j]![key];
    const after = moved[j + 1]![key] - moved[j]![key];
    if (before !== 0 && (Math.sign(before) !== Math.sign(after) || Math.abs(after) < 4)) return false;
  }
  if (worse(wire, moved, index)) return false;
  wire.points = moved;
  return true;
}

/** One sweep of separate(): spreads the runs of one direction apart, in place. */
export function spread(wires: Wire[], horizontal: boolean) {
  for (const group of conflicts(segments(wires, horizontal))) {
    // One track per wire (a wire's own segments in the group move together).
    const byWire = new Map<number, Segment[]>();
    for (const s of group) byWire.set(s.wire, [...(byWire.get(s.wire) ?? []), s]);
    const members = [...byWire.entries()].map(([wire, segs]) => ({
      wire,
      segs,
      coord: segs[0]!.coord,
      lean: segs.reduce((sum, s) => sum + s.lean, 0),
    }));
    members.sort((a, b) => a.lean - b.lean || a.wire - b.wire);
    const centre = members.reduce((sum, m) => sum + m.coord, 0) / members.length;
    members.forEach((m, k) => {
      const track = Math.round(centre + (k - (members.length - 1) / 2) * SEPARATION);
      for (const s of m.segs) shift(wires[m.wire]!, s.index, track - s.coord, horizontal);
    });
  }
}

/** How far a nudge can move a segment: rects farther than this from a route cannot be touched. */
const REACH = 48;

/** Surroundings cut down to what lies near a route (what a nudge of it can touch). */
export function localNear(points: readonly Point[], near: Surroundings): Surroundings {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  const close = (r: Rect) => r.x <= x1 + REACH && x0 - REACH <= right(r) && r.y <= y1 + REACH && y0 - REACH <= bottom(r);
  return { obstacles: near.obstacles.filter(close), borders: near.borders.filter(close) };
}

/** Each wire's surroundings cut down to what lies near the route itself (checked on every shift). */
function localise(wires: Wire[]) {
  for (const w of wires) if (w.near) w.near = localNear(w.points, w.near);
}

/**
 * Separates the wires in place: horizontal runs, then vertical ones, twice to settle knock-ons.
 * `sweeps` (when given) receives the routes as each of the four sweeps found them.
 */
export function separate(wires: Wire[], sweeps?: Point[][][]): void {
  localise(wires);
  for (let pass = 0; pass < 2; pass++)
    for (const horizontal of [true, false]) {
      sweeps?.push(wires.map((w) => w.points));
      spread(wires, horizontal);
    }
}

/** Whether separate()'s sweep number `k` (0-3) spreads horizontal runs. */
export const sweepIsHorizontal = (k: number) => k % 2 === 0;
