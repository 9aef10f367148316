// Everything the rules look up, built once per validation in one pass over the plan: each rule
// then scans only the subset it is about (cluster nodes, Edge servers, one site's Hub Transports)
// with look-ups, so validate() stays linear in the plan's size. Maps over every item cost more
// than the rules themselves on large plans, so servers are keyed by id only where something
// (a witness, a link end) refers to them; full maps are built on first use, by messages and fixes.
import { LINK_KINDS } from '../model/schema.ts';
import { byId, lazy, push } from './collections.ts';
import { computers, type Computers } from './computers.ts';
import { suitableGcOs, type GlobalCatalog } from './globalCatalogs.ts';
import { nameOf } from './words.ts';

export type { GlobalCatalog } from './globalCatalogs.ts';

import type {
  Cluster,
  DomainController,
  Infrastructure,
  Link,
  LinkKind,
  Plan,
  Role,
  Server,
  Site,
} from '../model/schema.ts';

export type { NamedComputer } from './computers.ts';

export type RoleServers = Readonly<Record<Role, readonly Server[]>>;

/** Also the computer-named items (servers, domain controllers, clusters) as one list: see computers.ts. */
export interface PlanIndex extends Computers {
  readonly plan: Plan;
  readonly sites: ReadonlyMap<string, Site>;
  readonly clusters: ReadonlyMap<string, Cluster>;
  /** The server with this id, or undefined (for any id: sites, clusters, unknown). */
  server(id: string): Server | undefined;
  /** Every server by id (built on first use: prefer `server(id)`). */
  readonly servers: ReadonlyMap<string, Server>;
  /** Every infrastructure item by id (built on first use). */
  readonly infrastructure: ReadonlyMap<string, Infrastructure>;
  /** Servers of any product listing a role, in plan order. */
  withRole(role: Role): readonly Server[];
  /** Exchange 2007 servers anywhere (placed or not) by role (built on first use). */
  readonly org: RoleServers;
  /** How many Exchange 2007 servers hold each role, and the first of them. */
  readonly roleCount: Readonly<Record<Role, number>>;
  readonly firstWithRole: Readonly<Partial<Record<Role, Server>>>;
  readonly exchange2007Count: number;
  /** Servers of an earlier version (Exchange 2000, 2003, 5.5). */
  readonly earlier: readonly Server[];
  /** Existing Exchange 2000 and 2003 servers (the ones routing group connectors reach). */
  readonly legacy: readonly Server[];
  /** Servers whose `cluster` is set, in plan order. */
  readonly clusterNodes: readonly Server[];
  readonly unplaced: readonly Server[];
  /** Servers of any product in perimeter sites. */
  readonly perimeterServers: readonly Server[];
  /** Exchange 2007 servers of a site with a role. */
  inSite(siteId: string, role: Role): readonly Server[];
  /** How many Exchange 2007 servers with at least one role a site has. */
  exchangeCountInSite(siteId: string): number;
  globalCatalogs(siteId: string): readonly GlobalCatalog[];
  /** The servers whose `cluster` names this cluster, in plan order. */
  nodes(clusterId: string): readonly Server[];
  ofKind(kind: LinkKind): readonly Link[];
  /** Edge subscription links starting at this server. */
  subscriptionsOf(serverId: string): readonly Link[];
  /** Connection links with this item at either end. */
  connectionsAt(itemId: string): readonly Link[];
  /** Links of any kind with this item at either end (built on first use). */
  linksAt(itemId: string): readonly Link[];
  /** Ids of IP gateways and PBXs, the telephony a Unified Messaging server connects to. */
  readonly telephony: ReadonlySet<string>;
  /** The display name of any item; a link is described by its kind and ends. */
  name(itemId: string): string;
  /** The same, ready for a message: an item's name through nameOf, a link's ends likewise. */
  named(itemId: string): string;
}

const NONE: readonly never[] = Object.freeze([]);

const emptyRoles = (): Record<Role, Server[]> => ({
  Mailbox: [],
  ClientAccess: [],
  HubTransport: [],
  UnifiedMessaging: [],
  EdgeTransport: [],
});

export const LINK_NOUN: Record<LinkKind, string> = {
  'edge-subscription': 'Edge subscription',
  'routing-group-connector': 'routing group connector',
  scr: 'SCR link',
  connection: 'connection',
};

interface SiteServers {
  exchange: number;
  roles: Record<Role, Server[]>;
}

export function indexPlan(plan: Plan): PlanIndex {
  const referenced = new Set<string>();
  for (const c of plan.clusters) if (c.witness !== undefined) referenced.add(c.witness);
  const linksByKind = new Map<LinkKind, Link[]>(LINK_KINDS.map((kind) => [kind, []]));
  const subscriptions = new Map<string, Link[]>();
  const connections = new Map<string, Link[]>();
  for (const link of plan.links) {
    referenced.add(link.from);
    referenced.add(link.to);
    linksByKind.get(link.kind)?.push(link);
    if (link.kind === 'edge-subscription') push(subscriptions, link.from, link);
    if (link.kind !== 'connection') continue;
    push(connections, link.from, link);
    if (link.to !== link.from) push(connections, link.to, link);
  }

  const sites = byId(plan.sites);
  const referencedServers = new Map<string, Server>();
  const roleCount: Record<Role, number> = {
    Mailbox: 0,
    ClientAccess: 0,
    HubTransport: 0,
    UnifiedMessaging: 0,
    EdgeTransport: 0,
  };
  const firstWithRole: Partial<Record<Role, Server>> = {};
  let exchange2007Count = 0;
  const perimeterServers: Server[] = [];
  const bySite = new Map<string, SiteServers>();
  const gcs = new Map<string, GlobalCatalog[]>();
  const nodes = new Map<string, Server[]>();
  const earlier: Server[] = [];
  const legacy: Server[] = [];
  const clusterNodes: Server[] = [];
  const unplaced: Server[] = [];

  for (const server of plan.servers) {
    if (referenced.has(server.id)) referencedServers.set(server.id, server);
    if (server.cluster !== undefined) {
      clusterNodes.push(server);
      push(nodes, server.cluster, server);
    }
    if (server.site === undefined) unplaced.push(server);
    else {
      if (sites.get(server.site)?.kind === 'perimeter') perimeterServers.push(server);
      if (server.domainController && server.globalCatalog)
        push(gcs, server.site, {
          id: server.id,
          name: server.name,
          cores: server.cores,
          suitable: suitableGcOs(server.os, plan.exchange.servicePack),
          arch: server.arch,
        });
    }
    if (server.product !== 'exchange2007') {
      earlier.push(server);
      if (server.product !== 'exchange55') legacy.push(server);
      continue;
    }
    exchange2007Count++;
    for (const role of server.roles) if (roleCount[role]++ === 0) firstWithRole[role] = server;
    if (server.site === undefined || server.roles.length === 0) continue;
    let site = bySite.get(server.site);
    if (!site) bySite.set(server.site, (site = { exchange: 0, roles: emptyRoles() }));
    site.exchange++;
    for (const role of server.roles) site.roles[role].push(server);
  }

  const domainControllers: DomainController[] = [];
  const telephony = new Set<string>();
  for (const item of plan.infrastructure) {
    if (item.kind === 'ip-gateway' || item.kind === 'pbx') telephony.add(item.id);
    if (item.kind !== 'domain-controller') continue;
    domainControllers.push(item);
    if (!item.globalCatalog || item.site === undefined) continue;
    push(gcs, item.site, {
      id: item.id,
      name: item.name,
      cores: item.cores,
      suitable: !item.readOnly && suitableGcOs(item.os, plan.exchange.servicePack),
      arch: item.arch,
    });
  }
  const clusters = byId(plan.clusters);
  const allServers = lazy(() => byId(plan.servers));
  const infrastructure = lazy(() => byId(plan.infrastructure));
  const links = lazy(() => byId(plan.links));
  const linksByEnd = lazy(() => {
    const map = new Map<string, Link[]>();
    for (const l of plan.links) {
      push(map, l.from, l);
      if (l.to !== l.from) push(map, l.to, l);
    }
    return map;
  });
  const server = (id: string) => (referenced.has(id) ? referencedServers.get(id) : allServers().get(id));
  const itemName = (id: string): string =>
    (server(id) ?? clusters.get(id) ?? sites.get(id) ?? infrastructure().get(id))?.name ?? id;
  const org = lazy(() => {
    const lists = emptyRoles();
    for (const s of plan.servers)
      if (s.product === 'exchange2007') for (const role of s.roles) lists[role].push(s);
    return lists;
  });
  const byRole = new Map<Role, Server[]>();
  const withRole = (role: Role) => {
    let list = byRole.get(role);
    if (!list) byRole.set(role, (list = plan.servers.filter((s) => s.roles.includes(role))));
    return list;
  };

  return {
    plan,
    sites,
    clusters,
    server,
    get servers() {
      return allServers();
    },
    get infrastructure() {
      return infrastructure();
    },
    withRole,
    get org() {
      return org();
    },
    roleCount,
    firstWithRole,
    exchange2007Count,
    earlier,
    legacy,
    clusterNodes,
    unplaced,
    perimeterServers,
    inSite: (siteId, role) => bySite.get(siteId)?.roles[role] ?? NONE,
    exchangeCountInSite: (siteId) => bySite.get(siteId)?.exchange ?? 0,
    globalCatalogs: (siteId) => gcs.get(siteId) ?? NONE,
    nodes: (clusterId) => nodes.get(clusterId) ?? NONE,
    ofKind: (kind) => linksByKind.get(kind) ?? NONE,
    subscriptionsOf: (serverId) => subscriptions.get(serverId) ?? NONE,
    connectionsAt: (itemId) => connections.get(itemId) ?? NONE,
    linksAt: (itemId) => linksByEnd().get(itemId) ?? NONE,
    telephony,
    ...computers(plan, domainControllers),
    name: (itemId) => {
      const link = links().get(itemId);
      if (!link) return itemName(itemId);
      return `${LINK_NOUN[link.kind]} from ${itemName(link.from)} to ${itemName(link.to)}`;
    },
    named: (itemId) => {
      const link = links().get(itemId);
      if (!link) return nameOf(itemName(itemId));
      return `${LINK_NOUN[link.kind]} from ${nameOf(itemName(link.from))} to ${nameOf(itemName(link.to))}`;
    },
  };
}
