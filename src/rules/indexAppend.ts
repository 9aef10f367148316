// The plan index of an edit that added one server at the end of the list and changed nothing else
// that rules read (a palette add, a paste of one server), made from the previous plan's index: the
// new server is appended to the lists it belongs in, instead of a pass over every item. Answers
// exactly as indexPlan(plan) would (property test in indexUpdate.test.ts); a server that something
// already names (a link end, a witness, an id another item has) or a global catalog gets none.
import type { Plan, Role, Server } from '../model/schema.ts';
import { byId, lazy } from './collections.ts';
import { indexFrom } from './indexFrom.ts';
import type { PlanIndex, RoleServers } from './planIndex.ts';
import { nameOf } from './words.ts';

/** Whether the index can take `b` by appending: no other item has its id or names it, and it files nothing but itself. */
function appendable(previous: PlanIndex, plan: Plan, b: Server): boolean {
  const id = b.id;
  const repeated = new Set(b.roles).size !== b.roles.length;
  const catalog = b.site !== undefined && b.domainController && b.globalCatalog;
  if (repeated || catalog || previous.sites.has(id) || previous.clusters.has(id)) return false;
  // Passes over the lists, not the index's maps by id: those are built on first use, for messages.
  if (plan.links.some((l) => l.id === id || l.from === id || l.to === id)) return false;
  if (plan.clusters.some((c) => c.witness === id) || plan.infrastructure.some((i) => i.id === id)) return false;
  return !previous.plan.servers.some((s) => s.id === id);
}

const plus = <T>(list: readonly T[], item: T, add: boolean): readonly T[] => (add ? [...list, item] : list);

/** `plan`'s index with `b` appended to `previous`'s, or undefined when `b` is not one it can append. */
export function appendedIndex(previous: PlanIndex, plan: Plan, b: Server): PlanIndex | undefined {
  if (!appendable(previous, plan, b)) return undefined;
  const exchange = b.product === 'exchange2007';
  const roleCount = { ...previous.roleCount };
  const firstWithRole = { ...previous.firstWithRole };
  if (exchange) for (const role of b.roles) if (roleCount[role]++ === 0) firstWithRole[role] = b;
  const inSites = exchange && b.site !== undefined && b.roles.length > 0;
  const perimeter = b.site !== undefined && previous.sites.get(b.site)?.kind === 'perimeter';
  const at = plan.servers.length - 1;
  const servers = lazy(() => byId(plan.servers));
  const byRole = new Map<Role, readonly Server[]>();
  const withRole = (role: Role) => {
    let list = byRole.get(role);
    if (!list) byRole.set(role, (list = plus(previous.withRole(role), b, b.roles.includes(role))));
    return list;
  };
  const org = lazy(() => {
    const lists = {} as Record<Role, readonly Server[]>;
    for (const role of Object.keys(roleCount) as Role[]) lists[role] = plus(previous.org[role], b, exchange && b.roles.includes(role));
    return lists as RoleServers;
  });
  const siteLists = new Map<Role, readonly Server[]>();
  const inSite = (siteId: string, role: Role) => {
    if (!inSites || siteId !== b.site || !b.roles.includes(role)) return previous.inSite(siteId, role);
    let list = siteLists.get(role);
    if (!list) siteLists.set(role, (list = [...previous.inSite(siteId, role), b]));
    return list;
  };
  return indexFrom(previous, plan, { servers, org }, {
    server: (id) => (id === b.id ? b : previous.server(id)),
    withRole,
    roleCount,
    firstWithRole,
    exchange2007Count: previous.exchange2007Count + (exchange ? 1 : 0),
    // Only the lists the new server joins are copied (a list or two), so they are made at once.
    earlier: plus(previous.earlier, b, !exchange),
    legacy: plus(previous.legacy, b, !exchange && b.product !== 'exchange55'),
    clusterNodes: plus(previous.clusterNodes, b, b.cluster !== undefined),
    unplaced: plus(previous.unplaced, b, b.site === undefined),
    perimeterServers: plus(previous.perimeterServers, b, perimeter),
    inSite,
    exchangeCountInSite: (siteId) => previous.exchangeCountInSite(siteId) + (inSites && siteId === b.site ? 1 : 0),
    nodes: (clusterId) => plus(previous.nodes(clusterId), b, clusterId === b.cluster),
    computerCount: previous.computerCount + 1,
    computerName: (i) => (i <= at ? plan.servers[i]!.name : previous.computerName(i - 1)),
    computer: (i) => {
      if (i > at) return previous.computer(i - 1);
      const s = plan.servers[i]!;
      return { id: s.id, name: s.name, kind: 'server' };
    },
    name: (id) => (id === b.id ? b.name : previous.name(id)),
    named: (id) => (id === b.id ? nameOf(b.name) : previous.named(id)),
  });
}
