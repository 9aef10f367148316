// The canvas's own work per edit after the router, in Node: planToFlow less its router, the layer's
// scene, its near grid, its index and the dirty rectangles of the edit (no paint: no canvas in Node),
// how many rectangles and thousand pixels they repaint, and how many links the scene made anew.
// `npx tsx bench/canvas/tools/layerPath.ts [1000,2000]`: medians per edit kind, for before/after.
import { createPlanToFlow } from '../../../src/canvas/planToFlow.ts';
import { buildScene } from '../../../src/canvas/layer/scene.ts';
import { itemsNear, linksNear } from '../../../src/canvas/layer/near.ts';
import { repaintArea } from '../../../src/canvas/layer/dirty.ts';
import { arrange } from '../../../src/layout/arrange.ts';
import { createRouter } from '../../../src/layout/route.ts';
import { createValidator } from '../../../src/rules/incremental.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { enableLayoutUpdates, resolveLayout } from '../../../src/theme/geometry.ts';
import { updateLayout } from '../../../src/theme/layoutUpdate.ts';
import { editSequence } from '../../flow.ts';
import { median } from '../../report.ts';
import { syntheticPlan } from '../../synthetic.ts';

enableLayoutUpdates(updateLayout);

function findingsByItem(all: readonly Finding[]): Map<string, Finding[]> {
  const byItem = new Map<string, Finding[]>();
  for (const f of all) for (const id of f.subjects) byItem.set(id, [...(byItem.get(id) ?? []), f]);
  return byItem;
}

for (const n of (process.argv[2] ?? '1000,2000').split(',').map(Number)) {
  const start = arrange(syntheticPlan(n));
  const steps = editSequence(start, 10);
  const validator = createValidator();
  const findings = new Map([start, ...steps.map((s) => s.plan)].map((p) => [p, findingsByItem(validator(p))]));
  const route = createRouter();
  let routeMs = 0;
  const toFlow = createPlanToFlow((plan) => {
    const t0 = performance.now();
    const r = route(plan);
    routeMs += performance.now() - t0;
    return r;
  });
  const none = new Set<string>();
  resolveLayout(start);
  let derived = toFlow(start, findings.get(start)!, none);
  let scene = buildScene(start, derived.nodes, derived.edges);
  itemsNear(scene, [{ x: 0, y: 0, width: 1, height: 1 }]);
  const t = { zoom: 0.1, x: 24 - scene.bounds.x * 0.1, y: 24 - scene.bounds.y * 0.1 };
  const frame = (s: typeof scene) => ({ zoom: t.zoom, dpr: 1, colors: 1, bounds: s.bounds, selection: none, skip: none, scene: s });
  const times: Record<string, Record<string, number[]>> = {};
  for (const { kind, plan } of steps) {
    const tl = performance.now();
    resolveLayout(plan);
    const t0 = performance.now();
    routeMs = 0;
    derived = toFlow(plan, findings.get(plan)!, none);
    const t1 = performance.now();
    const next = buildScene(plan, derived.nodes, derived.edges, scene);
    const t2 = performance.now();
    itemsNear(next, [{ x: 0, y: 0, width: 1, height: 1 }]);
    linksNear(next, [{ x: 0, y: 0, width: 1, height: 1 }]);
    const t3 = performance.now();
    const w = Math.ceil(next.bounds.width * t.zoom) + 48;
    const h = Math.ceil(next.bounds.height * t.zoom) + 48;
    const area = repaintArea(frame(scene), frame(next), t, w, h);
    const t4 = performance.now();
    const k = (times[kind] ??= {});
    const push = (key: string, v: number) => (k[key] ??= []).push(v);
    push('layout', t0 - tl);
    push('route', routeMs);
    push('flowRest', t1 - t0 - routeMs);
    push('scene', t2 - t1);
    push('near', t3 - t2);
    push('dirty', t4 - t3);
    push('rects', area === 'full' ? -1 : area.length);
    push('kPx', area === 'full' ? -1 : area.reduce((sum, r) => sum + r.width * r.height, 0) / 1000);
    // Links that are new objects (repainted and put in the grid again).
    const kept = new Set(scene.links);
    push('newLinks', next.links.filter((l) => !kept.has(l)).length);
    scene = next;
  }
  for (const [kind, parts] of Object.entries(times))
    console.log(`${n} ${kind.padEnd(10)} ` + Object.entries(parts).map(([p, v]) => `${p} ${median(v.slice(2).sort((a, b) => a - b)).toFixed(2)}`).join('  '));
}
