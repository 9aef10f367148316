// The zoomed-out layer repaints only the rectangles a change touches: every item and link whose
// picture differs (compared by value here, not by object) must lie inside them, an unchanged state
// repaints nothing, and a new frame or a large change repaints the whole picture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../layout/spatial.ts';
import { contains, intersects } from '../../layout/spatial.ts';
import { editPick, randomEdit } from '../../model/testing/randomEdits.ts';
import { renameItem, type Plan } from '../../model/index.ts';
import { templateById } from '../../templates/index.ts';
import { createPlanToFlow } from '../planToFlow.ts';
import { dirtyRects, itemFootprint, itemMeets, linkFootprints, linkMeets, repaintArea, snapRects, type Frame, type Painted, type Transform } from './dirty.ts';
import { buildScene, type Scene, type SceneLink } from './scene.ts';

const start = templateById('figure-3')!.plan;
const none = new Set<string>();
const sceneOf = (toFlow: ReturnType<typeof createPlanToFlow>, plan: Plan) => {
  const flow = toFlow(plan, new Map(), new Set());
  return buildScene(plan, flow.nodes, flow.edges);
};
const transform = (scene: Scene, zoom = 0.2): Transform => ({ x: 24 - scene.bounds.x * zoom, y: 24 - scene.bounds.y * zoom, zoom });
const frame = (scene: Scene, over: Partial<Frame> = {}): Frame => ({ zoom: 0.2, dpr: 1, colors: 'light', bounds: scene.bounds, ...over });
const big = 1e6;

/** Every screen rectangle an item or link whose picture differs (by value) paints, before and after. */
function changedFootprints(prev: Painted, next: Painted, t: Transform): Rect[] {
  const out: Rect[] = [];
  const ids = new Set([...prev.scene.items, ...next.scene.items].map((i) => i.id));
  for (const id of ids) {
    const [a, b] = [prev.scene.byId.get(id), next.scene.byId.get(id)];
    const look = (p: Painted, i: typeof a) => (i && !p.skip.has(id) ? JSON.stringify([i, p.selection.has(id)]) : '');
    if (look(prev, a) === look(next, b)) continue;
    if (a && !prev.skip.has(id)) out.push(itemFootprint(a, t));
    if (b && !next.skip.has(id)) out.push(itemFootprint(b, t));
  }
  const links = (p: Painted) => new Map(p.scene.links.map((l) => [l.id, l]));
  const [pl, nl] = [links(prev), links(next)];
  for (const id of new Set([...pl.keys(), ...nl.keys()])) {
    const shown = (p: Painted, l: SceneLink | undefined) => !!l && !p.skip.has(l.ends[0]) && !p.skip.has(l.ends[1]);
    const look = (p: Painted, l: SceneLink | undefined) => (shown(p, l) ? JSON.stringify([l!.points, l!.color, l!.worst, l!.dash, p.selection.has(id)]) : '');
    if (look(prev, pl.get(id)) === look(next, nl.get(id))) continue;
    if (shown(prev, pl.get(id))) out.push(...linkFootprints(pl.get(id)!, t));
    if (shown(next, nl.get(id))) out.push(...linkFootprints(nl.get(id)!, t));
  }
  return out;
}

const covered = (rects: readonly Rect[], r: Rect) => {
  const [s] = snapRects([r], 1, big, big);
  return !s || rects.some((c) => contains(c, s));
};

describe('what the zoomed-out layer repaints after a change', () => {
  it('covers every item and link that looks different after random edits, selections and cards', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(editPick, fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), (steps) => {
        const toFlow = createPlanToFlow();
        let plan = start;
        let prev: Painted = { scene: sceneOf(toFlow, plan), selection: none, skip: none };
        for (const [pick, chosen, card] of steps) {
          plan = randomEdit(pick)(plan);
          const scene = sceneOf(toFlow, plan);
          const ids = [...scene.items.map((i) => i.id), ...scene.links.map((l) => l.id)];
          const next: Painted = { scene, selection: new Set([ids[chosen % ids.length]!]), skip: new Set([scene.items[card % scene.items.length]?.id ?? '']) };
          const t = transform(prev.scene);
          const rects = dirtyRects(prev, next, t);
          if (rects !== 'full') {
            const snapped = snapRects(rects, 1, big, big);
            for (const r of changedFootprints(prev, next, t)) expect(covered(snapped, r)).toBe(true);
          }
          prev = next;
        }
      }),
      { numRuns: 40 },
    );
  });

  it('is nothing when nothing changed, and only the renamed server and its old place after a rename', () => {
    const toFlow = createPlanToFlow();
    const a = sceneOf(toFlow, start);
    const t = transform(a);
    expect(repaintArea({ scene: a, selection: none, skip: none, ...frame(a) }, { scene: a, selection: none, skip: none, ...frame(a) }, t, big, big)).toEqual([]);
    const server = start.servers.find((s) => s.name === 'MBX01')!;
    const b = sceneOf(toFlow, renameItem(start, server.id, 'MBX09'));
    const area = repaintArea({ scene: a, selection: none, skip: none, ...frame(a) }, { scene: b, selection: none, skip: none, ...frame(b) }, t, big, big);
    expect(area).toEqual(snapRects([itemFootprint(b.byId.get(server.id)!, t)], 1, big, big));
  });

  it('repaints a card that comes and goes with its links, and a selected link along its route', () => {
    const scene = sceneOf(createPlanToFlow(), start);
    const t = transform(scene);
    const server = scene.items.find((i) => scene.links.some((l) => l.ends.includes(i.id)) && i.kind === 'server')!;
    const links = scene.links.filter((l) => l.ends.includes(server.id));
    const hovered = dirtyRects({ scene, selection: none, skip: none }, { scene, selection: none, skip: new Set([server.id]) }, t);
    expect(hovered).toEqual([itemFootprint(server, t), ...links.flatMap((l) => linkFootprints(l, t))]);
    const link = links[0]!;
    expect(dirtyRects({ scene, selection: none, skip: none }, { scene, selection: new Set([link.id]), skip: none }, t)).toEqual(linkFootprints(link, t));
  });

  it('repaints the whole picture for a new zoom, pixel ratio, theme or extent, a large change, or a new paint order', () => {
    const scene = sceneOf(createPlanToFlow(), start);
    const t = transform(scene);
    const held = { scene, selection: none, skip: none, ...frame(scene) };
    const one = new Set([scene.items.find((i) => i.kind === 'server')!.id]);
    // The picture's own size, as the layer holds it.
    const size = [Math.ceil(scene.bounds.width * 0.2) + 48, Math.ceil(scene.bounds.height * 0.2) + 48] as const;
    expect(repaintArea(held, { ...held, skip: one }, t, ...size)).not.toBe('full');
    for (const over of [{ zoom: 0.25 }, { dpr: 2 }, { colors: 'dark' }, { bounds: { ...scene.bounds, width: scene.bounds.width + 10 } }])
      expect(repaintArea(held, { ...held, skip: one, ...over }, t, ...size)).toBe('full');
    // Everything selected at once, or a picture mostly covered by what changed.
    expect(repaintArea(held, { ...held, selection: new Set(scene.items.map((i) => i.id)) }, t, ...size)).toBe('full');
    const card = scene.byId.get([...one][0]!)!;
    const near = { x: 16 - card.x * 0.2, y: 16 - card.y * 0.2, zoom: 0.2 };
    const side = (card.width * 0.2 + 32) * 1.5;
    expect(repaintArea(held, { ...held, skip: one }, near, side, side)).toBe('full');
    const reordered: Scene = { ...scene, items: [...scene.items].reverse() };
    expect(dirtyRects(held, { ...held, scene: reordered }, t)).toBe('full');
  });

  it('paints, in a repainted part, every item and link whose footprint reaches into it', () => {
    const scene = sceneOf(createPlanToFlow(), start);
    const rect = fc.record({ x: fc.integer({ min: -50, max: 400 }), y: fc.integer({ min: -50, max: 300 }), width: fc.integer({ min: 1, max: 120 }), height: fc.integer({ min: 1, max: 120 }) });
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 5 }), fc.double({ min: 0.02, max: 0.35, noNaN: true }), (area, zoom) => {
        const t = transform(scene, zoom);
        for (const item of scene.items) if (area.some((a) => intersects(a, itemFootprint(item, t)))) expect(itemMeets(area, item, t)).toBe(true);
        for (const link of scene.links) if (linkFootprints(link, t).some((f) => area.some((a) => intersects(a, f)))) expect(linkMeets(area, link, t)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('merges overlapping rectangles that gain nothing apart, and keeps an L of link segments two', () => {
    expect(snapRects([{ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 2, width: 4, height: 4 }, { x: 5, y: 0, width: 10, height: 10 }], 1, big, big)).toEqual([{ x: 0, y: 0, width: 15, height: 10 }]);
    const l = [{ x: 0, y: 0, width: 100, height: 4 }, { x: 96, y: 0, width: 4, height: 100 }];
    expect(snapRects(l, 1, big, big)).toEqual(l);
    // Outward to whole device pixels, within the picture.
    expect(snapRects([{ x: -3.5, y: 1.2, width: 2.6, height: 1 }], 2, big, big)).toEqual([]);
    expect(snapRects([{ x: 1.2, y: 1.2, width: 2.6, height: 1 }], 2, 5, big)).toEqual([{ x: 2, y: 2, width: 3, height: 3 }]);
  });

  it('merges as joining each rectangle, pair by pair, with every one it meets that adds no area (the merge written plainly)', () => {
    // Coarse ones too: rectangles that touch, line up or repeat, where joining is decided by a hair.
    const coarse = (n: number) => fc.integer({ min: 0, max: n }).map((k) => k * 20);
    const rect = fc.oneof(
      fc.record({ x: fc.integer({ min: -20, max: 400 }), y: fc.integer({ min: -20, max: 300 }), width: fc.integer({ min: 0, max: 120 }), height: fc.integer({ min: 0, max: 120 }) }),
      fc.record({ x: coarse(12), y: coarse(8), width: coarse(4), height: coarse(4) }),
    );
    type R = { x: number; y: number; width: number; height: number };
    const union = (a: R, b: R): R => {
      const [x, y] = [Math.min(a.x, b.x), Math.min(a.y, b.y)];
      return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
    };
    const areaOf = (r: R) => r.width * r.height;
    const plainly = (rects: readonly R[]) => {
      const out: R[] = [];
      for (let r of rects) {
        for (let j = 0; j < out.length; ) {
          const u = union(out[j]!, r);
          if (areaOf(u) > areaOf(out[j]!) + areaOf(r)) j++;
          else [r, j] = [u, (out.splice(j, 1), 0)];
        }
        out.push(r);
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 60 }), fc.integer({ min: 200, max: 500 }), (rects, side) => {
        const snapped = rects.map((r) => ({ x: Math.max(0, r.x), y: Math.max(0, r.y), width: Math.min(side, r.x + r.width) - Math.max(0, r.x), height: Math.min(side, r.y + r.height) - Math.max(0, r.y) })).filter((r) => r.width > 0 && r.height > 0);
        // The same rectangles (one kept in place of one inside it may keep its place in the list).
        const sorted = (list: R[]) => [...list].sort((a, b) => a.x - b.x || a.y - b.y || a.width - b.width || a.height - b.height);
        expect(sorted(snapRects(rects, 1, side, side))).toEqual(sorted(plainly(snapped)));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no two rectangles that could be joined without adding area, and covers every one it was given', () => {
    const rect = fc.record({ x: fc.integer({ min: 0, max: 60 }), y: fc.integer({ min: 0, max: 60 }), width: fc.integer({ min: 1, max: 30 }), height: fc.integer({ min: 1, max: 30 }) });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 40 }), (rects) => {
        const out = snapRects(rects, 1, big, big);
        const areaOf = (r: { width: number; height: number }) => r.width * r.height;
        for (let i = 0; i < out.length; i++)
          for (let j = i + 1; j < out.length; j++) {
            const [a, b] = [out[i]!, out[j]!];
            const x = Math.min(a.x, b.x);
            const y = Math.min(a.y, b.y);
            const joined = (Math.max(a.x + a.width, b.x + b.width) - x) * (Math.max(a.y + a.height, b.y + b.height) - y);
            expect(joined).toBeGreaterThan(areaOf(a) + areaOf(b));
          }
        for (const r of rects) expect(out.some((o) => o.x <= r.x && o.y <= r.y && o.x + o.width >= r.x + r.width && o.y + o.height >= r.y + r.height)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
