// Separating one part of a group, sweep by sweep, keeping what each sweep did last time where it
// must come out the same. In a sweep, only routes with segments too close on one line move, and
// only together: the sweep's clusters (routes joined by such segments) are spread each alone with
// the result of the whole sweep (see spreadParts.ts). A cluster of the same links, each coming in
// with the same route (the same array) and the same end boxes, whose surroundings changed nowhere
// its nudges checked, spreads as it did last time; so an edit re-spreads only the clusters of each
// sweep that a changed link reaches, not every link of its part.
import type { Point } from './connector.ts';
import { closeRoutes, localNear, spread, sweepIsHorizontal, type Wire } from './nudge.ts';
import type { RawWire } from './routeGroups.ts';
import { meets, sameRect, type Rect } from './spatial.ts';

/** One cluster of one sweep: its links (part order), their routes before and after, the boxes its nudges checked. */
export interface Cluster {
  ids: string[];
  ins: Point[][];
  outs: Point[][];
  probes: Rect[][];
}

/**
 * Links separated together, in group order, with their routes before each sweep and after, per
 * link the boxes around the segments whose cards and borders the nudges checked (see Wire), and
 * per sweep the cluster each link was spread in (none for a link no other came close to).
 */
export interface Part {
  wires: RawWire[];
  sweeps: Point[][][];
  out: Point[][];
  probes: Rect[][];
  clusters: ReadonlyMap<string, Cluster>[];
}

export const SWEEPS = 4;

export const samePoints = (a: readonly Point[], b: readonly Point[]) =>
  a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);

const positions = new WeakMap<Part, Map<string, number>>();
/** A link's place in the part it was in. */
function placeIn(part: Part, id: string): number {
  let at = positions.get(part);
  if (!at) positions.set(part, (at = new Map(part.wires.map((w, k) => [w.id, k]))));
  return at.get(id)!;
}

/** A link's route after sweep `k` last time (k = SWEEPS - 1: its spread route). */
function lastAfter(part: Part | undefined, id: string, k: number): Point[] | undefined {
  if (!part) return undefined;
  const at = placeIn(part, id);
  return k + 1 < SWEEPS ? part.sweeps[k + 1]![at] : part.out[at];
}

/**
 * Whether a link is spread as it was: the same route between the same end boxes, and no card or
 * border near the route that came, went or moved meets a segment the nudges checked last time
 * (`probes`): every check then comes out as it did, so every nudge does.
 */
export function unchanged(w: RawWire, now: RawWire | undefined, probes: readonly Rect[]): boolean {
  if (!now || now.points !== w.points || !now.ends.every((r, i) => sameRect(r, w.ends[i]!))) return false;
  if (now.near === w.near || probes.length === 0) return true;
  const [a, b] = [localNear(w.points, w.near), localNear(now.points, now.near)];
  const touches = (r: Rect) => probes.some((p) => meets(p, r));
  return !differing(a.obstacles, b.obstacles).some(touches) && !differing(a.borders, b.borders).some(touches);
}

/** The rects in one list and not in the other (counted: the checks count each one). */
function differing(a: readonly Rect[], b: readonly Rect[]): Rect[] {
  const count = new Map<string, { rect: Rect; n: number }>();
  for (const [list, sign] of [[a, 1], [b, -1]] as const)
    for (const rect of list) {
      const key = `${rect.x},${rect.y},${rect.width},${rect.height}`;
      const seen = count.get(key);
      if (seen) seen.n += sign;
      else count.set(key, { rect, n: sign });
    }
  return [...count.values()].filter((c) => c.n !== 0).map((c) => c.rect);
}

/** Clusters of one sweep's routes (indices ascending, clusters by their first index), lone routes left out. */
function clustersOf(routes: readonly Point[][], horizontal: boolean): number[][] {
  const parent = routes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  closeRoutes(routes, horizontal, (a, b) => (parent[find(b)] = find(a)));
  const lists = new Map<number, number[]>();
  routes.forEach((_, i) => {
    const list = lists.get(find(i));
    if (list) list.push(i);
    else lists.set(find(i), [i]);
  });
  return [...lists.values()].filter((list) => list.length > 1);
}

/** Separates one part alone, as separate() would; a route that comes out as it did last time keeps its array. */
export function spreadPart(wires: RawWire[], before: ReadonlyMap<string, Part>): Part {
  if (wires.length === 1) {
    const points = wires[0]!.points;
    return { wires, sweeps: Array.from({ length: SWEEPS }, () => [points]), out: [points], probes: [[]], clusters: [] };
  }
  const last = wires.map((w) => before.get(w.id));
  // Whether each link is as it was (see unchanged), found when first asked.
  const known: (boolean | undefined)[] = [];
  const same = (i: number) => {
    const part = last[i];
    if (known[i] === undefined) known[i] = !!part && unchanged(part.wires[placeIn(part, wires[i]!.id)]!, wires[i]!, part.probes[placeIn(part, wires[i]!.id)]!);
    return known[i];
  };
  // As separate() does first: each link heeds what lies near its route as it came in.
  const near = wires.map((w) => localNear(w.points, w.near));
  const probes: Rect[][] = wires.map(() => []);
  const sweeps: Point[][][] = [];
  const clusters: Map<string, Cluster>[] = [];
  let routes = wires.map((w) => w.points);
  for (let k = 0; k < SWEEPS; k++) {
    sweeps.push(routes);
    const next = routes.slice();
    const mine = new Map<string, Cluster>();
    for (const list of clustersOf(routes, sweepIsHorizontal(k))) {
      const ids = list.map((i) => wires[i]!.id);
      const kept = last[list[0]!]?.clusters[k]?.get(ids[0]!);
      let cluster: Cluster;
      if (kept && kept.ids.length === ids.length && list.every((i, m) => kept.ids[m] === ids[m] && kept.ins[m] === routes[i] && same(i))) cluster = kept;
      else {
        const moving: Wire[] = list.map((i) => ({ points: routes[i]!, ends: wires[i]!.ends, near: near[i]!, probes: [] }));
        spread(moving, sweepIsHorizontal(k));
        const outs = moving.map((w, m) => {
          const was = lastAfter(last[list[m]!], ids[m]!, k);
          return was && samePoints(was, w.points) ? was : w.points;
        });
        cluster = { ids, ins: list.map((i) => routes[i]!), outs, probes: moving.map((w) => w.probes!) };
      }
      list.forEach((i, m) => {
        next[i] = cluster.outs[m]!;
        probes[i]!.push(...cluster.probes[m]!);
        mine.set(ids[m]!, cluster);
      });
    }
    clusters.push(mine);
    routes = next;
  }
  const out = routes.map((r, i) => {
    const was = lastAfter(last[i], wires[i]!.id, SWEEPS - 1);
    return was && samePoints(was, r) ? was : r;
  });
  return { wires, sweeps, out, probes, clusters };
}
