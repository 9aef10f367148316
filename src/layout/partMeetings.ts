// Which parts of a spread group meet (have segments too close to tell apart at the start of a
// sweep), found without listing and sorting every segment of the group on each edit: a route's
// segments are listed once per route (routes kept from edit to edit keep their arrays), and the
// parts one spread returned never meet each other (that is what ended it), so of the largest such
// cohort only its segments against the other parts' are compared.
import type { Point } from './connector.ts';
import { SEPARATION, sweepIsHorizontal } from './nudge.ts';

/** A route's segments on one axis as flat [coord, lo, hi] triples (as nudge.ts lists them). */
const listed = [new WeakMap<readonly Point[], number[]>(), new WeakMap<readonly Point[], number[]>()];

function segmentsOf(route: readonly Point[], horizontal: boolean): number[] {
  const cache = listed[horizontal ? 0 : 1]!;
  let list = cache.get(route);
  if (!list) {
    list = [];
    for (let i = 0; i + 1 < route.length; i++) {
      const [p, q] = [route[i]!, route[i + 1]!];
      if (horizontal ? p.y !== q.y : p.x !== q.x) continue;
      const [a, b] = horizontal ? [p.x, q.x] : [p.y, q.y];
      list.push(horizontal ? p.y : p.x, Math.min(a, b), Math.max(a, b));
    }
    cache.set(route, list);
  }
  return list;
}

interface Seg {
  coord: number;
  lo: number;
  hi: number;
  /** Its route, and the part the route is in. */
  route: number;
  part: number;
}

const overlap = (s: Seg, t: Seg) => Math.min(s.hi, t.hi) - Math.max(s.lo, t.lo) > 1;

function listSegments(routes: readonly (readonly Point[])[], horizontal: boolean, part: (route: number) => number, out: Seg[]) {
  routes.forEach((r, route) => {
    const list = segmentsOf(r, horizontal);
    for (let k = 0; k < list.length; k += 3) out.push({ coord: list[k]!, lo: list[k + 1]!, hi: list[k + 2]!, route, part: part(route) });
  });
}

/** Visits pairs of different routes (by index) with segments close enough on one line for a spread to join them. */
export function closePairs(routes: readonly (readonly Point[])[], horizontal: boolean, visit: (a: number, b: number) => void) {
  const list: Seg[] = [];
  listSegments(routes, horizontal, () => 0, list);
  list.sort((a, b) => a.coord - b.coord);
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length && list[j]!.coord - list[i]!.coord < SEPARATION; j++)
      if (list[i]!.route !== list[j]!.route && overlap(list[i]!, list[j]!)) visit(list[i]!.route, list[j]!.route);
}

/**
 * Calls `join(i, j)` for parts i and j whose routes (`routesAt(i, k)`: part i's at the start of
 * sweep k) meet at the start of one of the first `sweeps` sweeps; parts of one cohort
 * (`cohorts[i]`, the same object) are known never to meet and are not compared with each other.
 */
export function partMeetings(count: number, routesAt: (i: number, k: number) => readonly Point[][], cohorts: readonly object[], sweeps: number, join: (i: number, j: number) => void) {
  const size = new Map<object, number>();
  cohorts.forEach((c) => size.set(c, (size.get(c) ?? 0) + 1));
  let main: object | undefined;
  let most = 1;
  for (const [c, n] of size) if (n > most) [main, most] = [c, n];
  if (most === count) return;
  for (let k = 0; k < sweeps; k++) {
    const horizontal = sweepIsHorizontal(k);
    // The other parts' segments, sorted by coordinate; first their pairs among themselves.
    const others: Seg[] = [];
    for (let i = 0; i < count; i++) if (cohorts[i] !== main) listSegments(routesAt(i, k), horizontal, () => i, others);
    if (others.length === 0) continue;
    others.sort((a, b) => a.coord - b.coord);
    for (let i = 0; i < others.length; i++)
      for (let j = i + 1; j < others.length && others[j]!.coord - others[i]!.coord < SEPARATION; j++)
        if (others[i]!.part !== others[j]!.part && overlap(others[i]!, others[j]!)) join(others[i]!.part, others[j]!.part);
    if (main === undefined) continue;
    for (let i = 0; i < count; i++) {
      if (cohorts[i] !== main) continue;
      for (const route of routesAt(i, k)) {
        const list = segmentsOf(route, horizontal);
        for (let m = 0; m < list.length; m += 3) {
          const s = { coord: list[m]!, lo: list[m + 1]!, hi: list[m + 2]!, route: -1, part: i };
          // From the first of the others well below s (a loose bound: the exact test decides).
          let lo = 0;
          let hi = others.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (others[mid]!.coord <= s.coord - 2 * SEPARATION) lo = mid + 1;
            else hi = mid;
          }
          for (let j = lo; j < others.length && others[j]!.coord < s.coord + 2 * SEPARATION; j++) {
            const t = others[j]!;
            const gap = t.coord >= s.coord ? t.coord - s.coord : s.coord - t.coord;
            if (gap < SEPARATION && overlap(s, t)) join(i, t.part);
          }
        }
      }
    }
  }
}
