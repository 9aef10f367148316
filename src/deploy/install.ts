// The Setup.com install of one server, with the switches only the plan can decide: the new
// organization's name, the legacy bridgehead for the first Hub Transport, /EnableLegacyOutlook for
// the first Mailbox server, and /NewCms on the active node of a clustered mailbox server (a standby
// cluster's nodes install Mailbox passive). Unknown or unsafe values become placeholders.
import { listRoles } from '../model/labels.ts';
import type { Cluster, Role, Server } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import {
  inInstallOrder,
  PLACEHOLDER,
  setupInstall,
  type CmsSwitches,
  type InstallSwitches,
} from './setup.ts';
import type { DeployStep } from './types.ts';
import { placeholdersOf, type Printed } from './values.ts';
import { nameOf } from '../rules/words.ts';

export const FROM_MEDIA =
  'Run it from the Exchange 2007 installation media; Setup adds the Management Tools with any role.';

export const isWindows2008 = (s: Server | undefined) => s?.os === 'windows2008' || s?.os === 'windows2008r2';

function orderNote(roles: readonly Role[], server: Server): string {
  if (roles.includes('EdgeTransport')) {
    const store = isWindows2008(server) ? 'AD LDS' : 'ADAM';
    return `Edge Transport goes in after ${store} (see its prerequisites), outside the internal forest, once a Hub Transport exists to subscribe it to.`;
  }
  return roles.length > 1
    ? ''
    : `In its site, ${listRoles(roles)} follows Microsoft's order: Client Access, Hub Transport, Mailbox, Unified Messaging.`;
}

/** The CMS name and address for /NewCms or /RecoverCMS on `node`, with placeholders for what is missing. */
export function cmsSwitches(
  cluster: Cluster,
  node: Server,
  facts: DeploymentFacts,
): { cms: CmsSwitches; printed: Printed[] } {
  const index = facts.plan.clusters.findIndex((c) => c.id === cluster.id);
  const name = facts.values.computer('cluster', cluster.id, '<cluster name>');
  const ip: Printed =
    cluster.ipAddress !== undefined
      ? { text: cluster.ipAddress }
      : {
          text: PLACEHOLDER.cmsIpAddress,
          placeholder: {
            token: PLACEHOLDER.cmsIpAddress,
            label: 'CMS IP address',
            field: `clusters[${index}].ipAddress`,
            itemId: cluster.id,
          },
        };
  return {
    cms: { name: name.text, ipAddress: ip.text, windows2008: isWindows2008(node) },
    printed: [name, ip],
  };
}

const LEGACY_OUTLOOK =
  'Outlook 2003 or earlier clients remain, so the first Mailbox server is installed with /EnableLegacyOutlook: Setup then creates the public folder database they need.';

function clusterInstall(server: Server, cluster: Cluster, facts: DeploymentFacts): DeployStep {
  const base = {
    id: `install:${server.id}`,
    kind: 'install' as const,
    serverId: server.id,
    shell: 'cmd' as const,
  };
  const others = server.roles.filter((r) => r !== 'Mailbox');
  const extra =
    others.length > 0 ? ` Only Mailbox can be clustered, so ${listRoles(others)} is left out.` : '';
  if (cluster.standby)
    return {
      ...base,
      title: `Install ${nameOf(server.name)} as a passive node of the standby cluster ${nameOf(cluster.name)}`,
      reason: `A standby cluster's nodes get the Mailbox role passive, with no clustered mailbox server (never /NewCms): the node is an SCR target, and ${nameOf(cluster.name)} is created here only by /RecoverCMS after a site loss.${extra} ${FROM_MEDIA}`,
      command: setupInstall(['Mailbox']),
      placeholders: [],
    };
  if (facts.activeNode.get(cluster.id) !== server.id)
    return {
      ...base,
      title: `Install ${nameOf(server.name)} as a passive node of ${nameOf(cluster.name)}`,
      reason: `A passive node gets the Mailbox role alone; it joins the clustered mailbox server ${nameOf(cluster.name)} that the active node created.${extra}`,
      command: setupInstall(['Mailbox']),
      placeholders: [],
    };
  const { cms, printed } = cmsSwitches(cluster, server, facts);
  const switches: NonNullable<InstallSwitches['newCms']> = { ...cms };
  if (cluster.type === 'SCC') {
    const path: Printed = facts.values.dataPath(cluster) ?? {
      text: PLACEHOLDER.cmsDataPath,
      placeholder: {
        token: PLACEHOLDER.cmsDataPath,
        label: 'CMS data path',
        field: `clusters[${facts.plan.clusters.indexOf(cluster)}].dataPath`,
        itemId: cluster.id,
      },
    };
    switches.sharedStorage = { dataPath: path.text };
    printed.push(path);
  }
  const storage =
    cluster.type === 'SCC'
      ? ' /CMSSharedStorage and /CMSDataPath put the databases on the shared disks.'
      : '';
  const address = cms.windows2008
    ? ' On Windows Server 2008 the address goes in /CMSIPv4Addresses (one per subnet).'
    : '';
  const legacyOutlook = facts.legacyOutlookId === server.id;
  return {
    ...base,
    title: `Install the clustered mailbox server ${nameOf(cluster.name)} on ${nameOf(server.name)} (active node)`,
    reason: [
      `The active node creates the ${cluster.type} clustered mailbox server ${nameOf(cluster.name)} with /NewCms, its network name and IP address.${address}${storage}`,
      legacyOutlook ? LEGACY_OUTLOOK : '',
      `${FROM_MEDIA}${extra}`,
    ]
      .filter(Boolean)
      .join(' '),
    command: setupInstall(['Mailbox'], { newCms: switches, enableLegacyOutlook: legacyOutlook }),
    placeholders: placeholdersOf(printed),
  };
}

/** The Setup.com install step of one Exchange 2007 server (undefined for servers with no roles). */
export function installStep(server: Server, facts: DeploymentFacts): DeployStep | undefined {
  if (server.product !== 'exchange2007' || server.roles.length === 0) return undefined;
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  if (cluster) return clusterInstall(server, cluster, facts);
  const roles = inInstallOrder(server.roles);
  const switches: InstallSwitches = {};
  const printed: Printed[] = [];
  const notes: string[] = [];
  if (server.id === facts.firstServerId && !facts.context.adPreparedSeparately) {
    const name = facts.values.organization() ?? {
      text: PLACEHOLDER.organizationName,
      placeholder: {
        token: PLACEHOLDER.organizationName,
        label: 'organization name',
        field: 'organizationName',
      },
    };
    switches.organizationName = name.text;
    printed.push(name);
    notes.push('As the first server of a new organization, it names the organization (/OrganizationName).');
  }
  if (server.id === facts.firstHubId) {
    const bridgehead: Printed = facts.bridgehead
      ? facts.values.computer('server', facts.bridgehead.id, PLACEHOLDER.legacyBridgehead)
      : {
          text: PLACEHOLDER.legacyBridgehead,
          placeholder: {
            token: PLACEHOLDER.legacyBridgehead,
            label: 'legacy bridgehead (an Exchange 2003 or 2000 server)',
            field: 'links',
            itemId: server.id,
          },
        };
    switches.legacyRoutingServer = bridgehead.text;
    printed.push(bridgehead);
    notes.push(
      'As the first Hub Transport in an organization with Exchange 2003 or 2000, it needs /LegacyRoutingServer: Setup then creates the routing group connector, without which mail does not flow between the versions.',
    );
  }
  if (server.id === facts.legacyOutlookId) {
    switches.enableLegacyOutlook = true;
    notes.push(LEGACY_OUTLOOK);
  }
  return {
    id: `install:${server.id}`,
    kind: 'install',
    title: `Install ${listRoles(roles)} on ${nameOf(server.name)}`,
    serverId: server.id,
    reason: [...notes, orderNote(roles, server), FROM_MEDIA].filter(Boolean).join(' '),
    command: setupInstall(roles, switches),
    shell: 'cmd',
    placeholders: placeholdersOf(printed),
  };
}
