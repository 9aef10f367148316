// Pure edits: each takes a plan and returns a new one, never touching its input, and keeps every
// reference valid (removing a site unplaces its servers, removing a server drops its links), so
// whatever the canvas does, parsePlan(serializePlan(result)) still succeeds.
import {
  DOMAIN_CONTROLLER_DEFAULTS,
  type Arch,
  PLAN_FORMAT,
  SERVER_DEFAULTS,
  PLAN_VERSION,
  type Cluster,
  type ClusterType,
  type Infrastructure,
  type LegacyMode,
  type Link,
  type Plan,
  type Position,
  type Role,
  type Server,
  type ServicePack,
  type Site,
} from './schema.ts';
import { copyLayout, noteLayoutChange, storedPosition } from './positions.ts';
import { newId, nextComputerName } from './freshNames.ts';

export function emptyPlan(name = 'Untitled plan', servicePack: ServicePack = 'SP1'): Plan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name,
    exchange: { servicePack },
    sites: [],
    servers: [],
    clusters: [],
    infrastructure: [],
    links: [],
  };
}

// Fresh ids and computer names live in freshNames.ts; re-exported here with the edits that use them.
export { allIds, computerNames, newId, nextComputerName, setReplicaIdSuffix } from './freshNames.ts';

/** The layout with one entry set, noted as a change of the plan's (the layout update reads only that entry). */
function withPosition(plan: Plan, itemId: string, position: Position | undefined): Plan['layout'] {
  if (!position) return plan.layout;
  const next = copyLayout(plan.layout);
  next[itemId] = position;
  noteLayoutChange(next, plan.layout, [itemId]);
  return next;
}

// ---- plan-level ----

export interface PlanPatch {
  name?: string;
  organizationName?: string | undefined;
  servicePack?: ServicePack;
  /** undefined: not yet known. */
  legacyMode?: LegacyMode | undefined;
  outlook2003Clients?: boolean;
  activeDirectory?: Plan['activeDirectory'];
}

export function updatePlan(plan: Plan, patch: PlanPatch): Plan {
  const next: Plan = { ...plan };
  if (patch.name !== undefined) next.name = patch.name;
  if ('organizationName' in patch) {
    if (patch.organizationName) next.organizationName = patch.organizationName;
    else delete next.organizationName;
  }
  if (patch.servicePack !== undefined) next.exchange = { ...next.exchange, servicePack: patch.servicePack };
  if ('legacyMode' in patch) {
    const { legacyMode: _, ...rest } = next.exchange;
    next.exchange = patch.legacyMode === undefined ? rest : { ...rest, legacyMode: patch.legacyMode };
  }
  if (patch.outlook2003Clients !== undefined) {
    const { outlook2003Clients: _, ...rest } = next.exchange;
    next.exchange = patch.outlook2003Clients ? { ...rest, outlook2003Clients: true } : rest;
  }
  if ('activeDirectory' in patch) {
    const ad = Object.fromEntries(Object.entries(patch.activeDirectory ?? {}).filter(([, v]) => v !== undefined));
    if (Object.keys(ad).length > 0) next.activeDirectory = ad;
    else delete next.activeDirectory;
  }
  return next;
}

// ---- adding items ----

export function addSite(plan: Plan, site: Site, position?: Position): Plan {
  return { ...plan, sites: [...plan.sites, site], layout: withPosition(plan, site.id, position) };
}

export type ServerDraft = Pick<Server, 'id' | 'name'> & Partial<Server>;

/** A server with every default of plan-format.md filled in. */
export function makeServer(draft: ServerDraft): Server {
  // Every field written in one literal, in one order: servers share one object shape, which keeps
  // property reads in the rule engine fast on plans of thousands of servers.
  return {
    product: draft.product ?? SERVER_DEFAULTS.product,
    roles: draft.roles ?? [],
    os: draft.os ?? SERVER_DEFAULTS.os,
    arch: draft.arch ?? SERVER_DEFAULTS.arch,
    windowsEdition: draft.windowsEdition ?? SERVER_DEFAULTS.windowsEdition,
    exchangeEdition: draft.exchangeEdition ?? SERVER_DEFAULTS.exchangeEdition,
    domainController: draft.domainController ?? SERVER_DEFAULTS.domainController,
    globalCatalog: draft.globalCatalog ?? SERVER_DEFAULTS.globalCatalog,
    lcr: draft.lcr ?? SERVER_DEFAULTS.lcr,
    ...draft,
  };
}

export function addServer(plan: Plan, draft: ServerDraft, position?: Position): Plan {
  return { ...plan, servers: [...plan.servers, makeServer(draft)], layout: withPosition(plan, draft.id, position) };
}

export type InfrastructureDraft =
  | (Pick<Infrastructure, 'id' | 'name'> & { kind: Exclude<Infrastructure['kind'], 'domain-controller'>; site?: string })
  | (Pick<Infrastructure, 'id' | 'name'> & { kind: 'domain-controller'; site?: string; globalCatalog?: boolean; os?: Extract<Infrastructure, { kind: 'domain-controller' }>['os']; readOnly?: boolean; cores?: number; arch?: Arch });

export function makeInfrastructure(draft: InfrastructureDraft): Infrastructure {
  if (draft.kind === 'domain-controller') return { ...DOMAIN_CONTROLLER_DEFAULTS, ...draft };
  return { ...draft };
}

export function addInfrastructure(plan: Plan, draft: InfrastructureDraft, position?: Position): Plan {
  return {
    ...plan,
    infrastructure: [...plan.infrastructure, makeInfrastructure(draft)],
    layout: withPosition(plan, draft.id, position),
  };
}

/** Adds a clustered mailbox server and makes the given servers its nodes. */
export function addCluster(plan: Plan, cluster: Cluster, nodeIds: readonly string[] = [], position?: Position): Plan {
  const nodes = new Set(nodeIds);
  return {
    ...plan,
    clusters: [...plan.clusters, cluster],
    servers: plan.servers.map((s) => (nodes.has(s.id) ? { ...s, cluster: cluster.id } : s)),
    layout: withPosition(plan, cluster.id, position),
  };
}

export function addLink(plan: Plan, link: Link): Plan {
  return { ...plan, links: [...plan.links, link] };
}

// ---- removing ----

/** Removes items of any kind, and everything that would otherwise point at nothing. */
export function removeItems(plan: Plan, ids: Iterable<string>): Plan {
  const gone = new Set(ids);
  if (gone.size === 0) return plan;
  const servers = plan.servers
    .filter((s) => !gone.has(s.id))
    .map((s) => {
      let next = s;
      if (s.site !== undefined && gone.has(s.site)) next = omit(next, 'site');
      if (s.cluster !== undefined && gone.has(s.cluster)) next = omit(next, 'cluster');
      return next;
    });
  const clusters = plan.clusters
    .filter((c) => !gone.has(c.id))
    .map((c) => (c.witness !== undefined && gone.has(c.witness) ? omit(c, 'witness') : c));
  const infrastructure = plan.infrastructure
    .filter((i) => !gone.has(i.id))
    .map((i) => (i.site !== undefined && gone.has(i.site) ? (omit(i, 'site') as Infrastructure) : i));
  const links = plan.links.filter((l) => !gone.has(l.id) && !gone.has(l.from) && !gone.has(l.to));
  const layout = plan.layout && withoutEntries(plan.layout, gone);
  return {
    ...plan,
    sites: plan.sites.filter((s) => !gone.has(s.id)),
    servers,
    clusters,
    infrastructure,
    links,
    ...(layout ? { layout } : {}),
  };
}

/** The layout without the entries of `ids`, noted as a change of `layout`. */
function withoutEntries(layout: NonNullable<Plan['layout']>, ids: ReadonlySet<string>): NonNullable<Plan['layout']> {
  const next = copyLayout(layout);
  const keys = [...ids].filter((id) => Object.hasOwn(next, id));
  for (const id of keys) delete next[id];
  noteLayoutChange(next, layout, keys);
  return next;
}

function omit<T extends object, K extends keyof T>(item: T, key: K): T {
  const copy = { ...item };
  delete copy[key];
  return copy;
}

// ---- roles ----

const ROLE_ORDER: Record<Role, number> = { Mailbox: 0, ClientAccess: 1, HubTransport: 2, UnifiedMessaging: 3, EdgeTransport: 4 };

/** Roles in Setup's usual order, so chips and commands always read the same way. */
export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b]);
}

function mapServer(plan: Plan, serverId: string, change: (s: Server) => Server): Plan {
  let changed = false;
  const servers = plan.servers.map((s) => {
    if (s.id !== serverId) return s;
    const next = change(s);
    if (next !== s) changed = true;
    return next;
  });
  return changed ? { ...plan, servers } : plan;
}

export function addRole(plan: Plan, serverId: string, role: Role): Plan {
  return mapServer(plan, serverId, (s) => (s.roles.includes(role) ? s : { ...s, roles: sortRoles([...s.roles, role]) }));
}

export function removeRole(plan: Plan, serverId: string, role: Role): Plan {
  return mapServer(plan, serverId, (s) => (s.roles.includes(role) ? { ...s, roles: s.roles.filter((r) => r !== role) } : s));
}

export function moveRole(plan: Plan, fromServerId: string, toServerId: string, role: Role): Plan {
  if (fromServerId === toServerId) return plan;
  return addRole(removeRole(plan, fromServerId, role), toServerId, role);
}

// ---- placement ----

/** Re-homes a server into a site (or out of every site, with undefined). */
export function moveServerToSite(plan: Plan, serverId: string, siteId: string | undefined, position?: Position): Plan {
  const next = mapServer(plan, serverId, (s) => {
    if (s.site === siteId) return s;
    return siteId === undefined ? omit(s, 'site') : { ...s, site: siteId };
  });
  return position ? { ...next, layout: withPosition(next, serverId, position) } : next;
}

/** Moves every node of a cluster into a site together. */
export function moveClusterToSite(plan: Plan, clusterId: string, siteId: string | undefined, position?: Position): Plan {
  let next = plan;
  for (const s of plan.servers) if (s.cluster === clusterId) next = moveServerToSite(next, s.id, siteId);
  return position ? { ...next, layout: withPosition(next, clusterId, position) } : next;
}

export function moveInfrastructureToSite(plan: Plan, itemId: string, siteId: string | undefined, position?: Position): Plan {
  const infrastructure = plan.infrastructure.map((i) => {
    if (i.id !== itemId || i.site === siteId) return i;
    return siteId === undefined ? (omit(i, 'site') as Infrastructure) : { ...i, site: siteId };
  });
  const next = { ...plan, infrastructure };
  return position ? { ...next, layout: withPosition(next, itemId, position) } : next;
}

/** Makes a server a node of a cluster (taking the cluster's site), or a standalone server again. */
export function setServerCluster(plan: Plan, serverId: string, clusterId: string | undefined): Plan {
  const clusterSite = clusterId === undefined ? undefined : plan.servers.find((s) => s.cluster === clusterId && s.id !== serverId)?.site;
  return mapServer(plan, serverId, (s) => {
    if (clusterId === undefined) return s.cluster === undefined ? s : omit(s, 'cluster');
    const joined = { ...s, cluster: clusterId };
    return clusterSite !== undefined ? { ...joined, site: clusterSite } : joined;
  });
}

export function setPosition(plan: Plan, itemId: string, position: Position): Plan {
  return { ...plan, layout: withPosition(plan, itemId, position) };
}

export function setPositions(plan: Plan, positions: Readonly<Record<string, Position>>): Plan {
  return { ...plan, layout: { ...plan.layout, ...positions } };
}

// ---- field updates ----

type Patch<T> = { [K in keyof T]?: T[K] | undefined };

function applyPatch<T extends object>(item: T, patch: object): T {
  const next = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

/** Updates a server's fields; undefined clears an optional field. Keeps the GC/DC and legacy rules of the format. */
export function updateServer(plan: Plan, serverId: string, patch: Patch<Omit<Server, 'id'>>): Plan {
  return mapServer(plan, serverId, (s) => {
    const next = applyPatch(s, patch);
    if (patch.globalCatalog === true) next.domainController = true;
    if (patch.domainController === false) next.globalCatalog = false;
    if (next.product === 'exchange2007') delete next.legacyServicePack;
    if (patch.roles) next.roles = sortRoles([...new Set(patch.roles)]);
    return makeServer(next);
  });
}

export function updateCluster(plan: Plan, clusterId: string, patch: Patch<Omit<Cluster, 'id'>>): Plan {
  return { ...plan, clusters: plan.clusters.map((c) => (c.id === clusterId ? applyPatch(c, patch) : c)) };
}

export function updateSite(plan: Plan, siteId: string, patch: Patch<Omit<Site, 'id'>>): Plan {
  return { ...plan, sites: plan.sites.map((s) => (s.id === siteId ? applyPatch(s, patch) : s)) };
}

export function updateInfrastructure(plan: Plan, itemId: string, patch: Record<string, unknown>): Plan {
  return {
    ...plan,
    infrastructure: plan.infrastructure.map((i) => (i.id === itemId ? (applyPatch(i, patch as Patch<typeof i>) as Infrastructure) : i)),
  };
}

export function updateLink(plan: Plan, linkId: string, patch: Patch<Omit<Link, 'id'>>): Plan {
  return { ...plan, links: plan.links.map((l) => (l.id === linkId ? applyPatch(l, patch) : l)) };
}

/** Renames any item (site, server, cluster, infrastructure). */
export function renameItem(plan: Plan, itemId: string, name: string): Plan {
  if (plan.sites.some((s) => s.id === itemId)) return updateSite(plan, itemId, { name });
  if (plan.servers.some((s) => s.id === itemId)) return updateServer(plan, itemId, { name });
  if (plan.clusters.some((c) => c.id === itemId)) return updateCluster(plan, itemId, { name });
  if (plan.infrastructure.some((i) => i.id === itemId)) return updateInfrastructure(plan, itemId, { name });
  return plan;
}

// ---- copy and paste ----

/**
 * Copies servers (with their roles and settings) into the plan under new ids and computer names,
 * offset on the canvas. Cluster membership and links are not copied: a copy is a new computer.
 * Returns the plan and the new ids, in the order given.
 */
export function duplicateServers(
  plan: Plan,
  servers: readonly Server[],
  offset = { x: 32, y: 32 },
  sourceLayout: Plan['layout'] = plan.layout,
): { plan: Plan; ids: string[] } {
  let next = plan;
  const ids: string[] = [];
  for (const source of servers) {
    const id = newId(next, 'server');
    const prefix = source.name.replace(/\d+$/, '').slice(0, 12) || 'EX';
    const name = nextComputerName(next, prefix);
    const copy: Server = { ...omit(source, 'cluster'), id, name };
    if (copy.site !== undefined && !next.sites.some((s) => s.id === copy.site)) delete copy.site;
    const at = storedPosition(sourceLayout, source.id);
    next = {
      ...next,
      servers: [...next.servers, copy],
      layout: at ? withPosition(next, id, { x: at.x + offset.x, y: at.y + offset.y }) : next.layout,
    };
    ids.push(id);
  }
  return { plan: next, ids };
}

export function makeClusterDraft(plan: Plan, type: ClusterType): Cluster {
  return { id: newId(plan, 'cluster'), name: nextComputerName(plan, 'CMS'), type };
}
