// The layer's scene is built from the last one (items and links whose nodes, edges and look did not
// change keep their objects, so the repaint and the hit-test grid skip them): after any edits it must
// equal a scene built afresh, and a link keeps its object exactly while its route and look do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editPick, randomEdit } from '../../model/testing/randomEdits.ts';
import type { Plan } from '../../model/index.ts';
import { templateById } from '../../templates/index.ts';
import { createPlanToFlow, type PlanEdge } from '../planToFlow.ts';
import { dirtyRects, linkFootprints } from './dirty.ts';
import { buildScene, type Scene } from './scene.ts';

const start = templateById('figure-3')!.plan;
const none = new Set<string>();
const afresh = (plan: Plan) => {
  const flow = createPlanToFlow()(plan, new Map(), new Set());
  return buildScene(plan, flow.nodes, flow.edges);
};
/** What a scene holds, by value (a link's route by the fields the layer reads). */
const valueOf = (s: Scene) => ({
  items: s.items,
  byId: [...s.byId.keys()],
  links: s.links.map(({ route, ...l }) => ({ ...l, routeEnds: route.ends, routePoints: route.points })),
  bounds: s.bounds,
});
/** The same edges made anew, each with a copy of its route (as a router answering again would give). */
const remade = (edges: readonly PlanEdge[]) =>
  edges.map((e) => ({ ...e, data: e.data && { ...e.data, route: e.data.route && { ...e.data.route, points: e.data.route.points.map((p) => ({ ...p })) } } }) as PlanEdge);

describe('the layer scene built from the last one', () => {
  it('equals a scene built afresh after random edits', () => {
    fc.assert(
      fc.property(fc.array(editPick, { minLength: 1, maxLength: 10 }), (picks) => {
        const toFlow = createPlanToFlow();
        let plan = start;
        let flow = toFlow(plan, new Map(), new Set());
        let scene = buildScene(plan, flow.nodes, flow.edges);
        for (const pick of picks) {
          plan = randomEdit(pick)(plan);
          flow = toFlow(plan, new Map(), new Set());
          // Every other step the edges come anew with copied routes: kept links must still be right.
          const edges = picks.indexOf(pick) % 2 ? remade(flow.edges) : flow.edges;
          scene = buildScene(plan, flow.nodes, edges, scene);
          expect(valueOf(scene)).toEqual(valueOf(afresh(plan)));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('keeps a link whose edge is new but whose route and look are not, and renews one whose route alone changed', () => {
    const flow = createPlanToFlow()(start, new Map(), new Set());
    const first = buildScene(start, flow.nodes, flow.edges);
    const again = buildScene(start, flow.nodes, remade(flow.edges), first);
    expect(again.links.every((l, i) => l === first.links[i])).toBe(true);

    // The routes alone change (a router answering later): only the moved link is new, and repainted.
    const moved = first.links.find((l) => l.points.length >= 2)!;
    const edges = remade(flow.edges).map((e) =>
      e.id === moved.id ? ({ ...e, data: { ...e.data!, route: { ...e.data!.route!, points: e.data!.route!.points.map((p) => ({ x: p.x + 40, y: p.y })) } } } as PlanEdge) : e,
    );
    const next = buildScene(start, flow.nodes, edges, again);
    expect(next.links.filter((l, i) => l !== again.links[i]).map((l) => l.id)).toEqual([moved.id]);
    const t = { x: 0, y: 0, zoom: 0.2 };
    const after = next.links.find((l) => l.id === moved.id)!;
    expect(dirtyRects({ scene: again, selection: none, skip: none }, { scene: next, selection: none, skip: none }, t)).toEqual([...linkFootprints(moved, t), ...linkFootprints(after, t)]);
  });
});
