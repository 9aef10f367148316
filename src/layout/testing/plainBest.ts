// The choice among a link's candidate routes, written plainly for the tests: every candidate ranked
// by length with a stable sort (equal lengths keep their order), the first `limit` looked at in that
// order until the length alone costs as much as the best so far, the cheapest (first of equals) kept.
import { ALONG_BORDER, alongBorder, BEND, CROSSING, crosses, type Point, type Surroundings } from '../connector.ts';

function length(route: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < route.length; i++) sum += Math.abs(route[i]!.x - route[i - 1]!.x) + Math.abs(route[i]!.y - route[i - 1]!.y);
  return sum + (route.length - 2) * BEND;
}

function penalty(route: readonly Point[], near: Surroundings): number {
  let n = 0;
  for (let i = 1; i < route.length; i++) {
    for (const r of near.obstacles) if (crosses(route[i - 1]!, route[i]!, r)) n += CROSSING;
    for (const r of near.borders) if (alongBorder(route[i - 1]!, route[i]!, r)) n += ALONG_BORDER;
  }
  return n;
}

export function plainBest(routes: Point[][], near: Surroundings, limit = Infinity) {
  const ranked = routes.map((route) => ({ route, base: length(route) })).sort((p, q) => p.base - q.base);
  let chosen: Point[] | undefined;
  let cost = Infinity;
  for (const { route, base } of ranked.slice(0, limit)) {
    if (base >= cost) break;
    const c = base + penalty(route, near);
    if (c < cost) [chosen, cost] = [route, c];
  }
  return { route: chosen, cost, clean: chosen !== undefined && cost === length(chosen) };
}
