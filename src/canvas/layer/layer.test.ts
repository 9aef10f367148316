import { describe, expect, it } from 'vitest';
import { templateById } from '../../templates/index.ts';
import { resolveLayout, SITE_HEADER } from '../../theme/geometry.ts';
import { SURFACE } from '../../theme/tokens.ts';
import { createPlanToFlow } from '../planToFlow.ts';
import { enclosed, subtree } from './hit.ts';
import { hitTest } from './hitTest.ts';
import { paintScene, type Palette } from './paint.ts';
import { buildScene, type SceneItem } from './scene.ts';

const plan = templateById('figure-3')!.plan;
const flow = createPlanToFlow()(plan, new Map(), new Set());
const scene = buildScene(plan, flow.nodes, flow.edges);
const layout = resolveLayout(plan);
const headerOf = (i: SceneItem) => (i.kind === 'site' ? SITE_HEADER : 0);
const idOf = (name: string) => plan.servers.find((s) => s.name === name)?.id ?? plan.sites.find((s) => s.name === name)!.id;

/** A 2D context that records nothing: the painter's counts are what is checked. */
const noContext = new Proxy({}, { get: (_, key) => (key === 'measureText' ? () => ({ width: 10 }) : () => undefined), set: () => true }) as CanvasRenderingContext2D;
const palette: Palette = { surface: { ...SURFACE }, accent: '#1f6fd1', panel: '#fff', severity: { error: '#c62828', warning: '#b26a00', info: '#1f6fd1' } };

describe('the zoomed-out layer', () => {
  it('draws every item and link of the plan, from the same nodes and edges as the cards', () => {
    expect(scene.items.map((i) => i.id)).toEqual(flow.nodes.map((n) => n.id));
    expect(scene.links).toHaveLength(flow.edges.length);
    const { bounds } = layout;
    const view = { x: -bounds.x * 0.2, y: -bounds.y * 0.2, zoom: 0.2, width: bounds.width * 0.2 + 1, height: bounds.height * 0.2 + 1 };
    expect(paintScene(noContext, scene, view, palette, { selection: new Set(), skip: new Set(), labels: true })).toEqual({ items: flow.nodes.length, links: flow.edges.length });
    // Items shown as cards are left out; what lies outside the view is not painted.
    const skip = new Set([idOf('MBX01')]);
    expect(paintScene(noContext, scene, view, palette, { selection: new Set(), skip, labels: true }).items).toBe(flow.nodes.length - 1);
    expect(paintScene(noContext, scene, { ...view, x: -1e6 }, palette, { selection: new Set(), skip, labels: true })).toEqual({ items: 0, links: 0 });
  });

  it('keeps the entries of unchanged items when the plan changes elsewhere', () => {
    const renamed = { ...plan, servers: plan.servers.map((s) => (s.name === 'CAS01' ? { ...s, name: 'CAS09' } : s)) };
    const next = createPlanToFlow();
    const first = next(plan, new Map(), new Set());
    const second = next(renamed, new Map(), new Set());
    const a = buildScene(plan, first.nodes, first.edges);
    const b = buildScene(renamed, second.nodes, second.edges);
    expect(b.byId.get(idOf('MBX01'))).toBe(a.byId.get(idOf('MBX01')));
    expect(b.byId.get(idOf('CAS01'))?.name).toBe('CAS09');
  });

  it('finds the card under a point before its container, and a container by its header', () => {
    const mbx = layout.byId.get(idOf('MBX01'))!;
    expect(hitTest(scene, { x: mbx.absX + 5, y: mbx.absY + 5 }, 0.2, headerOf)).toEqual({ id: mbx.id, kind: 'server' });
    const site = layout.byId.get(idOf('Head office'))!;
    expect(hitTest(scene, { x: site.absX + 2, y: site.absY + 2 }, 0.2, headerOf)).toMatchObject({ id: site.id, header: true });
    expect(hitTest(scene, { x: site.absX - 5000, y: site.absY - 5000 }, 0.2, headerOf)).toBeUndefined();
    // A link is found a few screen pixels off its route (where no card lies), not twenty.
    const leaves = scene.items.filter((i) => i.kind === 'server' || i.kind === 'infrastructure');
    const free = (x: number, y: number) => !leaves.some((i) => x >= i.x - 30 && x <= i.x + i.width + 30 && y >= i.y - 30 && y <= i.y + i.height + 30);
    const spot = scene.links
      .filter((l) => !l.id.startsWith('witness:'))
      .flatMap((l) => l.points.slice(1).map((q, i) => ({ id: l.id, p: l.points[i]!, q })))
      .map(({ id, p, q }) => ({ id, x: (p.x + q.x) / 2, y: (p.y + q.y) / 2, horizontal: p.y === q.y }))
      .find((m) => free(m.x, m.y))!;
    const off = (px: number) => (spot.horizontal ? { x: spot.x, y: spot.y + px / 0.2 } : { x: spot.x + px / 0.2, y: spot.y });
    expect(hitTest(scene, off(3), 0.2, headerOf)).toEqual({ id: spot.id, kind: 'link' });
    expect(hitTest(scene, off(20), 0.2, headerOf)?.id).not.toBe(spot.id);
  });

  it('takes a container with what it holds, and what a rectangle wholly encloses', () => {
    const site = layout.byId.get(idOf('Head office'))!;
    const inside = subtree(scene, site.id);
    expect(inside).toContain(idOf('MBX01'));
    expect(inside).not.toContain(idOf('EDGE01'));
    expect(enclosed(scene, { x: site.absX - 1, y: site.absY - 1, width: site.width + 2, height: site.height + 2 }).sort()).toEqual([...inside].sort());
  });
});
