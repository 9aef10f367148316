// A repaint in part paints a plain item (no badge, ring or name) only where its plain box can reach
// (PLAIN_REACH): every pixel its full paint touches must lead to it being painted when that pixel is
// repainted, at every zoom, including the tiny ones where minimum sizes make it poke out of its box.
import { describe, expect, it } from 'vitest';
import { templateById } from '../../templates/index.ts';
import type { Rect } from '../../layout/spatial.ts';
import { SURFACE } from '../../theme/tokens.ts';
import { createPlanToFlow } from '../planToFlow.ts';
import { paintLinks, paintScene, type Palette, type View } from './paint.ts';
import { buildScene, type Scene, type SceneItem } from './scene.ts';

const plan = templateById('figure-3')!.plan;
const flow = createPlanToFlow()(plan, new Map(), new Set());
const scene = buildScene(plan, flow.nodes, flow.edges);
const palette: Palette = { surface: { ...SURFACE }, accent: '#1f6fd1', panel: '#fff', severity: { error: '#c62828', warning: '#b26a00', info: '#1f6fd1' } };
const none = new Set<string>();

type Extent = { x0: number; y0: number; x1: number; y1: number };
/** A 2D context that records the whole pixels its rectangles touch (strokes by half their width). */
function recorder() {
  const ext: Extent = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  let lineWidth = 1;
  const touch = (x: number, y: number, w: number, h: number, grow: number) => {
    ext.x0 = Math.min(ext.x0, Math.floor(x - grow));
    ext.y0 = Math.min(ext.y0, Math.floor(y - grow));
    ext.x1 = Math.max(ext.x1, Math.ceil(x + w + grow));
    ext.y1 = Math.max(ext.y1, Math.ceil(y + h + grow));
  };
  const ctx = new Proxy(
    {},
    {
      get: (_, key) =>
        key === 'fillRect' ? (x: number, y: number, w: number, h: number) => touch(x, y, w, h, 0)
        : key === 'strokeRect' ? (x: number, y: number, w: number, h: number) => touch(x, y, w, h, lineWidth / 2)
        : key === 'measureText' ? () => ({ width: 10 })
        : () => undefined,
      set: (_, key, value) => {
        if (key === 'lineWidth') lineWidth = value as number;
        return true;
      },
    },
  ) as CanvasRenderingContext2D;
  return { ctx, ext };
}

const viewAt = (zoom: number): View => ({ x: 0.37 - scene.bounds.x * zoom, y: 0.61 - scene.bounds.y * zoom, zoom, width: 1e5, height: 1e5 });
const only = (item: SceneItem): Scene => ({ items: [item], byId: new Map([[item.id, item]]), links: [], bounds: scene.bounds });
/** Whether a repaint of `area` (screen px) paints `item` (it paints one item fewer with the item left out). */
const paints = (item: SceneItem, view: View, area: Rect) => {
  const o = { selection: none, labels: false, area: [area] };
  return paintScene(recorder().ctx, scene, view, palette, { ...o, skip: none }).items - paintScene(recorder().ctx, scene, view, palette, { ...o, skip: new Set([item.id]) }).items;
};

describe('a repaint in part of plain items', () => {
  it('paints every item whose own paint touches a repainted pixel, at any zoom', () => {
    let checked = 0;
    for (const zoom of [0.004, 0.01, 0.03, 0.1, 0.35]) {
      const view = viewAt(zoom);
      for (const item of scene.items) {
        const { ctx, ext } = recorder();
        paintScene(ctx, only(item), view, palette, { selection: none, skip: none, labels: false });
        // The outermost pixel its paint touches on each side.
        const [mx, my] = [Math.floor((ext.x0 + ext.x1) / 2), Math.floor((ext.y0 + ext.y1) / 2)];
        for (const [x, y] of [[ext.x0, my], [ext.x1 - 1, my], [mx, ext.y0], [mx, ext.y1 - 1]] as const) {
          expect({ zoom, id: item.id, x, y, painted: paints(item, view, { x, y, width: 1, height: 1 }) }).toEqual({ zoom, id: item.id, x, y, painted: 1 });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('links in view', () => {
  it('are those whose mapped points reach the view, tested by route bounds worked out once per link', () => {
    // The plain test: every point mapped to the screen, the largest and smallest against the view.
    const plainCount = (view: View, shift: number) =>
      scene.links.filter((l) => {
        const xs = l.points.map((q) => (q.x + shift) * view.zoom + view.x);
        const ys = l.points.map((q) => q.y * view.zoom + view.y);
        return !(Math.max(...xs) < 0 || Math.min(...xs) > view.width || Math.max(...ys) < 0 || Math.min(...ys) > view.height);
      }).length;
    const { x, y, width, height } = scene.bounds;
    let partial = 0;
    for (const zoom of [0.05, 0.2, 1])
      for (const fx of [-0.5, 0, 0.3, 0.7, 1.2])
        for (const fy of [-0.2, 0.4, 0.9]) {
          const view: View = { x: -(x + fx * width) * zoom, y: -(y + fy * height) * zoom, zoom, width: 300, height: 200 };
          const own = paintLinks(recorder().ctx, scene.links, view, palette, none);
          expect(own).toBe(plainCount(view, 0));
          // A card's links, drawn from other points (here its route moved right).
          const moved = paintLinks(recorder().ctx, scene.links, view, palette, none, (l) => l.points.map((q) => ({ x: q.x + 100, y: q.y })));
          expect(moved).toBe(plainCount(view, 100));
          if (own > 0 && own < scene.links.length) partial++;
        }
    expect(partial).toBeGreaterThan(3);
  });
});
