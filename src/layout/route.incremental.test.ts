// The canvas keeps one router for the plan it shows and routes again after every edit, reusing
// what the edit did not touch; the exports route each plan afresh. They must never disagree:
// random runs of edits (moves, growing and shrinking servers, new and deleted items and links,
// servers moved between sites), checked after every step against a fresh router.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLink, addRole, addServer, moveServerToSite, removeItems, removeRole, ROLES, setPosition, type Plan } from '../model/index.ts';
import { threeSitePlan } from '../render/testing/threeSitePlan.ts';
import { templateById } from '../templates/index.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { createRouter } from './route.ts';
import { settle } from './settle.ts';

const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

const step = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), dx: fc.integer({ min: -400, max: 400 }), dy: fc.integer({ min: -300, max: 300 }) }),
  fc.record({ kind: fc.constant('grow' as const), at: fc.nat(), role: fc.nat() }),
  fc.record({ kind: fc.constant('shrink' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), dx: fc.integer({ min: 0, max: 600 }), dy: fc.integer({ min: 40, max: 400 }) }),
  fc.record({ kind: fc.constant('link' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('site' as const), at: fc.nat(), to: fc.nat() }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function apply(plan: Plan, s: Step, n: number): Plan {
  const boxes = resolveLayout(plan).boxes;
  const server = pick(plan.servers, s.kind === 'link' ? s.from : 'at' in s ? s.at : 0);
  switch (s.kind) {
    case 'move': {
      const b = pick(boxes, s.at);
      return b ? settle(plan, setPosition(plan, b.id, { x: b.x + s.dx, y: b.y + s.dy }), { anchors: [b.id] }) : plan;
    }
    case 'grow':
      return server ? settle(plan, addRole(plan, server.id, ROLES[s.role % ROLES.length]!)) : plan;
    case 'shrink':
      return server?.roles[0] ? settle(plan, removeRole(plan, server.id, server.roles[0])) : plan;
    case 'add': {
      const site = pick(plan.sites, s.at);
      const id = `new${n}`;
      return settle(plan, addServer(plan, { id, name: `NEW${n}`, roles: ['Mailbox'], ...(site ? { site: site.id } : {}) }, { x: s.dx, y: s.dy }));
    }
    case 'link': {
      const a = pick(boxes, s.from);
      const b = pick(boxes, s.to);
      return a && b && a.id !== b.id ? addLink(plan, { id: `link${n}`, kind: 'connection', from: a.id, to: b.id }) : plan;
    }
    case 'delete': {
      const b = pick(boxes.filter((x) => x.kind !== 'site'), s.at);
      return b ? settle(plan, removeItems(plan, [b.id])) : plan;
    }
    case 'site': {
      const site = pick(plan.sites, s.to);
      return server && site ? settle(plan, moveServerToSite(plan, server.id, site.id)) : plan;
    }
  }
}

const starts: Array<[string, () => Plan]> = [
  ['Figure 3', () => templateById('figure-3')!.plan],
  ['30 servers in 3 sites', threeSitePlan],
];

describe.each(starts)('routing %s edit after edit', (_, start) => {
  it('gives exactly the routes and labels of a fresh router', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const route = createRouter();
        let plan = start();
        route(plan);
        steps.forEach((s, i) => {
          plan = apply(plan, s, i);
          expect([...route(plan).values()], `after step ${i + 1}: ${JSON.stringify(s)}`).toEqual([...createRouter()(plan).values()]);
        });
      }),
      { numRuns: 60 },
    );
  });
});
