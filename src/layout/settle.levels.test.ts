// Settle keeps the moves of each level in one copy of the layout table and patches the boxes they
// change (settleLevels.ts) instead of resolving the whole layout after each level that moved
// something: the plan it settles must be exactly the one the plain computation gives (a fresh
// resolution after every such level), and the settled plan's layout, resolved as the canvas does
// after the edit, the one a fresh resolution gives. Random runs of a user's edits: new servers
// put anywhere in a site or a cluster (as a palette add does), roles added and removed, items
// moved and deleted, on plans whose sites and items have stored positions and on plans where some have none.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addRole, addServer, removeItems, removeRole, ROLES, setPosition, type Plan } from '../model/index.ts';
import { newLayout } from '../model/positions.ts';
import { threeSitePlan } from '../render/testing/threeSitePlan.ts';
import { enableLayoutUpdates, resolveLayout, resolveLayoutAfresh } from '../theme/geometry.ts';
import { updateLayout } from '../theme/layoutUpdate.ts';
import { forgetTidyContainers, settle, settleStepwise, type SettleHints } from './settle.ts';
import { groupsOf } from './settleLevels.ts';
import { editStarts } from './testing/randomEdits.ts';

const step = fc.record({
  kind: fc.constantFrom('add', 'add', 'node', 'grow', 'shrink', 'move', 'delete'),
  at: fc.nat(),
  fx: fc.double({ min: 0, max: 1, noNaN: true }),
  fy: fc.double({ min: 0, max: 1, noNaN: true }),
  dx: fc.integer({ min: -300, max: 300 }),
  dy: fc.integer({ min: -200, max: 200 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function edited(plan: Plan, s: Step, n: number): [Plan, SettleHints] {
  const layout = resolveLayout(plan);
  const server = plan.servers[s.at % plan.servers.length];
  if (s.kind === 'add' || s.kind === 'node') {
    // A new server put in a site (or in a cluster, as a node) at a point of it, or a little past it.
    const node = s.kind === 'node' ? plan.servers.filter((x) => x.cluster !== undefined)[s.at % plan.servers.length] : undefined;
    const site = plan.sites[s.at % plan.sites.length];
    const home = node ? { cluster: node.cluster!, ...(node.site ? { site: node.site } : {}) } : site ? { site: site.id } : {};
    const box = layout.byId.get(node?.cluster ?? site?.id ?? '');
    const at = { x: Math.round(s.fx * ((box?.width ?? 800) + 100)) - 50, y: Math.round(s.fy * ((box?.height ?? 600) + 100)) - 50 };
    return [addServer(plan, { id: `new${n}`, name: `NEW${n}`, roles: ['Mailbox'], ...home }, at), {}];
  }
  if (s.kind === 'grow' && server) return [addRole(plan, server.id, ROLES[s.at % ROLES.length]!), {}];
  if (s.kind === 'shrink' && server?.roles[0]) return [removeRole(plan, server.id, server.roles[0]), {}];
  const b = layout.boxes[s.at % layout.boxes.length];
  if (!b) return [plan, {}];
  if (s.kind === 'delete') return b.kind === 'site' ? [plan, {}] : [removeItems(plan, [b.id]), {}];
  return [setPosition(plan, b.id, { x: b.x + s.dx, y: b.y + s.dy }), { anchors: [b.id] }];
}

/** The three-site plan with no stored position for its sites and for every third server. */
function unstored(): Plan {
  const p = threeSitePlan();
  const layout = newLayout();
  const dropped = new Set([...p.sites.map((s) => s.id), ...p.servers.filter((_, i) => i % 3 === 0).map((s) => s.id)]);
  for (const [id, at] of Object.entries(p.layout ?? {})) if (!dropped.has(id)) layout[id] = at;
  return { ...p, layout };
}

const starts: Array<[string, () => Plan]> = [...editStarts, ['three sites, some without a stored position', unstored]];

enableLayoutUpdates(updateLayout);
afterEach(() => settleStepwise(false));

describe.each(starts)('settling %s', (_, start) => {
  it('gives the plan the plain computation gives, and a layout equal to a fresh one', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        let plan = start();
        steps.forEach((s, i) => {
          const [next, hints] = edited(plan, s, i);
          settleStepwise(false);
          const kept = settle(plan, next, hints);
          const label = `after step ${i + 1}: ${JSON.stringify(s)}`;
          // Resolved from the edit's own resolution, as the canvas does next: a fresh resolution's boxes.
          expect(resolveLayout(kept).boxes, label).toEqual(resolveLayoutAfresh(kept).boxes);
          forgetTidyContainers();
          settleStepwise(true);
          const plain = settle(plan, next, hints);
          expect(kept.layout, label).toEqual(plain.layout);
          // The edit's boxes by container, as settle found them from the plan before: a walk's.
          const walk = new Map<string | undefined, string[]>();
          for (const b of resolveLayout(next).boxes) walk.set(b.parent, [...(walk.get(b.parent) ?? []), b.id].sort());
          const found = [...groupsOf(resolveLayout(next))].map(([c, list]) => [c, list.map((b) => b.id).sort()] as const);
          expect(new Map(found), label).toEqual(walk);
          expect(kept === next, label).toBe(plain === next);
          plan = kept;
        });
      }),
      { numRuns: 60 },
    );
  });
});
