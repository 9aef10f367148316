// Emptying and removing a server: the clean-up Setup expects before a role goes (mailboxes moved,
// the Edge unsubscribed, UM out of its dial plans, the clustered mailbox server removed or moved),
// then Setup.com /mode:Uninstall from the bin folder; earlier versions leave by their own setup.
import { listRoles, PRODUCT_LABEL } from '../model/labels.ts';
import type { Role, Server } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import { fromExchangeBin, PLACEHOLDER, removeCms, setupUninstall } from './setup.ts';
import type { DeployStep, Placeholder } from './types.ts';

export const ps = 'powershell' as const;
const target: Placeholder = {
  token: PLACEHOLDER.targetDatabase,
  label: 'a mailbox database on another server',
};
export const temporary: Placeholder = {
  token: PLACEHOLDER.temporaryDatabase,
  label: 'a mailbox database on another server, to hold them meanwhile',
};

export function moveMailboxesOff(server: Server, id: string, into: Placeholder): DeployStep {
  return {
    id,
    kind: 'move-mailboxes',
    serverId: server.id,
    title: `Move the mailboxes off ${server.name}`,
    reason:
      'Setup will not remove the Mailbox role (or Exchange 2003) while its databases hold mailboxes; move public folder replicas too, then remove the databases.',
    command: `Get-Mailbox -Server ${server.name} | Move-Mailbox -TargetDatabase "${into.token}"`,
    shell: ps,
    placeholders: [into],
  };
}

/** Clean-up Setup expects before a role goes: mailboxes moved, the Edge unsubscribed, UM out of its dial plans. */
export function roleRemovalSteps(server: Server, roles: readonly Role[], prefix: string): DeployStep[] {
  const steps: DeployStep[] = [];
  if (roles.includes('Mailbox')) steps.push(moveMailboxesOff(server, `${prefix}/move-mailboxes`, target));
  if (roles.includes('EdgeTransport'))
    steps.push({
      id: `${prefix}/remove-edge-subscription`,
      kind: 'manual',
      title: `Remove the Edge subscription of ${server.name}`,
      reason:
        'A Hub Transport keeps sending to an Edge it is subscribed to; remove the subscription on a Hub Transport server and on the Edge first.',
      command: `Remove-EdgeSubscription -Identity ${server.name}`,
      shell: ps,
      placeholders: [],
    });
  if (roles.includes('UnifiedMessaging'))
    steps.push({
      id: `${prefix}/um-dial-plans`,
      kind: 'manual',
      serverId: server.id,
      title: `Take ${server.name} out of its UM dial plans`,
      reason:
        'Calls still routed to a server without Unified Messaging fail; point the IP gateways at another UM server first.',
      command: `Set-UMServer -Identity ${server.name} -DialPlans $null`,
      shell: ps,
      placeholders: [],
    });
  return steps;
}

export function uninstallStep(server: Server, roles: readonly Role[] | 'all', id: string): DeployStep {
  const all = roles === 'all' || roles.length === server.roles.length;
  const list = roles === 'all' ? server.roles : roles;
  return {
    id,
    kind: 'uninstall',
    serverId: server.id,
    title: all ? `Uninstall Exchange from ${server.name}` : `Remove ${listRoles(list)} from ${server.name}`,
    reason: all
      ? 'Without /roles Setup removes every role and the Management Tools. On an installed server Setup.com runs from its Exchange bin folder.'
      : 'On an installed server, roles are removed with the Setup.com in its Exchange bin folder, not the DVD wizard; the Management Tools stay.',
    command: fromExchangeBin(setupUninstall(all ? [] : list)),
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
  if (server.product !== 'exchange2007') return legacyRemoval(server, prefix);
  const steps = roleRemovalSteps(server, server.roles, prefix);
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  if (cluster && facts.activeNode.get(cluster.id) === server.id)
    steps.push(clusterHandOver(server, cluster.name, clusterGoes, prefix));
  if (server.roles.length > 0) steps.push(uninstallStep(server, 'all', `${prefix}/uninstall`));
  return steps;
}

function clusterHandOver(server: Server, cmsName: string, clusterGoes: boolean, prefix: string): DeployStep {
  if (clusterGoes)
    return {
      id: `${prefix}/remove-cms`,
      kind: 'uninstall',
      serverId: server.id,
      title: `Remove the clustered mailbox server ${cmsName}`,
      reason:
        'The Mailbox role leaves a cluster node only after its clustered mailbox server is removed, on the active node.',
      command: fromExchangeBin(removeCms(cmsName)),
      shell: 'cmd',
      placeholders: [],
    };
  return {
    id: `${prefix}/move-cms`,
    kind: 'manual',
    serverId: server.id,
    title: `Move ${cmsName} to another node`,
    reason: `${server.name} runs the clustered mailbox server; move it to a passive node before this node leaves.`,
    command: `Move-ClusteredMailboxServer -Identity ${cmsName} -TargetMachine ${PLACEHOLDER.passiveNode} -MoveComment "Node leaves the cluster"`,
    shell: ps,
    placeholders: [{ token: PLACEHOLDER.passiveNode, label: 'another node of the cluster' }],
  };
}

export function legacyRemoval(server: Server, prefix: string): DeployStep[] {
  return [
    moveMailboxesOff(server, `${prefix}/move-mailboxes`, target),
    {
      id: `${prefix}/legacy-roles`,
      kind: 'manual',
      serverId: server.id,
      title: `Move the remaining duties off ${server.name}`,
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
      title: `Remove ${PRODUCT_LABEL[server.product]} from ${server.name}`,
      reason: 'Earlier versions are removed with their own setup, in Add or Remove Programs.',
      details: ['Add or Remove Programs: Microsoft Exchange, Remove'],
      placeholders: [],
    },
  ];
}
