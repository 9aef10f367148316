// What every deployment view needs to know about a plan, worked out once: the install order site by
// site, which server is first in the organization, which Hub Transport meets the legacy routing
// group, and which node of each cluster is active. Commands, checklist and diff all read this.
import type { Plan, Server, Site } from '../model/schema.ts';
import type { Finding } from '../rules/types.ts';
import { installOrder, sameOrderInputs, type InstallOrder } from './installOrder.ts';
import { updatedOrder } from './installOrderUpdate.ts';
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
  /** The install order as ids, kept between plans that order the same (see installOrder.ts). */
  order: InstallOrder;
  /** The plan's servers by id. */
  servers: { get(id: string): Server | undefined };
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

export { installRank } from './installOrder.ts';

/**
 * The facts of `plan`. With `previous` (the facts of an earlier plan, same context), the install
 * order is kept when nothing it reads changed (a rename, a move, a core count), and updated from the
 * previous one when one server's roles changed: only the objects and the command values are taken
 * from the new plan.
 */
export function deploymentFacts(plan: Plan, context: DeploymentContext = {}, previous?: DeploymentFacts): DeploymentFacts {
  const kept = previous && sameOrderContext(previous.context, context);
  const order =
    kept && sameOrderInputs(previous.plan, plan) ? previous.order : (kept && updatedOrder(previous.plan, previous.order, plan, context)) || installOrder(plan, context);
  // The same ids at the same places (sameOrderInputs): the index is kept, not built again.
  const servers = { get: (id: string) => plan.servers[order.serverIndex.get(id) ?? -1] };
  const sites = new Map(plan.sites.map((s) => [s.id, s]));
  const subscribedSite = new Map<string, Site>();
  for (const [edge, site] of order.subscribedSiteId) subscribedSite.set(edge, sites.get(site)!);
  return {
    plan,
    context,
    order,
    servers,
    legacyRouting: order.legacyRoutingIds.map((id) => servers.get(id)!),
    earlierVersions: order.earlierVersions,
    groups: order.groups.map((g) => ({ ...g, title: g.siteId === undefined ? UNPLACED : sites.get(g.siteId)!.name })),
    firstServerId: order.firstServerId,
    firstHubId: order.firstHubId,
    bridgehead: order.bridgeheadId === undefined ? undefined : servers.get(order.bridgeheadId),
    setupConnectorId: order.setupConnectorId,
    activeNode: order.activeNode,
    legacyOutlookId: order.legacyOutlookId,
    values: commandValues(plan, context.findings, previous?.values),
    subscribedSite,
  };
}

/** What of the context the install order reads (not the findings, which only the values read). */
const sameOrderContext = (a: DeploymentContext, b: DeploymentContext) =>
  a.organizationExists === b.organizationExists && a.hubTransportExists === b.hubTransportExists && a.mailboxExists === b.mailboxExists;

const UNPLACED = 'Servers not placed in a site';
