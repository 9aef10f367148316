// Spreading one group of links apart, part by part, with the result of separate() over the whole
// group. A long link joins hundreds of routes into one group, yet a spread moves a segment only for
// the segments too close to it on one line at the start of one of separate()'s four sweeps. So the
// group is cut into parts, each separated alone (a part whose links did not change keeps its
// result); where, at the start of some sweep, two parts' segments come that close, the two are
// merged and separated again, until no two parts meet. Then no sweep of the whole group would have
// joined segments of two parts, its sweeps move exactly what each part's sweeps move, and the
// routes equal separate() over the group (sorting keeps relative order, and parts keep group order).
// A part that must be separated again keeps what each of its sweeps' clusters did (spreadSweeps.ts).
import type { Point } from './connector.ts';
import { closeRoutes, SEPARATION, sweepIsHorizontal } from './nudge.ts';
import type { RawWire } from './routeGroups.ts';
import { meets, type Rect } from './spatial.ts';
import { spreadPart, SWEEPS, unchanged, type Part } from './spreadSweeps.ts';

export { samePoints, type Part } from './spreadSweeps.ts';

/**
 * Each member's spread route (group order), and the parts it was found in. `before`: the part each
 * link was in last time; a part is kept while all its links are in the group, unchanged.
 */
export function spreadInParts(members: readonly RawWire[], before: ReadonlyMap<string, Part>): { out: Point[][]; parts: Part[] } {
  const at = new Map(members.map((w, i) => [w.id, i]));
  const byId = new Map(members.map((w) => [w.id, w]));
  // Last time's parts, with their links as they are now (a part whose links all stayed as they
  // were keeps its result), and new links alone: the merging below makes any start exact.
  let parts: Array<Part | RawWire[]> = [];
  const taken = new Set<string>();
  for (const w of members) {
    if (taken.has(w.id)) continue;
    const old = before.get(w.id);
    const here = old ? old.wires.filter((x) => at.has(x.id) && !taken.has(x.id)).sort((a, b) => at.get(a.id)! - at.get(b.id)!) : [w];
    const kept = old && here.length === old.wires.length && here.every((x, k) => x === old.wires[k] && unchanged(x, byId.get(x.id), old.probes[k]!));
    const part = kept ? old : here.map((x) => byId.get(x.id)!);
    for (const x of 'out' in part ? part.wires : part) taken.add(x.id);
    parts.push(part);
  }
  // When much of the group changed, separating it whole is cheaper than part by part (parts that
  // meet only in a later sweep would be separated twice).
  const changed = parts.reduce((n, p) => n + ('out' in p ? 0 : p.length), 0);
  if (changed * 10 > members.length) {
    const whole = spreadPart([...members], before);
    return { out: whole.out, parts: together(splitPart(whole)) };
  }
  // Each round merges parts or ends: at most one round per member. The first sweep sees the
  // routes as they come in, so parts that meet there are merged before any is separated.
  const fresh = new Set<Part>();
  for (;;) {
    parts = mergeMeeting(parts, at, 1) ?? parts;
    const done = parts.map((p) => {
      if ('out' in p) return p;
      // Links of a part kept from last time come with last time's surroundings: spread them with today's.
      const part = spreadPart(p.map((w) => byId.get(w.id)!), before);
      fresh.add(part);
      return part;
    });
    const merged = mergeMeeting(done, at, SWEEPS);
    if (!merged) {
      const out: Point[][] = new Array(members.length);
      for (const p of done) p.wires.forEach((w, k) => (out[at.get(w.id)!] = p.out[k]!));
      return { out, parts: together(done.flatMap((p) => (fresh.has(p) ? splitPart(p) : [p]))) };
    }
    parts = merged;
  }
}

/**
 * A separated part cut into the smallest parts none of whose sweeps joined another's segments:
 * each, separated alone, would sweep exactly as it did inside the whole, so it keeps its share of
 * the result and the routes it had before each sweep.
 */
function splitPart(part: Part): Part[] {
  const n = part.wires.length;
  if (n < 2) return [part];
  const parent = part.wires.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Each sweep's clusters are the links its close segments join (spreadPart found them).
  const at = new Map(part.wires.map((w, i) => [w.id, i]));
  for (const sweep of part.clusters)
    for (const [id, cluster] of sweep) if (at.has(id) && at.has(cluster.ids[0]!)) parent[find(at.get(id)!)] = find(at.get(cluster.ids[0]!)!);
  const lists = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const list = lists.get(find(i));
    if (list) list.push(i);
    else lists.set(find(i), [i]);
  }
  if (lists.size === 1) return [part];
  return [...lists.values()].map((list) => ({
    wires: list.map((i) => part.wires[i]!),
    sweeps: part.sweeps.map((routes) => list.map((i) => routes[i]!)),
    out: list.map((i) => part.out[i]!),
    probes: list.map((i) => part.probes[i]!),
    clusters: part.clusters,
  }));
}

const wiresOf = (p: Part | RawWire[]) => ('out' in p ? p.wires : p);
/** A part's routes at the start of sweep k (the first sweep: the routes it was given). */
const routesAt = (p: Part | RawWire[], k: number) => ('out' in p ? p.sweeps[k]! : p.map((w) => w.points));

/** The parts one call returned: none meets another in any sweep (see mergeMeeting). */
const batches = new WeakMap<Part, object>();
function together(parts: Part[]): Part[] {
  const batch = {};
  for (const p of parts) batches.set(p, batch);
  return parts;
}

/** Each route's box grown by SEPARATION: routes whose boxes do not meet have no segments close enough to join. */
function reachOf(routes: readonly (readonly Point[])[]): Rect[] {
  return routes.map((points) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of points) [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
    return { x: x0 - SEPARATION, y: y0 - SEPARATION, width: x1 - x0 + 2 * SEPARATION, height: y1 - y0 + 2 * SEPARATION };
  });
}
const reaches = new WeakMap<Part, Rect[][]>();
const reachAt = (p: Part, k: number) => {
  let all = reaches.get(p);
  if (!all) reaches.set(p, (all = p.sweeps.map(reachOf)));
  return all[k]!;
};

/**
 * Parts whose segments meet at the start of one of the first `sweeps` sweeps, merged (undefined
 * when none meet). Parts of the largest batch kept from last time never meet each other (they did
 * not then, with the same sweeps), so only the others' routes and the routes that come near them
 * are compared.
 */
function mergeMeeting(parts: ReadonlyArray<Part | RawWire[]>, at: ReadonlyMap<string, number>, sweeps: number): Array<Part | RawWire[]> | undefined {
  if (parts.length < 2) return undefined;
  const batchOf = parts.map((p) => ('out' in p && batches.get(p)) || p);
  const size = new Map<object, number>();
  parts.forEach((p, i) => size.set(batchOf[i]!, (size.get(batchOf[i]!) ?? 0) + wiresOf(p).length));
  const largest = [...size].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const parent = parts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  let met = false;
  for (let k = 0; k < sweeps; k++) {
    const routes: (readonly Point[])[] = [];
    const partOf: number[] = [];
    const others: Rect[] = [];
    parts.forEach((p, i) => {
      if (batchOf[i] === largest) return;
      const list = routesAt(p, k);
      list.forEach((r) => [routes.push(r), partOf.push(i)]);
      others.push(...reachOf(list));
    });
    if (others.length === 0) return undefined;
    parts.forEach((p, i) => {
      if (batchOf[i] !== largest) return;
      const list = routesAt(p, k);
      ('out' in p ? reachAt(p, k) : reachOf(list)).forEach((r, j) => others.some((o) => meets(o, r)) && [routes.push(list[j]!), partOf.push(i)]);
    });
    closeRoutes(routes, sweepIsHorizontal(k), (a, b) => {
      const [x, y] = [find(partOf[a]!), find(partOf[b]!)];
      if (x !== y) [parent[y], met] = [x, true];
    });
  }
  if (!met) return undefined;
  const groups = new Map<number, Array<Part | RawWire[]>>();
  parts.forEach((p, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), p]));
  return [...groups.values()].map((list) =>
    list.length === 1 ? list[0]! : list.flatMap(wiresOf).sort((a, b) => at.get(a.id)! - at.get(b.id)!),
  );
}
