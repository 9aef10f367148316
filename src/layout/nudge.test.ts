// Spreading routes apart heeds the cards and borders near them: a nudge never takes a route
// further into a card or along a border (counted the plain way, every segment against every
// card), and a card that meets none of the segments it checked (its probes) changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alongBorder, crosses, type Point } from './connector.ts';
import { localNear, separate, type Wire } from './nudge.ts';
import { meets, type Rect } from './spatial.ts';
import { hug, hugging, rect, route, wire } from './testing/crowdedRoutes.ts';

const crowd = fc.record({ routes: fc.array(route, { minLength: 2, maxLength: 12 }), cards: fc.array(rect, { maxLength: 3 }), hugging: fc.array(hugging, { maxLength: 5 }) });
const runs = { numRuns: 300 };

function wiresOf({ routes, cards, hugging }: typeof crowd extends fc.Arbitrary<infer T> ? T : never): Wire[] {
  const all = [...cards, ...hugging.map((h) => hug(h, routes.map((points) => ({ points }))))];
  return routes.map((points, i) => ({ ...wire(`w${i}`, points, all), probes: [] }));
}

/** Crossed cards plus border runs of a whole route, every segment against every rect. */
function faults(points: readonly Point[], near: { obstacles: readonly Rect[]; borders: readonly Rect[] }): number {
  let n = 0;
  for (let i = 1; i < points.length; i++) {
    n += near.obstacles.filter((r) => crosses(points[i - 1]!, points[i]!, r)).length;
    n += near.borders.filter((r) => alongBorder(points[i - 1]!, points[i]!, r)).length;
  }
  return n;
}

describe('separate', () => {
  it('never takes a route further into a card or along a border than it was', () => {
    fc.assert(
      fc.property(crowd, (c) => {
        const wires = wiresOf(c);
        // separate() heeds what lies near each route as it came in (localNear).
        const near = wires.map((w) => localNear(w.points, w.near!));
        const before = wires.map((w, i) => faults(w.points, near[i]!));
        separate(wires);
        wires.forEach((w, i) => expect(faults(w.points, near[i]!)).toBeLessThanOrEqual(before[i]!));
      }),
      runs,
    );
  });

  it('spreads exactly as before when cards come that meet none of the segments it checked', () => {
    fc.assert(
      fc.property(crowd, fc.array(fc.oneof(rect, hugging), { minLength: 1, maxLength: 6 }), (c, extra) => {
        const first = wiresOf(c);
        const routes = first.map((w) => w.points);
        separate(first);
        const probes = first.flatMap((w) => w.probes!);
        const cards = extra.map((e) => ('at' in e ? hug(e, routes.map((points) => ({ points }))) : e)).filter((r) => !probes.some((p) => meets(p, r)));
        const again = wiresOf(c).map((w) => ({ ...w, near: { obstacles: [...w.near!.obstacles, ...cards], borders: [...w.near!.borders, ...cards] } }));
        separate(again);
        expect(again.map((w) => w.points)).toEqual(first.map((w) => w.points));
      }),
      runs,
    );
  });
});
