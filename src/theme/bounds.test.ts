// The layout update works out the plan's bounds from the last ones when no box that went held one of
// their edges (boundsAfter): the numbers must be those of a walk over every box, whatever boxes are
// replaced, added or removed, including fractional positions (dragged at a zoom) and ties on the edges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsAfter, boundsOf, type Box } from './boxSizes.ts';

const coordinate = fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.double({ min: -3000, max: 3000, noNaN: true }), fc.constantFrom(0, -0, 100, 0.1, 0.7));
const size = fc.oneof(fc.integer({ min: 0, max: 800 }), fc.double({ min: 0, max: 800, noNaN: true }), fc.constantFrom(0, 100, 0.2));
const box = (id: string) => fc.record({ absX: coordinate, absY: coordinate, width: size, height: size }).map((r): Box => ({ id, kind: 'server', parent: undefined, x: r.absX, y: r.absY, ...r }));

describe('the bounds after an edit of the boxes', () => {
  it('are those of a walk over every box', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }).chain((ids) => fc.tuple(fc.tuple(...ids.map((_, i) => box(`b${i}`))), fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'remove', 'add'), box('new')), { maxLength: 6 }))),
        ([start, edits]) => {
          let boxes: Box[] = start;
          let bounds = boundsOf(boxes);
          edits.forEach(([at, what, made], n) => {
            const old = boxes[at % boxes.length]!;
            const fresh = { ...made, id: what === 'add' ? `new${n}` : old.id };
            const next = what === 'add' ? [...boxes, fresh] : what === 'remove' ? boxes.filter((b) => b !== old) : boxes.map((b) => (b === old ? fresh : b));
            if (next.length === 0) return;
            const after = boundsAfter(bounds, what === 'add' ? [] : [old], what === 'remove' ? [] : [fresh], next);
            expect(after).toEqual(boundsOf(next));
            expect(Object.is(after.x, boundsOf(next).x) && Object.is(after.y, boundsOf(next).y)).toBe(true);
            [boxes, bounds] = [next, after];
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
