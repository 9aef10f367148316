// The install order of a plan, as ids only: which servers install site by site and in what order,
// and the "first" servers that carry extra switches. It reads only what decides the order (each
// server's id, product, roles, site and cluster; the sites' kinds; clusters on standby; connector
// and subscription links; Outlook 2003 clients), so an edit of anything else (a name, a core
// count, a move) keeps it: `sameOrderInputs` says when, in a pass of identity checks.
import type { Cluster, Link, Plan, Role, Server, Site } from '../model/schema.ts';
import type { DeploymentContext } from './facts.ts';
import { INSTALL_ORDER } from './setup.ts';

export interface OrderGroup {
  /** Site id, or undefined for servers not placed in a site. */
  siteId: string | undefined;
  perimeter: boolean;
  /** Exchange 2007 servers with roles, in install order. */
  serverIds: string[];
}

export interface InstallOrder {
  /** Position of each server id in the plan's list (the last one, for a repeated id). */
  serverIndex: Map<string, number>;
  groups: OrderGroup[];
  legacyRoutingIds: string[];
  earlierVersions: boolean;
  firstServerId: string | undefined;
  firstHubId: string | undefined;
  bridgeheadId: string | undefined;
  setupConnectorId: string | undefined;
  activeNode: Map<string, string>;
  legacyOutlookId: string | undefined;
  /** Edge server id -> the site id its edge-subscription link names. */
  subscribedSiteId: Map<string, string>;
}

const isLegacyRouting = (s: Server) => s.product === 'exchange2003' || s.product === 'exchange2000';
const installable = (s: Server) => s.product === 'exchange2007' && s.roles.length > 0;

/** A server installs at the position of its earliest role in Microsoft's order. */
export function installRank(roles: readonly Role[]): number {
  return Math.min(...roles.map((r) => INSTALL_ORDER.indexOf(r)));
}

export function connectorEnds(link: Link | undefined, servers: { get(id: string): Server | undefined }): { hub: Server; legacy: Server } | undefined {
  const a = link && servers.get(link.from);
  const b = link && servers.get(link.to);
  if (!a || !b) return undefined;
  if (isLegacyRouting(b) && a.product === 'exchange2007' && a.roles.includes('HubTransport')) return { hub: a, legacy: b };
  if (isLegacyRouting(a) && b.product === 'exchange2007' && b.roles.includes('HubTransport')) return { hub: b, legacy: a };
  return undefined;
}

export function installOrder(plan: Plan, context: DeploymentContext): InstallOrder {
  const serverIndex = new Map<string, number>();
  plan.servers.forEach((s, i) => serverIndex.set(s.id, i));
  const servers = new Map<string, Server>();
  for (const [id, i] of serverIndex) servers.set(id, plan.servers[i]!);
  const legacyRouting = plan.servers.filter(isLegacyRouting);
  // A connector's ends are those of the first link with its id (as the plan lists them).
  const firstLink = new Map<string, Link>();
  for (const l of plan.links) if (!firstLink.has(l.id)) firstLink.set(l.id, l);
  const connectors = plan.links
    .filter((l) => l.kind === 'routing-group-connector')
    .map((l) => ({ id: l.id, ends: connectorEnds(firstLink.get(l.id), servers) }));
  // In a mixed organization the Hub that the plan connects to Exchange 2003 goes first, site and all.
  const preferredHub = legacyRouting.length > 0 ? connectors.find((c) => c.ends)?.ends?.hub : undefined;

  // Servers of each site in one pass, each sorted by its earliest role, the preferred Hub first,
  // then plan order (the sort is stable).
  const bySite = new Map<string | undefined, { server: Server; key: number }[]>();
  for (const s of plan.servers) {
    if (!installable(s)) continue;
    const key = installRank(s.roles) * 2 + (s.id === preferredHub?.id ? 0 : 1);
    const list = bySite.get(s.site);
    if (list) list.push({ server: s, key });
    else bySite.set(s.site, [{ server: s, key }]);
  }
  const inOrder = (siteId: string | undefined) => (bySite.get(siteId) ?? []).slice().sort((a, b) => a.key - b.key).map((e) => e.server.id);
  const groups = groupsOf(plan, preferredHub?.site, inOrder);
  const earlierVersions = plan.servers.some((s) => s.product !== 'exchange2007');
  const server = (id: string) => servers.get(id)!;
  return { serverIndex, legacyRoutingIds: legacyRouting.map((s) => s.id), earlierVersions, ...fromGroups(plan, context, groups, server, legacyRouting.length, earlierVersions, connectors) };
}

/** A connector link and the Hub and legacy server at its ends (when it joins one of each). */
export type Connector = { id: string; ends: { hub: Server; legacy: Server } | undefined };

/** The groups in install order: the preferred Hub's site first, then the AD sites, unplaced servers, perimeter sites. */
export function groupsOf(plan: Plan, firstSite: string | undefined, inOrder: (siteId: string | undefined) => string[]): OrderGroup[] {
  const adSites = plan.sites.filter((s) => s.kind === 'ad-site');
  return [
    ...adSites.filter((s) => s.id === firstSite),
    ...adSites.filter((s) => s.id !== firstSite),
    undefined,
    ...plan.sites.filter((s) => s.kind === 'perimeter'),
  ]
    .map((site) => ({ siteId: site?.id, perimeter: site?.kind === 'perimeter', serverIds: inOrder(site?.id) }))
    .filter((g) => g.serverIds.length > 0);
}

/** Everything the order decides beyond its groups: the servers that carry extra switches, each cluster's active node. */
export function fromGroups(
  plan: Plan,
  context: DeploymentContext,
  groups: OrderGroup[],
  server: (id: string) => Server,
  legacyRoutingCount: number,
  earlierVersions: boolean,
  connectors: readonly Connector[],
): Omit<InstallOrder, 'serverIndex' | 'legacyRoutingIds' | 'earlierVersions'> {
  const ordered = groups.flatMap((g) => g.serverIds).map(server);
  const newOrganization = legacyRoutingCount === 0 && !earlierVersions;
  // Edge Transport is outside the forest and never creates the organization.
  const firstInternal = ordered.find((s) => !s.roles.includes('EdgeTransport'));
  const firstServerId = newOrganization && !context.organizationExists ? firstInternal?.id : undefined;

  const needsBridgehead = legacyRoutingCount > 0 && !context.hubTransportExists;
  const firstHub = needsBridgehead ? ordered.find((s) => s.roles.includes('HubTransport')) : undefined;
  const ownConnector = connectors.find((c) => c.ends?.hub.id === firstHub?.id);
  const anyConnector = ownConnector ?? connectors.find((c) => c.ends);

  const standby = new Set(plan.clusters.filter((c) => c.standby).map((c) => c.id));
  const activeNode = new Map<string, string>();
  for (const s of ordered)
    if (s.cluster !== undefined && !standby.has(s.cluster) && !activeNode.has(s.cluster)) activeNode.set(s.cluster, s.id);
  // The first server that will hold a mailbox database: a standby node holds none until activated.
  const firstMailbox = ordered.find(
    (s) => s.roles.includes('Mailbox') && (s.cluster === undefined ? true : activeNode.get(s.cluster) === s.id),
  );

  const siteIds = new Set(plan.sites.map((s) => s.id));
  const subscribedSiteId = new Map<string, string>();
  for (const l of plan.links)
    if (l.kind === 'edge-subscription' && siteIds.has(l.to) && !subscribedSiteId.has(l.from)) subscribedSiteId.set(l.from, l.to);

  return {
    groups,
    firstServerId,
    firstHubId: firstHub?.id,
    bridgeheadId: firstHub ? anyConnector?.ends?.legacy.id : undefined,
    setupConnectorId: firstHub && ownConnector ? ownConnector.id : undefined,
    activeNode,
    legacyOutlookId: plan.exchange.outlook2003Clients && !context.mailboxExists ? firstMailbox?.id : undefined,
    subscribedSiteId,
  };
}

/** Same length, and each pair the same object or equal in what `same` compares. */
function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !same(a[i]!, b[i]!)) return false;
  return true;
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a === b || (a.length === b.length && a.every((r, i) => r === b[i]));
const sameServer = (a: Server, b: Server) =>
  a.id === b.id && a.product === b.product && a.site === b.site && a.cluster === b.cluster && sameRoles(a.roles, b.roles);
const sameSite = (a: Site, b: Site) => a.id === b.id && a.kind === b.kind;
const sameCluster = (a: Cluster, b: Cluster) => a.id === b.id && a.standby === b.standby;
const sameLink = (a: Link, b: Link) => a.id === b.id && a.kind === b.kind && a.from === b.from && a.to === b.to;

/** Whether `next` has the same install order as `prev` (everything `installOrder` reads is equal). */
export function sameOrderInputs(prev: Plan, next: Plan): boolean {
  return (
    prev.exchange.outlook2003Clients === next.exchange.outlook2003Clients &&
    sameList(prev.servers, next.servers, sameServer) &&
    sameList(prev.sites, next.sites, sameSite) &&
    sameList(prev.clusters, next.clusters, sameCluster) &&
    sameList(prev.links, next.links, sameLink)
  );
}
