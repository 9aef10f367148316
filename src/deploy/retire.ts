// Emptying and removing a server: the clean-up Setup expects before a role goes (mailboxes moved,
// the Edge unsubscribed, UM out of its dial plans, the clustered mailbox server moved to another
// node), then Setup.com /mode:Uninstall from the installation media; earlier versions leave by their
// own setup. A clustered mailbox server that goes is removed first, in the documented order.
import { listRoles, PRODUCT_LABEL } from '../model/labels.ts';
import type { Cluster, Role, Server } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import { fromMedia, PLACEHOLDER, setupUninstall } from './setup.ts';
import type { DeployStep, Placeholder } from './types.ts';
import { placeholdersOf, psArg, psValue } from './values.ts';
import { nameOf } from '../rules/words.ts';

export const ps = 'powershell' as const;
export const target: Placeholder = {
  token: PLACEHOLDER.targetDatabase,
  label: 'a mailbox database on another server',
};
export const temporary: Placeholder = {
  token: PLACEHOLDER.temporaryDatabase,
  label: 'a mailbox database on another server, to hold them meanwhile',
};

/** Moves every mailbox of a server (or a clustered mailbox server: kind 'cluster') into `into`. */
export function moveMailboxesOff(
  holder: Server | Cluster,
  kind: 'server' | 'cluster',
  facts: DeploymentFacts,
  id: string,
  into: Placeholder,
): DeployStep {
  const name = facts.values.computer(kind, holder.id, kind === 'server' ? '<server name>' : '<cluster name>');
  return {
    id,
    kind: 'move-mailboxes',
    ...(kind === 'server' ? { serverId: holder.id } : {}),
    title: `Move the mailboxes off ${nameOf(holder.name)}`,
    reason:
      'Setup will not remove the Mailbox role (or Exchange 2003) while its databases hold mailboxes; move public folder replicas too, then remove the databases.',
    command: `Get-Mailbox -Server ${psValue(name)} | Move-Mailbox -TargetDatabase ${psArg(into.token)}`,
    shell: ps,
    placeholders: [...placeholdersOf([name]), into],
  };
}

/** Clean-up Setup expects before a role goes: mailboxes moved, the Edge unsubscribed, UM out of its dial plans. */
export function roleRemovalSteps(
  server: Server,
  roles: readonly Role[],
  facts: DeploymentFacts,
  prefix: string,
): DeployStep[] {
  const steps: DeployStep[] = [];
  const name = facts.values.computer('server', server.id, '<server name>');
  const names = placeholdersOf([name]);
  const clustered = server.cluster !== undefined;
  if (roles.includes('Mailbox') && !clustered)
    steps.push(moveMailboxesOff(server, 'server', facts, `${prefix}/move-mailboxes`, target));
  if (roles.includes('EdgeTransport'))
    steps.push({
      id: `${prefix}/remove-edge-subscription`,
      kind: 'manual',
      title: `Remove the Edge subscription of ${nameOf(server.name)}`,
      reason:
        'A Hub Transport keeps sending to an Edge it is subscribed to; remove the subscription on a Hub Transport server and on the Edge first.',
      command: `Remove-EdgeSubscription -Identity ${psValue(name)}`,
      shell: ps,
      placeholders: names,
    });
  if (roles.includes('UnifiedMessaging'))
    steps.push({
      id: `${prefix}/um-dial-plans`,
      kind: 'manual',
      serverId: server.id,
      title: `Take ${nameOf(server.name)} out of its UM dial plans`,
      reason:
        'Calls still routed to a server without Unified Messaging fail; point the IP gateways at another UM server first.',
      command: `Set-UMServer -Identity ${psValue(name)} -DialPlans $null`,
      shell: ps,
      placeholders: names,
    });
  return steps;
}

export function uninstallStep(
  server: Server,
  roles: readonly Role[] | 'all',
  facts: DeploymentFacts,
  id: string,
  note = '',
): DeployStep {
  const all = roles === 'all' || roles.length === server.roles.length;
  const list = roles === 'all' ? server.roles : roles;
  const media = fromMedia(facts.plan.exchange.servicePack);
  return {
    id,
    kind: 'uninstall',
    serverId: server.id,
    title: all ? `Uninstall Exchange from ${nameOf(server.name)}` : `Remove ${listRoles(list)} from ${nameOf(server.name)}`,
    reason: [
      all
        ? 'Without /roles Setup removes every role and the Management Tools.'
        : 'On an installed server, roles are removed with Setup.com on the command line (or Add or Remove Programs), never with the Setup wizard; the Management Tools stay.',
      note,
      media,
    ]
      .filter(Boolean)
      .join(' '),
    command: setupUninstall(all ? [] : list),
    shell: 'cmd',
    placeholders: [],
  };
}

/** Retiring a server: empty it, then uninstall (Exchange 2003/2000 leave through Add or Remove Programs). */
export function retireSteps(
  server: Server,
  facts: DeploymentFacts,
  clusterGoes: boolean,
  prefix: string,
): DeployStep[] {
  if (server.product !== 'exchange2007') return legacyRemoval(server, facts, prefix);
  const steps = roleRemovalSteps(server, server.roles, facts, prefix);
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  if (cluster && !clusterGoes && facts.activeNode.get(cluster.id) === server.id)
    steps.push(moveCms(server, cluster, facts, prefix));
  const last =
    cluster && clusterGoes && facts.activeNode.get(cluster.id) === server.id
      ? `The active node is uninstalled last, after the passive nodes of ${nameOf(cluster.name)}.`
      : '';
  if (server.roles.length > 0) steps.push(uninstallStep(server, 'all', facts, `${prefix}/uninstall`, last));
  return steps;
}

function moveCms(server: Server, cluster: Cluster, facts: DeploymentFacts, prefix: string): DeployStep {
  const cms = facts.values.computer('cluster', cluster.id, '<cluster name>');
  return {
    id: `${prefix}/move-cms`,
    kind: 'manual',
    serverId: server.id,
    title: `Move ${nameOf(cluster.name)} to another node`,
    reason: `${nameOf(server.name)} runs the clustered mailbox server; move it to a passive node before this node leaves.`,
    command: `Move-ClusteredMailboxServer -Identity ${psValue(cms)} -TargetMachine ${PLACEHOLDER.passiveNode} -MoveComment ${psArg('Node leaves the cluster')}`,
    shell: ps,
    placeholders: [
      ...placeholdersOf([cms]),
      { token: PLACEHOLDER.passiveNode, label: 'another node of the cluster' },
    ],
  };
}

export function legacyRemoval(server: Server, facts: DeploymentFacts, prefix: string): DeployStep[] {
  return [
    moveMailboxesOff(server, 'server', facts, `${prefix}/move-mailboxes`, target),
    {
      id: `${prefix}/legacy-roles`,
      kind: 'manual',
      serverId: server.id,
      title: `Move the remaining duties off ${nameOf(server.name)}`,
      reason: `${PRODUCT_LABEL[server.product]} may still hold data and duties Exchange 2007 servers must take over before it goes.`,
      details: [
        'Public folder replicas (including the system folders)',
        'Offline address book generation',
        'Recipient Update Service',
        'Routing group connectors that use it (Remove-RoutingGroupConnector)',
      ],
      placeholders: [],
    },
    {
      id: `${prefix}/uninstall`,
      kind: 'uninstall',
      serverId: server.id,
      title: `Remove ${PRODUCT_LABEL[server.product]} from ${nameOf(server.name)}`,
      reason: 'Earlier versions are removed with their own setup, in Add or Remove Programs.',
      details: ['Add or Remove Programs: Microsoft Exchange, Remove'],
      placeholders: [],
    },
  ];
}
