// The plan index of an edit that changed one server's roles or name (the inspector's checkboxes,
// a rename, their undo), made from the previous plan's index instead of a pass over every item:
// the edited server takes its old object's place and only the lists its roles are in are found
// again (a server added at the end: indexAppend.ts). Any other edit gets no update (undefined) and the index is built afresh; either way it
// answers exactly as indexPlan(plan) would (property test in indexUpdate.test.ts). Loaded after
// the app's first paint (src/app/later.tsx), outside the first script.
import type { Plan, Role, Server } from '../model/schema.ts';
import { appendedServer, byId, lazy } from './collections.ts';
import { appendedIndex } from './indexAppend.ts';
import { indexFrom } from './indexFrom.ts';
import { LINK_NOUN, type PlanIndex, type RoleServers } from './planIndex.ts';
import { nameOf } from './words.ts';

/** What indexPlan reads besides the servers: the same objects, or no update. */
const SHARED = ['sites', 'clusters', 'infrastructure', 'links', 'exchange'] as const;

/** The one server the edit replaced (old and new), null when none was, undefined when more were. */
function replaced(before: readonly Server[], after: readonly Server[]): [Server, Server] | null | undefined {
  if (before.length !== after.length) return undefined;
  let found: [Server, Server] | null = null;
  for (let i = 0; i < after.length; i++) {
    if (before[i] === after[i]) continue;
    if (found) return undefined;
    found = [before[i]!, after[i]!];
  }
  return found;
}

/** Everything indexPlan files a server under but its roles and name is the same (a global catalog files its name too). */
const sameFiling = (a: Server, b: Server) =>
  a.id === b.id &&
  a.site === b.site &&
  a.cluster === b.cluster &&
  a.product === b.product &&
  a.domainController === b.domainController &&
  a.globalCatalog === b.globalCatalog &&
  !(a.domainController && a.globalCatalog && a.site !== undefined);

const swap = (list: readonly Server[], a: Server, b: Server) =>
  list.includes(a) ? list.map((s) => (s === a ? b : s)) : list;
const has = (s: Server, role: Role) => s.product === 'exchange2007' && s.roles.includes(role);
const inSiteCount = (s: Server) =>
  s.product === 'exchange2007' && s.site !== undefined && s.roles.length > 0 ? 1 : 0;

/**
 * A site's list of a role after `a` (at `at` in the plan) became `b`, which gained or lost the role:
 * without `a`, and with `b` in plan order when it holds the role (the list is in plan order, and
 * every other server in it is where it was), instead of a pass over every server.
 */
function refiled(old: readonly Server[], a: Server, b: Server, role: Role, servers: readonly Server[], at: number): readonly Server[] {
  const rest = old.filter((s) => s !== a);
  if (inSiteCount(b) === 0 || !b.roles.includes(role)) return rest;
  // `rest` is in plan order: one walk of the servers before `at` counts the members among them
  // (an indexOf per member was a pass over the plan each: 9.5 ms for a site of 5,000).
  let i = 0;
  for (let j = 0; j < at && i < rest.length; j++) if (servers[j] === rest[i]) i++;
  return [...rest.slice(0, i), b, ...rest.slice(i)];
}

/** `plan`'s index from `previous` (an earlier plan's index), or undefined when the edit is not one it updates. */
export function updateIndex(previous: PlanIndex, plan: Plan): PlanIndex | undefined {
  const before = previous.plan;
  if (SHARED.some((part) => before[part] !== plan[part])) return undefined;
  const depth = (depths.get(previous) ?? 0) + 1;
  if (depth > MAX_DEPTH) return undefined;
  const edit = replaced(before.servers, plan.servers);
  const added = edit === undefined ? appendedServer(before.servers, plan.servers) : undefined;
  const index = added ? appendedIndex(previous, plan, added) : edit && sameFiling(edit[0], edit[1]) ? updated(previous, plan, edit[0], edit[1]) : undefined;
  if (index) depths.set(index, depth);
  return index;
}

/** How many updates an index is away from one built afresh: each answers through the one before. */
const depths = new WeakMap<PlanIndex, number>();
const MAX_DEPTH = 4;

/** The index with `b` in `a`'s place (every field named: spreading `previous` would run its lazy getters). */
function updated(previous: PlanIndex, plan: Plan, a: Server, b: Server): PlanIndex {
  const at = plan.servers.indexOf(b);
  const roleCount = { ...previous.roleCount };
  const firstWithRole = { ...previous.firstWithRole };
  const moved = new Set<Role>();
  for (const role of Object.keys(roleCount) as Role[]) {
    const delta = (has(b, role) ? 1 : 0) - (has(a, role) ? 1 : 0);
    if (delta !== 0) moved.add(role);
    roleCount[role] += delta;
    const first = firstWithRole[role];
    if (delta > 0 && (!first || at < plan.servers.indexOf(first))) firstWithRole[role] = b;
    else if (delta < 0 && first === a) {
      const next = plan.servers.find((s, i) => i > at && has(s, role));
      if (next) firstWithRole[role] = next;
      else delete firstWithRole[role];
    } else if (first === a) firstWithRole[role] = b;
  }
  const server = (id: string) => (id === b.id ? (previous.server(id) ? b : undefined) : previous.server(id));
  const byRole = new Map<Role, readonly Server[]>();
  const withRole = (role: Role) => {
    let list = byRole.get(role);
    if (!list) byRole.set(role, (list = plan.servers.filter((s) => s.roles.includes(role))));
    return list;
  };
  const org = lazy(() => {
    const lists = {} as Record<Role, readonly Server[]>;
    for (const role of Object.keys(roleCount) as Role[])
      lists[role] = withRole(role).filter((s) => s.product === 'exchange2007');
    return lists as RoleServers;
  });
  // The edited server's site: its role lists found again (in plan order), the rest with b for a.
  const siteLists = new Map<Role, readonly Server[]>();
  const inSite = (siteId: string, role: Role) => {
    const old = previous.inSite(siteId, role);
    if (siteId !== b.site) return old;
    let list = siteLists.get(role);
    if (!list) {
      list = moved.has(role) ? refiled(old, a, b, role, plan.servers, at) : swap(old, a, b);
      siteLists.set(role, list);
    }
    return list;
  };
  const siteDelta = inSiteCount(b) - inSiteCount(a);
  const servers = lazy(() => byId(plan.servers));
  // The server lists with b in a's place, made when a rule first reads them.
  const lists = lazy(() => ({
    earlier: swap(previous.earlier, a, b),
    legacy: swap(previous.legacy, a, b),
    clusterNodes: swap(previous.clusterNodes, a, b),
    unplaced: swap(previous.unplaced, a, b),
    perimeterServers: swap(previous.perimeterServers, a, b),
  }));
  const renamed = a.name !== b.name;
  const linkAtB = (id: string) => (renamed ? previous.linksAt(b.id).find((l) => l.id === id) : undefined);
  // A link's description with b's new name, worded as indexPlan words it.
  const describe = (id: string, name: (item: string) => string, ofItem: (item: string) => string) => {
    const link = linkAtB(id);
    return link ? `${LINK_NOUN[link.kind]} from ${name(link.from)} to ${name(link.to)}` : ofItem(id);
  };
  const name = (id: string): string => (id === b.id ? b.name : describe(id, name, previous.name));
  const named = (id: string): string =>
    id === b.id ? nameOf(b.name) : describe(id, (x) => nameOf(name(x)), previous.named);

  return indexFrom(previous, plan, { servers, org }, {
    server,
    withRole,
    roleCount,
    firstWithRole,
    exchange2007Count: previous.exchange2007Count,
    get earlier() {
      return lists().earlier;
    },
    get legacy() {
      return lists().legacy;
    },
    get clusterNodes() {
      return lists().clusterNodes;
    },
    get unplaced() {
      return lists().unplaced;
    },
    get perimeterServers() {
      return lists().perimeterServers;
    },
    inSite,
    exchangeCountInSite: (siteId) =>
      previous.exchangeCountInSite(siteId) + (siteId === b.site ? siteDelta : 0),
    nodes: (clusterId) =>
      clusterId === b.cluster ? swap(previous.nodes(clusterId), a, b) : previous.nodes(clusterId),
    computerCount: previous.computerCount,
    computerName: (i) => (i < plan.servers.length ? plan.servers[i]!.name : previous.computerName(i)),
    computer: (i) => {
      if (i >= plan.servers.length) return previous.computer(i);
      const s = plan.servers[i]!;
      return { id: s.id, name: s.name, kind: 'server' };
    },
    name,
    named,
  });
}
