// Bench section "flow": what the canvas works out between an edit and React, in Node, on synthetic
// plans of 1,000, 2,000 and 5,000 servers: planToFlow (nodes and edges) with the router inside it,
// for the edits the canvas bench makes on a Mailbox-only server near the middle (add a role, undo
// it as the reverse edit, rename it, add a server from the palette into its site, settled as the
// store does; a domain controller at the 5,000-server limit). Medians of wall time per edit kind,
// split into the router and the rest.
import { createPlanToFlow } from '../src/canvas/planToFlow.ts';
import { arrange } from '../src/layout/arrange.ts';
import { createRouter } from '../src/layout/route.ts';
import { contentMin, settle } from '../src/layout/settle.ts';
import { addRole, removeRole, renameItem, type Plan } from '../src/model/index.ts';
import { MAX_SERVERS } from '../src/model/limits.ts';
import { createValidator } from '../src/rules/incremental.ts';
import type { Finding } from '../src/rules/types.ts';
import { dropPaletteItem } from '../src/store/drop.ts';
import { paletteEntry } from '../src/store/paletteItems.ts';
import { resolveLayout } from '../src/theme/geometry.ts';
import { median, metric, metricsSection, type BenchSection } from './report.ts';
import { syntheticPlan } from './synthetic.ts';

export const FLOW_EDITS = ['addRole', 'undo', 'rename', 'paletteAdd'] as const;
type FlowEdit = (typeof FLOW_EDITS)[number];
/** This work's share of edit-to-paint (< 50 ms at 1,000 servers, < 100 ms at 5,000). */
const TARGET_MS = { 1000: 8, 2000: 12, 5000: 25 } as Record<number, number>;

/** The server the canvas bench edits: Mailbox only, not clustered, nearest the drawing's middle. */
function subjectOf(plan: Plan): string {
  const layout = resolveLayout(plan);
  const { x, y, width, height } = layout.bounds;
  const mid = { x: x + width / 2, y: y + height / 2 };
  const distance = (id: string) => {
    const b = layout.byId.get(id)!;
    return Math.hypot(b.absX + b.width / 2 - mid.x, b.absY + b.height / 2 - mid.y);
  };
  const candidates = plan.servers.filter((s) => !s.cluster && s.product === 'exchange2007' && s.roles.length === 1 && s.roles[0] === 'Mailbox');
  return candidates.sort((a, b) => distance(a.id) - distance(b.id))[0]!.id;
}

/** `runs` rounds of the canvas bench's four edits, each plan with the edit that made it. */
export function editSequence(start: Plan, runs: number): Array<{ kind: FlowEdit; plan: Plan }> {
  const id = subjectOf(start);
  const name = start.servers.find((s) => s.id === id)!.name;
  // As the canvas bench: at the server limit another server is refused, so a domain controller is added.
  const item = paletteEntry(start.servers.length >= MAX_SERVERS ? 'domain-controller' : 'server')!.item;
  const out: Array<{ kind: FlowEdit; plan: Plan }> = [];
  let plan = start;
  const push = (kind: FlowEdit, next: Plan) => out.push({ kind, plan: (plan = next) });
  for (let run = 0; run < runs; run++) {
    push('addRole', settle(plan, addRole(plan, id, 'UnifiedMessaging')));
    push('undo', settle(plan, removeRole(plan, id, 'UnifiedMessaging')));
    push('rename', settle(plan, renameItem(plan, id, `${name.slice(0, 12)}-R${run % 10}`)));
    const site = resolveLayout(plan).byId.get(plan.servers.find((s) => s.id === id)!.site!)!;
    const min = contentMin('site');
    const drop = dropPaletteItem(plan, item, { x: site.absX + min.x + 8, y: site.absY + min.y + 8 });
    push('paletteAdd', settle(plan, drop.plan));
  }
  return out;
}

function findingsByItem(all: readonly Finding[]): Map<string, Finding[]> {
  const byItem = new Map<string, Finding[]>();
  for (const f of all) for (const id of f.subjects) byItem.set(id, [...(byItem.get(id) ?? []), f]);
  return byItem;
}

/** Per edit kind: median ms of planToFlow in all, of its router, and of the rest. */
export function measureFlow(servers: number, runs: number) {
  const start = arrange(syntheticPlan(servers));
  const steps = editSequence(start, runs);
  // The store has settled, validated and laid out each plan before the canvas maps it.
  const validator = createValidator();
  const findings = new Map([start, ...steps.map((s) => s.plan)].map((p) => [p, findingsByItem(validator(p))]));
  steps.forEach((s) => resolveLayout(s.plan));
  const route = createRouter();
  let routeMs = 0;
  const toFlow = createPlanToFlow((plan) => {
    const t0 = performance.now();
    const routes = route(plan);
    routeMs += performance.now() - t0;
    return routes;
  });
  const none = new Set<string>();
  toFlow(start, findings.get(start)!, none);
  const times: Record<string, { all: number[]; route: number[] }> = {};
  for (const { kind, plan } of steps) {
    routeMs = 0;
    const t0 = performance.now();
    toFlow(plan, findings.get(plan)!, none);
    const all = performance.now() - t0;
    (times[kind] ??= { all: [], route: [] }).all.push(all);
    times[kind].route.push(routeMs);
  }
  const out: Record<string, ReturnType<typeof metric>> = {};
  const med = (list: number[]) => median([...list].sort((a, b) => a - b));
  for (const kind of FLOW_EDITS) {
    const t = times[kind]!;
    out[`${kind}.totalMs`] = metric(med(t.all), 'ms', TARGET_MS[servers] ?? null);
    out[`${kind}.routerMs`] = metric(med(t.route), 'ms');
    out[`${kind}.restMs`] = metric(med(t.all.map((a, i) => a - t.route[i]!)), 'ms');
  }
  return out;
}

const RUNS = { 1000: 12, 2000: 8, 5000: 5 } as Record<number, number>;

export function benchFlow(sizes: readonly number[] = [1000, 2000, 5000]): BenchSection {
  const result: Record<string, unknown> = {};
  for (const n of sizes) result[`servers${n}`] = measureFlow(n, RUNS[n] ?? 5);
  return metricsSection('One edit on the canvas before React: planToFlow and its router (Node, wall clock)', result);
}
