// The router's shortcuts for "what touches this grid line" against the plain scans they replace:
// boxes filed by bands of the axis give exactly the boxes (in order) a scan of every box finds, and
// a line's edge prices summed by ranges are the prices of pricing each edge against every range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePrices } from './gridRoute.ts';
import { LineFilter } from './lineFilter.ts';
import { bottom, right, type Rect } from './spatial.ts';

/** Boxes of any size (none, thin, or wider than a band), anywhere, some shared by both lists. */
const box = fc.record({
  x: fc.integer({ min: -800, max: 1600 }),
  y: fc.integer({ min: -800, max: 1600 }),
  width: fc.integer({ min: 0, max: 900 }),
  height: fc.integer({ min: 0, max: 900 }),
});
const coord = fc.oneof(fc.integer({ min: -900, max: 2600 }), fc.double({ min: -900, max: 2600, noNaN: true }));

describe('boxes by line', () => {
  it('are the obstacles whose inside spans the line and the borders with a side near it, as a scan finds them', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), fc.array(box, { maxLength: 40 }), fc.array(fc.tuple(coord, fc.boolean()), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 300 }), (obstacles, extra, lines, nearBy) => {
        const borders = [...obstacles.filter((_, i) => i % 2 === 0), ...extra];
        const filter = new LineFilter(obstacles, borders, nearBy);
        for (const [at, horizontal] of lines) {
          const lo = (r: Rect) => (horizontal ? r.y : r.x);
          const hi = (r: Rect) => (horizontal ? bottom(r) : right(r));
          const found = filter.line(at, horizontal);
          expect(found.inside).toEqual(obstacles.filter((r) => at > lo(r) + 1 && at < hi(r) - 1));
          expect(found.near).toEqual(borders.filter((r) => Math.abs(at - lo(r)) < nearBy || Math.abs(at - hi(r)) < nearBy));
          // Asked again, the same answer.
          expect(filter.line(at, horizontal)).toBe(found);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('edge prices along a grid line', () => {
  it('are each edge’s length plus the weight of every range it overlaps (Infinity through an end box)', () => {
    const weight = fc.constantFrom(3_000, 10_000, Infinity, 1);
    const range = fc.tuple(fc.integer({ min: -50, max: 1100 }), fc.integer({ min: 0, max: 600 }), weight).map(([lo, w, weight]) => [lo, lo + w - 2, weight]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 40 }), fc.array(range, { maxLength: 30 }), (coords, list) => {
        const along = [...coords].sort((a, b) => a - b);
        const ranges = list.flat();
        const out = new Float64Array(along.length);
        linePrices(along, ranges, out);
        along.slice(1).forEach((hi, i) => {
          const lo = along[i]!;
          let cost = hi - lo;
          for (let k = 0; k < ranges.length; k += 3) if (hi > ranges[k]! && lo < ranges[k + 1]!) cost += ranges[k + 2]!;
          expect(out[i], `edge ${lo}-${hi}`).toBe(cost);
        });
      }),
      { numRuns: 300 },
    );
  });
});
