// The grid search is A* with an estimate and a tie rule; its meaning is a plain Dijkstra over the
// whole grid read back by the tie rule (testing/plainGridRoute.ts). On random cards, borders,
// channels and prices (on a coarse lattice, so equally cheap routes abound) both give the same
// route; and the estimate's turn count is the fewest turns an open lattice allows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridRoute } from './gridRoute.ts';
import { DX, DY, fewestTurns } from './gridRouteEstimate.ts';
import { plainGridRoute } from './testing/plainGridRoute.ts';

/** A box on an 8 px lattice. */
const box = fc
  .record({ x: fc.nat(60), y: fc.nat(60), w: fc.integer({ min: 2, max: 14 }), h: fc.integer({ min: 2, max: 10 }) })
  .map(({ x, y, w, h }) => ({ x: x * 8, y: y * 8, width: w * 8, height: h * 8 }));
const lattice = fc.array(fc.nat(60).map((v) => v * 8), { maxLength: 8 });
const routerCosts = { bend: 40, crossing: 10_000, alongBorder: 3_000, borderNear: 6 };
const costs = fc.oneof(
  fc.constant(routerCosts),
  fc.record({ bend: fc.constantFrom(0, 8, 16, 40), crossing: fc.constantFrom(16, 64, 10_000), alongBorder: fc.constantFrom(0, 8, 24, 3_000), borderNear: fc.constantFrom(1, 6, 13) }),
);

describe('the grid search', () => {
  it('finds the route a plain Dijkstra over the whole grid reads back by the tie rule', () => {
    fc.assert(
      fc.property(box, box, fc.array(box, { maxLength: 7 }), fc.array(box, { maxLength: 3 }), lattice, lattice, costs, (a, b, cards, extra, cxs, cys, c) => {
        const borders = [...cards.filter((_, i) => i % 2 === 0), ...extra];
        // Channels as the router lays them: beside every card, plus a few anywhere.
        const xs = [...cxs, ...[a, b, ...cards].flatMap((r) => [r.x - 12, r.x + r.width + 12])];
        const ys = [...cys, ...[a, b, ...cards].flatMap((r) => [r.y - 12, r.y + r.height + 12])];
        expect(gridRoute(a, b, xs, ys, cards, borders, c)).toEqual(plainGridRoute(a, b, xs, ys, cards, borders, c));
      }),
      { numRuns: 250 },
    );
  });
});

/** The fewest turns from (0, 0) heading d to (dx, dy) arriving heading e, on a lattice with room to go round. */
function latticeTurns(dx: number, dy: number, d: number, e: number): number {
  const R = 8;
  const key = (x: number, y: number, h: number) => ((x + R) * (2 * R + 1) + y + R) * 4 + h;
  const turns = new Map([[key(0, 0, d), 0]]);
  // 0-1 breadth-first: a step straight on costs nothing, a step that turns costs one.
  const queue: [number, number, number][] = [[0, 0, d]];
  while (queue.length > 0) {
    const [x, y, h] = queue.shift()!;
    const t = turns.get(key(x, y, h))!;
    for (let n = 0; n < 4; n++) {
      const [nx, ny] = [x + DX[n]!, y + DY[n]!];
      if (n === (h + 2) % 4 || Math.abs(nx) > R || Math.abs(ny) > R) continue;
      const nt = t + (n === h ? 0 : 1);
      if (nt >= (turns.get(key(nx, ny, n)) ?? Infinity)) continue;
      turns.set(key(nx, ny, n), nt);
      if (n === h) queue.unshift([nx, ny, n]);
      else queue.push([nx, ny, n]);
    }
  }
  return turns.get(key(dx, dy, e))!;
}

describe('the fewest turns the estimate counts', () => {
  it('are the fewest a route on an open lattice needs, for every heading, arrival and offset', () => {
    for (let d = 0; d < 4; d++)
      for (let e = 0; e < 4; e++)
        for (let dx = -3; dx <= 3; dx++)
          for (let dy = -3; dy <= 3; dy++) expect(fewestTurns(dx * 5, dy * 5, d, e), JSON.stringify({ d, e, dx, dy })).toBe(latticeTurns(dx, dy, d, e));
  });
});
