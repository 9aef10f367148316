// Random crowded routes for the router's property tests: orthogonal routes on a 4 px grid in a
// small square (so they crowd, touch and share lines), cards anywhere or hugging a route.
import fc from 'fast-check';
import type { Point } from '../connector.ts';
import type { RawWire } from '../routeGroups.ts';
import type { Rect } from '../spatial.ts';

/** An orthogonal route in a small square (coordinates on a 4 px grid, so routes crowd and touch). */
export const route = fc
  .record({ x: fc.nat(60), y: fc.nat(60), legs: fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 4 }) })
  .map(({ x, y, legs }) => {
    const points: Point[] = [{ x: x * 4, y: y * 4 }];
    legs.forEach((d, i) => {
      const p = points[points.length - 1]!;
      points.push(i % 2 === 0 ? { x: p.x + (d || 5) * 4, y: p.y } : { x: p.x, y: p.y + (d || 5) * 4 });
    });
    return points;
  });

export const rect = fc.record({ x: fc.nat(240), y: fc.nat(240), width: fc.integer({ min: 8, max: 80 }), height: fc.integer({ min: 8, max: 60 }) });

/** A link's route between boxes around its two ends, with cards nearby. */
export function wire(id: string, points: Point[], near: Rect[]): RawWire {
  const end = (p: Point): Rect => ({ x: p.x - 40, y: p.y - 30, width: 80, height: 60 });
  return { id, points, ends: [end(points[0]!), end(points[points.length - 1]!)], near: { obstacles: near, borders: near } };
}

/** A card with a corner a few pixels off a point of some route, where a nudge may run into it or along it. */
export const hugging = fc.record({ at: fc.nat(), dx: fc.integer({ min: -9, max: 9 }), dy: fc.integer({ min: -9, max: 9 }), width: fc.integer({ min: 8, max: 60 }), height: fc.integer({ min: 8, max: 40 }), corner: fc.nat(3) });
export type Hugging = typeof hugging extends fc.Arbitrary<infer T> ? T : never;
export function hug(spec: Hugging, wires: readonly { points: Point[] }[]): Rect {
  const points = wires.flatMap((w) => w.points);
  const p = points[spec.at % points.length]!;
  return { x: p.x + spec.dx - (spec.corner & 1 ? spec.width : 0), y: p.y + spec.dy - (spec.corner & 2 ? spec.height : 0), width: spec.width, height: spec.height };
}
