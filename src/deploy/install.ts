// The Setup.com install of one server, with the switches only the plan can decide: the new
// organization's name, the legacy bridgehead for the first Hub Transport, and /NewCms on the active
// node of a clustered mailbox server. Unknown values become placeholders the user can fill in.
import { listRoles } from '../model/labels.ts';
import type { Role, Server } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import { inInstallOrder, PLACEHOLDER, setupInstall, type InstallSwitches } from './setup.ts';
import type { DeployStep, Placeholder } from './types.ts';

export const FROM_MEDIA =
  'Run it from the Exchange 2007 installation media; Setup adds the Management Tools with any role.';

function clusterIndex(facts: DeploymentFacts, clusterId: string): number {
  return facts.plan.clusters.findIndex((c) => c.id === clusterId);
}

function orderNote(roles: readonly Role[], server: Server): string {
  if (roles.includes('EdgeTransport')) {
    const store = server.os === 'windows2008' || server.os === 'windows2008r2' ? 'AD LDS' : 'ADAM';
    return `Edge Transport goes in after ${store} (see its prerequisites), outside the internal forest, once a Hub Transport exists to subscribe it to.`;
  }
  return roles.length > 1
    ? ''
    : `In its site, ${listRoles(roles)} follows Microsoft's order: Client Access, Hub Transport, Mailbox, Unified Messaging.`;
}

function clusterInstall(server: Server, facts: DeploymentFacts): DeployStep | undefined {
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  if (!cluster) return undefined;
  const base = {
    id: `install:${server.id}`,
    kind: 'install' as const,
    serverId: server.id,
    shell: 'cmd' as const,
  };
  const others = server.roles.filter((r) => r !== 'Mailbox');
  const extra =
    others.length > 0 ? ` Only Mailbox can be clustered, so ${listRoles(others)} is left out.` : '';
  if (facts.activeNode.get(cluster.id) !== server.id) {
    return {
      ...base,
      title: `Install ${server.name} as a passive node of ${cluster.name}`,
      reason: `A passive node gets the Mailbox role alone; it joins the clustered mailbox server ${cluster.name} that the active node created.${extra}`,
      command: setupInstall(['Mailbox']),
      placeholders: [],
    };
  }
  const index = clusterIndex(facts, cluster.id);
  const placeholders: Placeholder[] = [];
  const ipAddress = cluster.ipAddress ?? PLACEHOLDER.cmsIpAddress;
  if (cluster.ipAddress === undefined)
    placeholders.push({
      token: PLACEHOLDER.cmsIpAddress,
      label: 'CMS IP address',
      field: `clusters[${index}].ipAddress`,
      itemId: cluster.id,
    });
  const cms: NonNullable<InstallSwitches['newCms']> = { name: cluster.name, ipAddress };
  if (cluster.type === 'SCC') {
    cms.sharedStorage = { dataPath: cluster.dataPath ?? PLACEHOLDER.cmsDataPath };
    if (cluster.dataPath === undefined)
      placeholders.push({
        token: PLACEHOLDER.cmsDataPath,
        label: 'CMS data path',
        field: `clusters[${index}].dataPath`,
        itemId: cluster.id,
      });
  }
  const storage =
    cluster.type === 'SCC'
      ? ' /CMSSharedStorage and /CMSDataPath put the databases on the shared disks.'
      : '';
  return {
    ...base,
    title: `Install the clustered mailbox server ${cluster.name} on ${server.name} (active node)`,
    reason: `The active node creates the ${cluster.type} clustered mailbox server ${cluster.name} with /NewCms, its network name and IP address.${storage} ${FROM_MEDIA}${extra}`,
    command: setupInstall(['Mailbox'], { newCms: cms }),
    placeholders,
  };
}

/** The Setup.com install step of one Exchange 2007 server (undefined for servers with no roles). */
export function installStep(server: Server, facts: DeploymentFacts): DeployStep | undefined {
  if (server.product !== 'exchange2007' || server.roles.length === 0) return undefined;
  if (server.cluster !== undefined) {
    const clustered = clusterInstall(server, facts);
    if (clustered) return clustered;
  }
  const roles = inInstallOrder(server.roles);
  const switches: InstallSwitches = {};
  const placeholders: Placeholder[] = [];
  const notes: string[] = [];
  if (server.id === facts.firstServerId && !facts.context.adPreparedSeparately) {
    switches.organizationName = facts.plan.organizationName ?? PLACEHOLDER.organizationName;
    if (facts.plan.organizationName === undefined)
      placeholders.push({
        token: PLACEHOLDER.organizationName,
        label: 'organization name',
        field: 'organizationName',
      });
    notes.push('As the first server of a new organization, it names the organization (/OrganizationName).');
  }
  if (server.id === facts.firstHubId) {
    switches.legacyRoutingServer = facts.bridgehead?.name ?? PLACEHOLDER.legacyBridgehead;
    if (!facts.bridgehead)
      placeholders.push({
        token: PLACEHOLDER.legacyBridgehead,
        label: 'legacy bridgehead (an Exchange 2003 or 2000 server)',
        field: 'links',
        itemId: server.id,
      });
    notes.push(
      'As the first Hub Transport in an organization with Exchange 2003 or 2000, it needs /LegacyRoutingServer: Setup then creates the routing group connector, without which mail does not flow between the versions.',
    );
  }
  const order = orderNote(roles, server);
  return {
    id: `install:${server.id}`,
    kind: 'install',
    title: `Install ${listRoles(roles)} on ${server.name}`,
    serverId: server.id,
    reason: [...notes, order, FROM_MEDIA].filter(Boolean).join(' '),
    command: setupInstall(roles, switches),
    shell: 'cmd',
    placeholders,
  };
}
