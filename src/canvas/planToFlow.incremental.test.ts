// The canvas maps each edited plan with the mapper it kept (nodes reused, routes kept where the
// edit did not reach); a fresh mapper must draw exactly the same, and what the edit left alone
// must keep its objects so React Flow does not redraw it. Random runs of a user's edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStep, editStarts, editStep } from '../layout/testing/randomEdits.ts';
import type { Plan } from '../model/index.ts';
import { findingsOf } from '../store/findings.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { createPlanToFlow, type PlanEdge, type PlanNode } from './planToFlow.ts';

const none = new Set<string>();
const recordOf = (plan: Plan, id: string) =>
  plan.sites.find((x) => x.id === id) ?? plan.servers.find((x) => x.id === id) ?? plan.clusters.find((x) => x.id === id) ?? plan.infrastructure.find((x) => x.id === id);
const witnessFor = (plan: Plan, id: string) => plan.clusters.filter((c) => c.witness === id).map((c) => c.name).join();
const badgeKey = (plan: Plan, id: string) => (findingsOf(plan).byItem.get(id) ?? []).map((f) => f.severity).sort().join();

describe.each(editStarts)('mapping %s to the canvas edit after edit', (_, start) => {
  it('draws what a fresh mapping draws, and keeps the objects of what did not change', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(editStep, fc.nat({ max: 4 })), { minLength: 1, maxLength: 8 }), (steps) => {
        const toFlow = createPlanToFlow();
        let plan = start();
        let before = toFlow(plan, findingsOf(plan).byItem, none);
        let chosen: ReadonlySet<string> = none;
        steps.forEach(([s, every], i) => {
          const last = plan;
          const lastChosen = chosen;
          plan = applyStep(plan, s, i);
          // Now and then a selection of items and links (every few of them), or none.
          chosen = every ? new Set([...plan.links, ...plan.servers].filter((_, n) => n % (every + 1) === 0).map((x) => x.id)) : none;
          const after = toFlow(plan, findingsOf(plan).byItem, chosen);
          const fresh = createPlanToFlow()(plan, findingsOf(plan).byItem, chosen);
          const what = `after step ${i + 1}: ${JSON.stringify(s)}`;
          expect(after.nodes, what).toEqual(fresh.nodes);
          expect(after.edges, what).toEqual(fresh.edges);
          const oldNodes = new Map<string, PlanNode>(before.nodes.map((n) => [n.id, n]));
          for (const node of after.nodes) {
            const was = resolveLayout(last).byId.get(node.id);
            const same =
              was === resolveLayout(plan).byId.get(node.id) &&
              recordOf(last, node.id) === recordOf(plan, node.id) &&
              badgeKey(last, node.id) === badgeKey(plan, node.id) &&
              witnessFor(last, node.id) === witnessFor(plan, node.id) &&
              lastChosen.has(node.id) === chosen.has(node.id) &&
              node.type !== 'cluster' &&
              !(node.type === 'server' && node.data.server.cluster);
            if (same) expect(node, `${node.id} kept, ${what}`).toBe(oldNodes.get(node.id));
          }
          const oldEdges = new Map<string, PlanEdge>(before.edges.map((e) => [e.id, e]));
          for (const edge of after.edges) {
            const was = oldEdges.get(edge.id);
            if (was && was.data?.route === edge.data?.route && lastChosen.has(edge.id) === chosen.has(edge.id) && was.ariaLabel === edge.ariaLabel && (edge.type === 'witness' || (was.data as { link: unknown }).link === (edge.data as { link: unknown }).link) && badgeKey(last, edge.id) === badgeKey(plan, edge.id))
              expect(edge, `${edge.id} kept, ${what}`).toBe(was);
          }
          before = after;
        });
      }),
      { numRuns: 40 },
    );
  });
});
