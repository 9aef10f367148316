// Everything the rules look up, built once per validation in one pass over the plan, so that each
// rule is a scan of one list plus map look-ups and validate() stays linear in the plan's size.
import { LINK_KINDS, ROLES } from '../model/schema.ts';
import type { Cluster, Infrastructure, Link, LinkKind, Plan, Role, Server, Site } from '../model/schema.ts';

/** A global catalog of a site: a domain-controller item or a server that is a DC and GC. */
export interface GlobalCatalog {
  id: string;
  name: string;
  cores: number | undefined;
  /** Writable and on Windows Server 2003 SP1 or later, as site-needs-gc asks. */
  suitable: boolean;
}

export type RoleServers = Readonly<Record<Role, readonly Server[]>>;

export interface PlanIndex {
  readonly plan: Plan;
  readonly sites: ReadonlyMap<string, Site>;
  readonly servers: ReadonlyMap<string, Server>;
  readonly clusters: ReadonlyMap<string, Cluster>;
  readonly infrastructure: ReadonlyMap<string, Infrastructure>;
  /** Exchange 2007 servers anywhere (placed or not) by role. */
  readonly org: RoleServers;
  readonly exchange2007: readonly Server[];
  /** Existing Exchange 2000 and 2003 servers (the ones routing group connectors reach). */
  readonly legacy: readonly Server[];
  /** Exchange 2007 servers of a site with a role. */
  inSite(siteId: string, role: Role): readonly Server[];
  /** Exchange 2007 servers of a site with at least one role. */
  exchangeInSite(siteId: string): readonly Server[];
  globalCatalogs(siteId: string): readonly GlobalCatalog[];
  /** The servers whose `cluster` names this cluster, in plan order. */
  nodes(clusterId: string): readonly Server[];
  ofKind(kind: LinkKind): readonly Link[];
  /** Links with this item at either end. */
  linksAt(itemId: string): readonly Link[];
  /** The display name of any item; a link is described by its kind and ends. */
  name(itemId: string): string;
}

const NONE: readonly never[] = Object.freeze([]);
const SUITABLE_DC_OS = new Set(['windows2003', 'windows2008', 'windows2008r2']);

const emptyRoles = (): Record<Role, Server[]> =>
  Object.fromEntries(ROLES.map((role) => [role, [] as Server[]])) as Record<Role, Server[]>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const LINK_NOUN: Record<LinkKind, string> = {
  'edge-subscription': 'Edge subscription',
  'routing-group-connector': 'routing group connector',
  scr: 'SCR link',
  connection: 'connection',
};

export function indexPlan(plan: Plan): PlanIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const sites = byId(plan.sites);
  const servers = byId(plan.servers);
  const clusters = byId(plan.clusters);
  const infrastructure = byId(plan.infrastructure);

  const org = emptyRoles();
  const siteRoles = new Map<string, Record<Role, Server[]>>();
  const siteExchange = new Map<string, Server[]>();
  const gcs = new Map<string, GlobalCatalog[]>();
  const nodes = new Map<string, Server[]>();
  const exchange2007: Server[] = [];
  const legacy: Server[] = [];

  for (const server of plan.servers) {
    if (server.cluster !== undefined) push(nodes, server.cluster, server);
    if (server.site !== undefined && server.domainController && server.globalCatalog)
      push(gcs, server.site, { id: server.id, name: server.name, cores: server.cores, suitable: true });
    if (server.product === 'exchange2003' || server.product === 'exchange2000') legacy.push(server);
    if (server.product !== 'exchange2007') continue;
    exchange2007.push(server);
    for (const role of server.roles) org[role].push(server);
    if (server.site === undefined || server.roles.length === 0) continue;
    push(siteExchange, server.site, server);
    let roles = siteRoles.get(server.site);
    if (!roles) siteRoles.set(server.site, (roles = emptyRoles()));
    for (const role of server.roles) roles[role].push(server);
  }

  for (const item of plan.infrastructure) {
    if (item.kind !== 'domain-controller' || !item.globalCatalog || item.site === undefined) continue;
    const suitable = !item.readOnly && SUITABLE_DC_OS.has(item.os);
    push(gcs, item.site, { id: item.id, name: item.name, cores: item.cores, suitable });
  }

  const linksByKind = new Map<LinkKind, Link[]>(LINK_KINDS.map((kind) => [kind, []]));
  const linksByEnd = new Map<string, Link[]>();
  for (const link of plan.links) {
    linksByKind.get(link.kind)?.push(link);
    push(linksByEnd, link.from, link);
    if (link.to !== link.from) push(linksByEnd, link.to, link);
  }

  const itemName = (itemId: string): string =>
    (servers.get(itemId) ?? clusters.get(itemId) ?? sites.get(itemId) ?? infrastructure.get(itemId))?.name ?? itemId;
  const links = byId(plan.links);

  return {
    plan,
    sites,
    servers,
    clusters,
    infrastructure,
    org,
    exchange2007,
    legacy,
    inSite: (siteId, role) => siteRoles.get(siteId)?.[role] ?? NONE,
    exchangeInSite: (siteId) => siteExchange.get(siteId) ?? NONE,
    globalCatalogs: (siteId) => gcs.get(siteId) ?? NONE,
    nodes: (clusterId) => nodes.get(clusterId) ?? NONE,
    ofKind: (kind) => linksByKind.get(kind) ?? NONE,
    linksAt: (itemId) => linksByEnd.get(itemId) ?? NONE,
    name(itemId) {
      const link = links.get(itemId);
      if (!link) return itemName(itemId);
      return `${LINK_NOUN[link.kind]} from ${itemName(link.from)} to ${itemName(link.to)}`;
    },
  };
}
