// What every deployment view needs to know about a plan, worked out once: the install order site by
// site, which server is first in the organization, which Hub Transport meets the legacy routing
// group, and which node of each cluster is active. Commands, checklist and diff all read this.
import type { Plan, Role, Server, Site } from '../model/schema.ts';
import type { Finding } from '../rules/types.ts';
import { INSTALL_ORDER } from './setup.ts';
import { commandValues, type CommandValues } from './values.ts';

/** What is already installed, when the plan is not a fresh deployment (a diff's current plan). */
export interface DeploymentContext {
  /** The Exchange organization already exists: no /OrganizationName. */
  organizationExists?: boolean;
  /** An Exchange 2007 Hub Transport already exists: Setup made the legacy connector then. */
  hubTransportExists?: boolean;
  /** /PrepareAD runs as its own step and names the organization there (the checklist). */
  adPreparedSeparately?: boolean;
  /** An Exchange 2007 Mailbox server already exists: the public folder database is there. */
  mailboxExists?: boolean;
  /** The plan's findings, when the caller has them (the app): values with an error are not printed. */
  findings?: readonly Finding[];
}

export interface InstallGroup {
  /** Site id, or undefined for servers not placed in a site. */
  siteId: string | undefined;
  title: string;
  perimeter: boolean;
  /** Exchange 2007 servers with roles, in install order. */
  serverIds: string[];
}

export interface DeploymentFacts {
  plan: Plan;
  context: DeploymentContext;
  servers: Map<string, Server>;
  /** Exchange 2000 or 2003 servers: the ones routing group connectors and link state concern. */
  legacyRouting: Server[];
  /** Any server of an earlier version (/PrepareLegacyExchangePermissions). */
  earlierVersions: boolean;
  groups: InstallGroup[];
  /** The server whose install names a new organization (/OrganizationName). */
  firstServerId: string | undefined;
  /** The Hub Transport installed with /LegacyRoutingServer. */
  firstHubId: string | undefined;
  /** The legacy end of the first Hub's routing group connector. */
  bridgehead: Server | undefined;
  /** The routing group connector link Setup itself creates with /LegacyRoutingServer. */
  setupConnectorId: string | undefined;
  /** clusterId -> the node that runs Setup with /NewCms (none for a standby cluster). */
  activeNode: Map<string, string>;
  /** The Mailbox server installed with /EnableLegacyOutlook (Outlook 2003 or earlier clients remain). */
  legacyOutlookId: string | undefined;
  /** Every value a command prints goes through here: see values.ts. */
  values: CommandValues;
  /** Edge server id -> the site its edge-subscription link names. */
  subscribedSite: Map<string, Site>;
}

const isLegacyRouting = (s: Server) => s.product === 'exchange2003' || s.product === 'exchange2000';
const installable = (s: Server) => s.product === 'exchange2007' && s.roles.length > 0;

/** A server installs at the position of its earliest role in Microsoft's order. */
export function installRank(roles: readonly Role[]): number {
  return Math.min(...roles.map((r) => INSTALL_ORDER.indexOf(r)));
}

function connectorEnds(
  plan: Plan,
  servers: Map<string, Server>,
  linkId: string,
): { hub: Server; legacy: Server } | undefined {
  const link = plan.links.find((l) => l.id === linkId);
  const a = link && servers.get(link.from);
  const b = link && servers.get(link.to);
  if (!a || !b) return undefined;
  if (isLegacyRouting(b) && a.product === 'exchange2007' && a.roles.includes('HubTransport'))
    return { hub: a, legacy: b };
  if (isLegacyRouting(a) && b.product === 'exchange2007' && b.roles.includes('HubTransport'))
    return { hub: b, legacy: a };
  return undefined;
}

export function deploymentFacts(plan: Plan, context: DeploymentContext = {}): DeploymentFacts {
  const servers = new Map(plan.servers.map((s) => [s.id, s]));
  const legacyRouting = plan.servers.filter(isLegacyRouting);
  const connectors = plan.links
    .filter((l) => l.kind === 'routing-group-connector')
    .map((l) => ({ id: l.id, ends: connectorEnds(plan, servers, l.id) }));
  // In a mixed organization the Hub that the plan connects to Exchange 2003 goes first, site and all.
  const preferredHub = legacyRouting.length > 0 ? connectors.find((c) => c.ends)?.ends?.hub : undefined;

  // Each server's sort key worked out once (per comparison, it was most of the facts' time).
  const keys = new Map<Server, number[]>();
  plan.servers.forEach((s, i) => keys.set(s, [installRank(s.roles), s.id === preferredHub?.id ? 0 : 1, i]));
  const inOrder = (list: Server[]) =>
    [...list].sort((a, b) => {
      const [ka, kb] = [keys.get(a)!, keys.get(b)!];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] ?? 0) - (kb[i] ?? 0);
      return 0;
    });

  const toInstall = plan.servers.filter(installable);
  const adSites = plan.sites.filter((s) => s.kind === 'ad-site');
  const firstSite = preferredHub?.site;
  const orderedAd = [
    ...adSites.filter((s) => s.id === firstSite),
    ...adSites.filter((s) => s.id !== firstSite),
  ];
  const groups: InstallGroup[] = [
    ...orderedAd.map((site) => ({ siteId: site.id, title: site.name, perimeter: false })),
    { siteId: undefined, title: 'Servers not placed in a site', perimeter: false },
    ...plan.sites
      .filter((s) => s.kind === 'perimeter')
      .map((site) => ({ siteId: site.id, title: site.name, perimeter: true })),
  ]
    .map((g) => ({ ...g, serverIds: inOrder(toInstall.filter((s) => s.site === g.siteId)).map((s) => s.id) }))
    .filter((g) => g.serverIds.length > 0);

  const ordered = groups.flatMap((g) => g.serverIds).map((id) => servers.get(id) as Server);
  const newOrganization =
    legacyRouting.length === 0 && !plan.servers.some((s) => s.product !== 'exchange2007');
  // Edge Transport is outside the forest and never creates the organization.
  const firstInternal = ordered.find((s) => !s.roles.includes('EdgeTransport'));
  const firstServerId = newOrganization && !context.organizationExists ? firstInternal?.id : undefined;

  const needsBridgehead = legacyRouting.length > 0 && !context.hubTransportExists;
  const firstHub = needsBridgehead ? ordered.find((s) => s.roles.includes('HubTransport')) : undefined;
  const ownConnector = connectors.find((c) => c.ends?.hub.id === firstHub?.id);
  const anyConnector = ownConnector ?? connectors.find((c) => c.ends);
  const bridgehead = firstHub ? anyConnector?.ends?.legacy : undefined;

  const standby = new Set(plan.clusters.filter((c) => c.standby).map((c) => c.id));
  const activeNode = new Map<string, string>();
  for (const s of ordered)
    if (s.cluster !== undefined && !standby.has(s.cluster) && !activeNode.has(s.cluster))
      activeNode.set(s.cluster, s.id);
  // The first server that will hold a mailbox database: a standby node holds none until activated.
  const firstMailbox = ordered.find(
    (s) =>
      s.roles.includes('Mailbox') && (s.cluster === undefined ? true : activeNode.get(s.cluster) === s.id),
  );
  const legacyOutlook =
    plan.exchange.outlook2003Clients && !context.mailboxExists ? firstMailbox?.id : undefined;

  const sites = new Map(plan.sites.map((s) => [s.id, s]));
  const subscribedSite = new Map<string, Site>();
  for (const l of plan.links) {
    const site = sites.get(l.to);
    if (l.kind === 'edge-subscription' && site && !subscribedSite.has(l.from))
      subscribedSite.set(l.from, site);
  }

  return {
    plan,
    context,
    servers,
    legacyRouting,
    earlierVersions: plan.servers.some((s) => s.product !== 'exchange2007'),
    groups,
    firstServerId,
    firstHubId: firstHub?.id,
    bridgehead,
    setupConnectorId: firstHub && ownConnector ? ownConnector.id : undefined,
    activeNode,
    legacyOutlookId: legacyOutlook,
    values: commandValues(plan, context.findings),
    subscribedSite,
  };
}
