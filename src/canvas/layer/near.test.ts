// A repaint in part and a hit test look only at what the grid of near.ts finds near their window:
// with their own exact tests applied, that must be what testing every item and link finds, in the
// same (paint) order, at any zoom, for any area, on plans edited at random and on a scene whose
// containers and links span the whole plan (kept beside the grid).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../layout/spatial.ts';
import { editPick, randomEdit } from '../../model/testing/randomEdits.ts';
import type { RoutedLink } from '../../layout/route.ts';
import { templateById } from '../../templates/index.ts';
import { createPlanToFlow } from '../planToFlow.ts';
import { ITEM_REACH, itemMeets, LINK_REACH, linkMeets, type Transform } from './dirty.ts';
import { distanceToSegment, hitTest } from './hitTest.ts';
import { flowWindow, gridsTakenOver, itemsNear, linksNear, widestLink } from './near.ts';
import { buildScene, type Scene, type SceneItem, type SceneLink } from './scene.ts';

const sceneOf = (plan: Parameters<typeof buildScene>[0]) => {
  const flow = createPlanToFlow()(plan, new Map(), new Set());
  return buildScene(plan, flow.nodes, flow.edges);
};
const rect = fc.record({ x: fc.integer({ min: -200, max: 1600 }), y: fc.integer({ min: -200, max: 1200 }), width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 400 }) });
const zoom = fc.double({ min: 0.01, max: 0.35, noNaN: true });

/** The repaint's two tests (paint.ts), on every item and link, and on the grid's candidates. */
function expectSameAsEveryOne(scene: Scene, area: Rect[], z: number) {
  const t: Transform = { x: 24 - scene.bounds.x * z, y: 24 - scene.bounds.y * z, zoom: z };
  const items = itemsNear(scene, area.map((r) => flowWindow(r, t, ITEM_REACH + 2))).filter((i) => itemMeets(area, i, t));
  expect(items.map((i) => i.id)).toEqual(scene.items.filter((i) => itemMeets(area, i, t)).map((i) => i.id));
  const reach = Math.max(2.5, (widestLink(scene) + 1.5) * z) / 2 + LINK_REACH + 2;
  const links = linksNear(scene, area.map((r) => flowWindow(r, t, reach))).filter((l) => linkMeets(area, l, t));
  expect(links.map((l) => l.id)).toEqual(scene.links.filter((l) => linkMeets(area, l, t)).map((l) => l.id));
}

/** The hit test as it read every item and link: topmost card, first link within 5 screen px, innermost container. */
function hitEveryOne(scene: Scene, p: { x: number; y: number }, zoom: number) {
  const inside = (i: SceneItem) => p.x >= i.x && p.x <= i.x + i.width && p.y >= i.y && p.y <= i.y + i.height;
  const leaf = (i: SceneItem) => i.kind === 'server' || i.kind === 'infrastructure';
  const card = scene.items.findLast((i) => leaf(i) && inside(i));
  if (card) return card.id;
  const line = scene.links.find((l) => l.points.some((q, i) => i > 0 && distanceToSegment(p, l.points[i - 1]!, q) <= 5 / zoom));
  return line?.id ?? scene.items.findLast((i) => !leaf(i) && inside(i))?.id;
}

const item = (id: string, x: number, y: number, width: number, height: number): SceneItem => ({ id, kind: 'server', parent: undefined, x, y, width, height, name: id, roles: [], findings: 0 });
const link = (id: string, points: { x: number; y: number }[], width = 2): SceneLink => ({ id, points, color: '#000', width, dash: [], ends: ['a', 'b'], route: {} as RoutedLink });

describe('what lies near a repainted part', () => {
  it('is, once tested exactly, what testing every item and link finds, on plans edited at random', () => {
    fc.assert(
      fc.property(fc.array(editPick, { minLength: 0, maxLength: 6 }), fc.array(rect, { minLength: 1, maxLength: 6 }), zoom, (picks, area, z) => {
        let plan = templateById('figure-3')!.plan;
        for (const pick of picks) plan = randomEdit(pick)(plan);
        const scene = sceneOf(plan);
        expectSameAsEveryOne(scene, area, z);
        const b = scene.bounds;
        for (let i = 0; i < 40; i++) {
          const p = { x: b.x + ((i * 7919) % 97) / 97 * b.width, y: b.y + ((i * 104729) % 89) / 89 * b.height };
          expect(hitTest(scene, p, z, () => 0)?.id).toBe(hitEveryOne(scene, p, z));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is the same with the 20-60 windows of a large repaint, many of them sharing cells', () => {
    const small = fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }), width: fc.integer({ min: 1, max: 60 }), height: fc.integer({ min: 1, max: 60 }) });
    fc.assert(
      fc.property(fc.array(editPick, { minLength: 0, maxLength: 4 }), fc.array(small, { minLength: 20, maxLength: 60 }), zoom, (picks, area, z) => {
        let plan = templateById('figure-3')!.plan;
        for (const pick of picks) plan = randomEdit(pick)(plan);
        expectSameAsEveryOne(sceneOf(plan), area, z);
      }),
      { numRuns: 60 },
    );
  });

  it('answers alike from a grid taken over from the scene before and from one built anew, after random edits', () => {
    const taken = gridsTakenOver.count;
    fc.assert(
      fc.property(fc.array(fc.tuple(editPick, fc.array(rect, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 8 }), zoom, (steps, z) => {
        const toFlow = createPlanToFlow();
        let plan = templateById('figure-3')!.plan;
        const flow = toFlow(plan, new Map(), new Set());
        let scene = buildScene(plan, flow.nodes, flow.edges);
        for (const [pick, area] of steps) {
          // The scene on screen has its grid (a hit test, a repaint) before the edit's scene asks for one.
          itemsNear(scene, area);
          plan = randomEdit(pick)(plan);
          const next = toFlow(plan, new Map(), new Set());
          scene = buildScene(plan, next.nodes, next.edges, scene);
          // The same entries as a scene of their own, built after nothing: its grid is built whole.
          const fresh: Scene = { ...scene, items: [...scene.items], links: [...scene.links] };
          const t: Transform = { x: 24 - scene.bounds.x * z, y: 24 - scene.bounds.y * z, zoom: z };
          const windows = area.map((r) => flowWindow(r, t, ITEM_REACH + 2));
          expect(itemsNear(scene, windows)).toEqual(itemsNear(fresh, windows));
          expect(linksNear(scene, windows)).toEqual(linksNear(fresh, windows));
          expect(widestLink(scene)).toBe(widestLink(fresh));
          expectSameAsEveryOne(scene, area, z);
        }
      }),
      { numRuns: 60 },
    );
    // Most edits change a few entries: their grids are taken over, not built.
    expect(gridsTakenOver.count - taken).toBeGreaterThan(60);
  });

  it('finds the items and links that span the whole plan, kept beside the grid', () => {
    const items = [item('site', -50_000, -50_000, 100_000, 100_000), ...Array.from({ length: 40 }, (_, i) => item(`s${i}`, (i % 8) * 600, Math.floor(i / 8) * 400, 180, 90)), item('tiny', 1000, 1000, 0.5, 0.5)];
    const links = [
      link('across', [{ x: -40_000, y: 500 }, { x: 40_000, y: 500 }, { x: 40_000, y: 30_000 }], 6),
      ...Array.from({ length: 30 }, (_, i) => link(`l${i}`, [{ x: i * 150, y: 0 }, { x: i * 150, y: 2000 }, { x: i * 150 + 90, y: 2000 }])),
      link('none', []),
    ];
    const scene: Scene = { items, byId: new Map(items.map((i) => [i.id, i])), links, bounds: { x: 0, y: 0, width: 5000, height: 2500 } };
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 4 }), zoom, fc.integer({ min: -1000, max: 6000 }), fc.integer({ min: -1000, max: 3000 }), (area, z, x, y) => {
        expectSameAsEveryOne(scene, area, z);
        expect(hitTest(scene, { x, y }, z, () => 0)?.id).toBe(hitEveryOne(scene, { x, y }, z));
      }),
      { numRuns: 200 },
    );
  });

  it('works on a plan spread over huge coordinates (an imported file may place items 40 million units apart)', () => {
    const items = [item('near', 0, 0, 180, 90), item('far', 4e7, 4e7, 180, 90)];
    const links = [link('between', [{ x: 90, y: 45 }, { x: 4e7 + 90, y: 45 }, { x: 4e7 + 90, y: 4e7 + 45 }])];
    const scene: Scene = { items, byId: new Map(items.map((i) => [i.id, i])), links, bounds: { x: 0, y: 0, width: 4e7 + 180, height: 4e7 + 90 } };
    const z = 0.01;
    const t: Transform = { x: 0, y: 0, zoom: z };
    expect(itemsNear(scene, [flowWindow({ x: 4e5, y: 4e5, width: 10, height: 10 }, t, 2)]).map((i) => i.id)).toEqual(['far']);
    expect(hitTest(scene, { x: 4e7 + 90, y: 4e7 + 45 }, z, () => 0)?.id).toBe('far');
    expect(hitTest(scene, { x: 50, y: 40 }, z, () => 0)?.id).toBe('near');
  });
});
