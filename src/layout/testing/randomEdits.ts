// Random runs of a user's edits for the property tests that compare the canvas's incremental
// routing and mapping with a fresh computation: moves, servers that grow and shrink (a role added
// or removed), new servers dropped into a site and settled, new and deleted links and items,
// servers moved between sites, renames.
import fc from 'fast-check';
import { addLink, addRole, addServer, moveServerToSite, removeItems, removeRole, renameItem, ROLES, setPosition, type Plan } from '../../model/index.ts';
import { threeSitePlan } from '../../render/testing/threeSitePlan.ts';
import { templateById } from '../../templates/index.ts';
import { resolveLayout } from '../../theme/geometry.ts';
import { settle } from '../settle.ts';

const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

export const editStep = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), dx: fc.integer({ min: -400, max: 400 }), dy: fc.integer({ min: -300, max: 300 }) }),
  fc.record({ kind: fc.constant('grow' as const), at: fc.nat(), role: fc.nat() }),
  fc.record({ kind: fc.constant('shrink' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), dx: fc.integer({ min: 0, max: 600 }), dy: fc.integer({ min: 40, max: 400 }) }),
  fc.record({ kind: fc.constant('link' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('unlink' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('site' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat() }),
);
export type EditStep = typeof editStep extends fc.Arbitrary<infer T> ? T : never;

/** The plan after one step (`n`: the step's number, for new ids and names). */
export function applyStep(plan: Plan, s: EditStep, n: number): Plan {
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
    case 'unlink': {
      const link = pick(plan.links, s.at);
      return link ? removeItems(plan, [link.id]) : plan;
    }
    case 'delete': {
      const b = pick(boxes.filter((x) => x.kind !== 'site'), s.at);
      return b ? settle(plan, removeItems(plan, [b.id])) : plan;
    }
    case 'site': {
      const site = pick(plan.sites, s.to);
      return server && site ? settle(plan, moveServerToSite(plan, server.id, site.id)) : plan;
    }
    case 'rename':
      return server ? renameItem(plan, server.id, `REN${n}`) : plan;
  }
}

/** Plans to start from: Figure 3, and three sites with clusters, SCR and Edge subscriptions. */
export const editStarts: Array<[string, () => Plan]> = [
  ['Figure 3', () => templateById('figure-3')!.plan],
  ['30 servers in 3 sites', threeSitePlan],
];
