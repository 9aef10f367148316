// A link's route is the cheapest of its candidates (length, then crossed cards and border runs),
// the first of equally cheap ones by a stable ranking on length. The router ranks them lazily; on
// random candidates of few distinct lengths (ties everywhere) and cards among them, it must pick
// exactly the route, cost and cleanness of the plain sort-everything choice (testing/plainBest.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { best, BORDER_NEAR, connect, plainElbow, type Point } from './connector.ts';
import { LineFilter } from './lineFilter.ts';
import { hug, hugging, rect } from './testing/crowdedRoutes.ts';
import { plainBest } from './testing/plainBest.ts';

/** An orthogonal route whose legs come from a few lengths, so many candidates are equally long. */
const candidate = fc
  .record({ x: fc.nat(30), y: fc.nat(30), legs: fc.array(fc.constantFrom(-20, -10, 10, 20), { minLength: 1, maxLength: 4 }) })
  .map(({ x, y, legs }) => {
    const points: Point[] = [{ x: x * 8, y: y * 8 }];
    legs.forEach((d, i) => {
      const p = points[points.length - 1]!;
      points.push(i % 2 === 0 ? { x: p.x + d * 8, y: p.y } : { x: p.x, y: p.y + d * 8 });
    });
    return points;
  });

describe('choosing among candidate routes', () => {
  it('picks what ranking every candidate by a stable sort picks', () => {
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 40 }),
        fc.array(rect, { maxLength: 4 }),
        fc.array(hugging, { maxLength: 4 }),
        fc.constantFrom(Infinity, 1, 2, 3, 7, 400),
        (routes, cards, hugs, limit) => {
          const near = routes.length === 0 ? cards : [...cards, ...hugs.map((h) => hug(h, routes.map((points) => ({ points }))))];
          const around = { obstacles: near.filter((_, i) => i % 2 === 0), borders: near };
          const lines = new LineFilter(around.obstacles, around.borders, BORDER_NEAR);
          const picked = best(routes, around, lines, limit);
          const plain = plainBest(routes, around, limit);
          expect(picked).toEqual(plain);
          // The same array, not an equal one: equal candidates differ only by which is first.
          expect(picked.route).toBe(plain.route);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('a plain elbow', () => {
  it('is the route connect picks with nothing near, for boxes apart, touching, overlapping and nested', () => {
    // Boxes on an 8 px grid from a small range: many share an edge, a line or a length.
    const box = fc.record({ x: fc.nat(30), y: fc.nat(30), width: fc.integer({ min: 1, max: 20 }), height: fc.integer({ min: 1, max: 12 }) }).map((r) => ({ x: r.x * 8, y: r.y * 8, width: r.width * 8, height: r.height * 8 }));
    fc.assert(
      fc.property(fc.oneof(rect, box), fc.oneof(rect, box), (a, b) => {
        expect(plainElbow(a, b)).toEqual(connect(a, b, { obstacles: [], borders: [] }));
      }),
      { numRuns: 2000 },
    );
  });
});
