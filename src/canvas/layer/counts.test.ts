// The layer's data-nodes / data-edges counts (read by the bench's probe and browser tests) come from
// cached and shortcut counting: they must equal a walk of every item and link for any view and cards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templateById } from '../../templates/index.ts';
import { createPlanToFlow } from '../planToFlow.ts';
import { countInView, createCounter } from './counts.ts';
import type { View } from './paint.ts';
import { buildScene, type Scene } from './scene.ts';

const plan = templateById('figure-3')!.plan;
const flow = createPlanToFlow()(plan, new Map(), new Set());
const scene = buildScene(plan, flow.nodes, flow.edges);

/** The straightforward count, as the layer did it before: every item, every link's points. */
function walked(scene: Scene, view: View, skip: ReadonlySet<string>) {
  const z = view.zoom;
  const [left, top] = [-view.x / z, -view.y / z];
  const [right, bottom] = [left + view.width / z, top + view.height / z];
  const items = scene.items.filter((i) => !skip.has(i.id) && i.x < right && i.x + i.width > left && i.y < bottom && i.y + i.height > top).length;
  const links = scene.links.filter((l) => {
    if (skip.has(l.ends[0]) || skip.has(l.ends[1])) return false;
    const xs = l.points.map((p) => p.x);
    const ys = l.points.map((p) => p.y);
    return Math.min(...xs) <= right && Math.max(...xs) >= left && Math.min(...ys) <= bottom && Math.max(...ys) >= top;
  }).length;
  return { items, links };
}

const b = scene.bounds;
const view = fc.record({
  zoom: fc.double({ min: 0.02, max: 2, noNaN: true }),
  // Anywhere from far off the plan to holding all of it.
  cx: fc.double({ min: b.x - b.width, max: b.x + 2 * b.width, noNaN: true }),
  cy: fc.double({ min: b.y - b.height, max: b.y + 2 * b.height, noNaN: true }),
  width: fc.integer({ min: 50, max: 3000 }),
  height: fc.integer({ min: 50, max: 2000 }),
});
const toView = (v: { zoom: number; cx: number; cy: number; width: number; height: number }): View => ({ x: v.width / 2 - v.cx * v.zoom, y: v.height / 2 - v.cy * v.zoom, zoom: v.zoom, width: v.width, height: v.height });
const skipOf = (picks: number[]) => new Set(picks.map((n) => scene.items[n % scene.items.length]!.id));

describe('the zoomed-out layer\'s counts of what it draws', () => {
  it('equal a walk of every item and link, for any view and any cards, first time and repeated', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(view, fc.array(fc.nat(), { maxLength: 6 })), { minLength: 1, maxLength: 6 }), (steps) => {
        const count = createCounter();
        for (const [v, picks] of steps) {
          const [shown, skip] = [toView(v), skipOf(picks)];
          expect(countInView(scene, shown, skip)).toEqual(walked(scene, shown, skip));
          expect(count(scene, shown, skip)).toEqual(walked(scene, shown, skip));
          expect(count(scene, shown, skip)).toEqual(walked(scene, shown, skip));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('count the whole plan less the cards and their links when the view holds it all', () => {
    const all = { x: -b.x * 0.1 + 50, y: -b.y * 0.1 + 50, zoom: 0.1, width: b.width * 0.1 + 100, height: b.height * 0.1 + 100 };
    const linked = scene.links[0]!.ends[0];
    expect(createCounter()(scene, all, new Set([linked]))).toEqual({ items: scene.items.length - 1, links: scene.links.filter((l) => !l.ends.includes(linked)).length });
  });
});
