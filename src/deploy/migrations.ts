// The recipes for changing an installed server. Roles are added or removed in place with the
// Setup.com of the server's bin folder; what Setup cannot do in place (a new cluster, a new site,
// another product or name, Edge to internal) becomes: empty it, uninstall, rebuild, install, refill.
import { listRoles, PRODUCT_LABEL } from '../model/labels.ts';
import type { Role, Server } from '../model/schema.ts';
import { edgeSubscriptionStep } from './coexistence.ts';
import { serverCommandsWith } from './commands.ts';
import type { DeploymentFacts } from './facts.ts';
import { FROM_MEDIA, installStep } from './install.ts';
import { prerequisitesStep } from './prerequisites.ts';
import { fromExchangeBin, PLACEHOLDER, removeCms, setupUninstall } from './setup.ts';
import type { DeployStep, MigrationReason, Placeholder } from './types.ts';

const ps = 'powershell' as const;
const target: Placeholder = { token: PLACEHOLDER.targetDatabase, label: 'a mailbox database on another server' };
const temporary: Placeholder = { token: PLACEHOLDER.temporaryDatabase, label: 'a mailbox database on another server, to hold them meanwhile' };

function moveMailboxesOff(server: Server, id: string, into: Placeholder): DeployStep {
  return {
    id,
    kind: 'move-mailboxes',
    title: `Move the mailboxes off ${server.name}`,
    reason: 'Setup will not remove the Mailbox role (or Exchange 2003) while its databases hold mailboxes; move public folder replicas too, then remove the databases.',
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
      reason: 'A Hub Transport keeps sending to an Edge it is subscribed to; remove the subscription on a Hub Transport server and on the Edge first.',
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
      reason: 'Calls still routed to a server without Unified Messaging fail; point the IP gateways at another UM server first.',
      command: `Set-UMServer -Identity ${server.name} -DialPlans $null`,
      shell: ps,
      placeholders: [],
    });
  return steps;
}

function uninstallStep(server: Server, roles: readonly Role[] | 'all', id: string): DeployStep {
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

/** Roles added and removed on an installed server (or an Edge that subscribes elsewhere). */
export function modifySteps(current: Server, next: Server, add: Role[], remove: Role[], facts: DeploymentFacts, resubscribe: boolean, prefix: string): DeployStep[] {
  const steps: DeployStep[] = [];
  if (add.length > 0) {
    const added = { ...next, roles: add };
    const install = installStep(added, facts);
    steps.push({ ...prerequisitesStep(added, facts), id: `${prefix}/prerequisites` });
    if (install)
      steps.push({
        ...install,
        id: `${prefix}/install`,
        title: `Add ${listRoles(add)} to ${next.name}`,
        reason: `Roles are added to an installed server with the Setup.com in its Exchange bin folder, not the DVD wizard. ${install.reason.replace(FROM_MEDIA, '').trim()}`,
        command: fromExchangeBin(install.command ?? ''),
      });
  }
  if (remove.length > 0) steps.push(...roleRemovalSteps(current, remove, prefix), uninstallStep(current, remove, `${prefix}/uninstall`));
  if (resubscribe) {
    steps.push(...roleRemovalSteps(current, ['EdgeTransport'], prefix));
    steps.push({ ...edgeSubscriptionStep(next, facts), id: `${prefix}/edge-subscription` });
  }
  return steps;
}

/** Retiring a server: empty it, then uninstall (Exchange 2003/2000 leave through Add or Remove Programs). */
export function retireSteps(server: Server, facts: DeploymentFacts, clusterGoes: boolean, prefix: string): DeployStep[] {
  if (server.product !== 'exchange2007') return legacyRemoval(server, prefix);
  const steps = roleRemovalSteps(server, server.roles, prefix);
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  if (cluster && facts.activeNode.get(cluster.id) === server.id) steps.push(clusterHandOver(server, cluster.name, clusterGoes, prefix));
  if (server.roles.length > 0) steps.push(uninstallStep(server, 'all', `${prefix}/uninstall`));
  return steps;
}

function clusterHandOver(server: Server, cmsName: string, clusterGoes: boolean, prefix: string): DeployStep {
  if (clusterGoes)
    return { id: `${prefix}/remove-cms`, kind: 'uninstall', serverId: server.id, title: `Remove the clustered mailbox server ${cmsName}`, reason: 'The Mailbox role leaves a cluster node only after its clustered mailbox server is removed, on the active node.', command: fromExchangeBin(removeCms(cmsName)), shell: 'cmd', placeholders: [] };
  return { id: `${prefix}/move-cms`, kind: 'manual', serverId: server.id, title: `Move ${cmsName} to another node`, reason: `${server.name} runs the clustered mailbox server; move it to a passive node before this node leaves.`, command: `Move-ClusteredMailboxServer -Identity ${cmsName} -TargetMachine ${PLACEHOLDER.passiveNode} -MoveComment "Node leaves the cluster"`, shell: ps, placeholders: [{ token: PLACEHOLDER.passiveNode, label: 'another node of the cluster' }] };
}

function legacyRemoval(server: Server, prefix: string): DeployStep[] {
  return [
    moveMailboxesOff(server, `${prefix}/move-mailboxes`, target),
    {
      id: `${prefix}/legacy-roles`,
      kind: 'manual',
      serverId: server.id,
      title: `Move the remaining duties off ${server.name}`,
      reason: `${PRODUCT_LABEL[server.product]} may still hold data and duties Exchange 2007 servers must take over before it goes.`,
      details: ['Public folder replicas (including the system folders)', 'Offline address book generation', 'Recipient Update Service', 'Routing group connectors that use it (Remove-RoutingGroupConnector)'],
      placeholders: [],
    },
    { id: `${prefix}/uninstall`, kind: 'uninstall', serverId: server.id, title: `Remove ${PRODUCT_LABEL[server.product]} from ${server.name}`, reason: 'Earlier versions are removed with their own setup, in Add or Remove Programs.', details: ['Add or Remove Programs: Microsoft Exchange, Remove'], placeholders: [] },
  ];
}

const REBUILD: Record<MigrationReason, (current: Server, next: Server) => string> = {
  'product-change': () => 'Reinstall Windows Server x64: Exchange 2007 cannot be installed over an earlier version (there is no in-place upgrade).',
  'cluster-conversion': (_c, n) =>
    n.cluster !== undefined ? 'Install Windows Enterprise Edition and join the computer to the failover cluster (Setup cannot cluster an installed Mailbox server).' : 'Evict the computer from its failover cluster and reinstall Windows.',
  'site-move': () => 'Give the computer an IP address in a subnet of its new Active Directory site (or move it there).',
  rename: (c, n) => `Remove ${c.name} from the domain and rebuild it as ${n.name}: Exchange servers cannot be renamed.`,
  'edge-conversion': (_c, n) =>
    n.roles.includes('EdgeTransport') ? 'Take the computer out of the internal forest and move it to the perimeter network.' : 'Join the computer to the internal forest.',
};

/** A change Setup cannot make in place: empty the server, uninstall, rebuild, install the target, refill. */
export interface MigrationInput {
  current: Server;
  next: Server;
  reasons: MigrationReason[];
  currentFacts: DeploymentFacts;
  targetFacts: DeploymentFacts;
  /** The current server's cluster is not in the target plan: remove its clustered mailbox server. */
  clusterGoes: boolean;
}

export function migrateSteps({ current, next, reasons, currentFacts, targetFacts, clusterGoes }: MigrationInput, prefix: string): DeployStep[] {
  const hadMailboxes = current.product !== 'exchange2007' || current.roles.includes('Mailbox');
  const steps: DeployStep[] = [];
  if (hadMailboxes) steps.push(moveMailboxesOff(current, `${prefix}/move-mailboxes`, temporary));
  const rest = current.product === 'exchange2007' ? retireSteps(current, currentFacts, clusterGoes, prefix) : legacyRemoval(current, prefix);
  steps.push(...rest.filter((s) => s.kind !== 'move-mailboxes'));
  steps.push({
    id: `${prefix}/rebuild`,
    kind: 'rebuild',
    serverId: next.id,
    title: `Rebuild ${next.name}`,
    reason: 'Setup cannot make this change on an installed server, so the computer is rebuilt and installed again.',
    details: reasons.map((r) => REBUILD[r](current, next)),
    placeholders: [],
  });
  steps.push(...serverCommandsWith(targetFacts, next.id).map((s) => ({ ...s, id: `${prefix}/${s.id}` })));
  if (hadMailboxes && next.roles.includes('Mailbox')) {
    const home = targetFacts.plan.clusters.find((c) => c.id === next.cluster)?.name ?? next.name;
    steps.push({
      id: `${prefix}/move-mailboxes-back`,
      kind: 'move-mailboxes',
      title: `Move the mailboxes back to ${home}`,
      reason: 'The mailboxes moved off before the rebuild return to their planned server (default database names shown).',
      command: `Get-Mailbox -Database "${PLACEHOLDER.temporaryDatabase}" | Move-Mailbox -TargetDatabase "${home}\\First Storage Group\\Mailbox Database"`,
      shell: ps,
      placeholders: [temporary],
    });
  }
  return steps;
}
