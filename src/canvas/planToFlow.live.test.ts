// The canvas maps each edited plan with the routes it draws (provisional at once, the worker's when
// they arrive) and with what it kept from the last plan: records, cluster facts and witnesses filed
// by id, nodes and edges looked at again only where something changed. After random runs of edits
// (the layout's, and cluster, witness, standby, server order and rename edits that reach other
// cards' facts and links' names) it must draw exactly what a fresh mapping of the same plan and
// routes draws, and keep the objects of what did not change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renameItem, setServerCluster, updateCluster, updateLink, type Plan } from '../model/index.ts';
import { createLiveRouter } from '../layout/routeLive.ts';
import type { Routes } from '../layout/route.ts';
import { fakeWorker } from '../layout/testing/fakeRouteWorker.ts';
import { applyStep, editStarts, editStep } from '../layout/testing/randomEdits.ts';
import { findingsOf } from '../store/findings.ts';
import { createPlanToFlow, type PlanEdge, type PlanNode } from './planToFlow.ts';

const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Edits that change what other cards and links show: cluster facts, witnesses, names, order. */
const FACTS = ['join', 'leave', 'standby', 'witness', 'reorder', 'renameSite', 'renameCluster', 'relink'] as const;
const factStep = fc.record({ kind: fc.constantFrom(...FACTS), a: fc.nat(), b: fc.nat() });
type FactStep = typeof factStep extends fc.Arbitrary<infer T> ? T : never;
type Step = FactStep | Parameters<typeof applyStep>[1];
const isFact = (s: Step): s is FactStep => (FACTS as readonly string[]).includes(s.kind);

function applyFact(plan: Plan, s: FactStep, n: number): Plan {
  const server = pick(plan.servers, s.a);
  const cluster = pick(plan.clusters, s.b);
  switch (s.kind) {
    case 'join':
      return server && cluster ? setServerCluster(plan, server.id, cluster.id) : plan;
    case 'leave':
      return server ? setServerCluster(plan, server.id, undefined) : plan;
    case 'standby':
      return cluster ? updateCluster(plan, cluster.id, { standby: !cluster.standby }) : plan;
    case 'witness':
      return cluster ? updateCluster(plan, cluster.id, { witness: s.a % 3 === 0 ? undefined : server?.id }) : plan;
    case 'reorder': {
      const at = s.a % Math.max(1, plan.servers.length);
      return { ...plan, servers: [...plan.servers.slice(at), ...plan.servers.slice(0, at)] };
    }
    case 'renameSite': {
      const site = pick(plan.sites, s.a);
      return site ? renameItem(plan, site.id, `SITE${n}`) : plan;
    }
    case 'renameCluster':
      return cluster ? renameItem(plan, cluster.id, `CL${n}`) : plan;
    case 'relink': {
      const link = pick(plan.links, s.a);
      return link ? updateLink(plan, link.id, { kind: link.kind === 'connection' ? 'routing-group-connector' : 'connection' }) : plan;
    }
  }
}

const step = fc.tuple(fc.oneof(editStep, factStep), fc.nat({ max: 4 }), fc.boolean());
const session = {};

describe.each(editStarts)('mapping %s with the routes the canvas draws', (_, start) => {
  it('draws what a fresh mapping draws, and keeps the objects of what did not change', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), (steps) => {
        const worker = fakeWorker();
        let arrived: { plan: Plan; routes: Routes } | undefined;
        const live = createLiveRouter((plan, routes) => (arrived = { plan, routes }));
        live.connect(worker.open);
        const toFlow = createPlanToFlow();
        let plan = start();
        let chosen: ReadonlySet<string> = new Set();
        const map = () => {
          const routes = arrived?.plan === plan ? arrived.routes : live.routes(plan, session);
          const byItem = findingsOf(plan).byItem;
          const out = toFlow(plan, byItem, chosen, routes);
          const fresh = createPlanToFlow()(plan, byItem, chosen, routes);
          expect(out.nodes).toEqual(fresh.nodes);
          expect(out.edges).toEqual(fresh.edges);
          return out;
        };
        let before = map();
        steps.forEach(([s, every, answer], i) => {
          const [last, lastChosen] = [plan, chosen];
          plan = isFact(s) ? applyFact(plan, s, i) : applyStep(plan, s, i);
          chosen = every ? new Set([...plan.links, ...plan.servers].filter((_, n) => n % (every + 1) === 0).map((x) => x.id)) : chosen;
          const after = map();
          if (plan === last && chosen === lastChosen) {
            after.nodes.forEach((n, k) => expect(n).toBe(before.nodes[k]));
            after.edges.forEach((e, k) => expect(e).toBe(before.edges[k]));
          }
          keptWhereUnchanged(before, after);
          before = after;
          live.request(plan);
          if (answer) {
            worker.answerAll();
            before = map();
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});

/** The same drawing: equal fields, and the same records, routes and findings counts in its data. */
function sameDrawing(a: PlanNode | PlanEdge, b: PlanNode | PlanEdge): boolean {
  const { data: da, ...ra } = a;
  const { data: db, ...rb } = b;
  const [x, y] = [da as Record<string, unknown>, db as Record<string, unknown>];
  const keys = Object.keys(x);
  return JSON.stringify(ra) === JSON.stringify(rb) && keys.length === Object.keys(y).length && keys.every((k) => (k === 'badge' ? JSON.stringify(x[k]) === JSON.stringify(y[k]) : x[k] === y[k]));
}

/** A node or edge that draws what the one drawn before drew is that very object (so React Flow does not redraw it). */
function keptWhereUnchanged(before: { nodes: PlanNode[]; edges: PlanEdge[] }, after: { nodes: PlanNode[]; edges: PlanEdge[] }) {
  for (const [was, now] of [[before.nodes, after.nodes], [before.edges, after.edges]] as const) {
    const byId = new Map<string, PlanNode | PlanEdge>(was.map((x) => [x.id, x]));
    for (const item of now) {
      const old = byId.get(item.id);
      if (old && sameDrawing(old, item)) expect(item, item.id).toBe(old);
    }
  }
}
