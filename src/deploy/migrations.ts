// Changing an installed server. Roles are added or removed in place with Setup.com from the
// installation media of the build it runs; a server that changes site is readdressed, not rebuilt;
// what Setup cannot do in place (a new cluster, another operating system, product or name, Edge to
// internal) becomes: empty it, uninstall, rebuild, install the target, refill it.
import { listRoles, OS_LABEL } from '../model/labels.ts';
import type { Role, Server } from '../model/schema.ts';
import { edgeSubscriptionStep } from './coexistence.ts';
import { serverCommandsWith } from './commands.ts';
import type { DeploymentFacts } from './facts.ts';
import { FROM_MEDIA, installStep } from './install.ts';
import { prerequisitesStep } from './prerequisites.ts';
import {
  legacyRemoval,
  moveMailboxesOff,
  ps,
  retireSteps,
  roleRemovalSteps,
  temporary,
  uninstallStep,
} from './retire.ts';
import { fromMedia, PLACEHOLDER } from './setup.ts';
import type { DeployStep, MigrationReason } from './types.ts';
import { placeholdersOf, psArg, psValue } from './values.ts';
import { nameOf } from '../rules/words.ts';

export interface ModifyInput {
  current: Server;
  next: Server;
  add: Role[];
  remove: Role[];
  facts: DeploymentFacts;
  resubscribe: boolean;
  /** The name of the site the server moves into, when it changes site. */
  movesTo: string | undefined;
}

/** Roles added and removed on an installed server, an Edge that subscribes elsewhere, a new site. */
export function modifySteps(
  { current, next, add, remove, facts, resubscribe, movesTo }: ModifyInput,
  prefix: string,
): DeployStep[] {
  const steps: DeployStep[] = [];
  if (movesTo !== undefined) steps.push(readdressStep(next, movesTo, facts, `${prefix}/readdress`));
  if (add.length > 0) {
    const added = { ...next, roles: add };
    const install = installStep(added, facts);
    steps.push({ ...prerequisitesStep(added, facts), id: `${prefix}/prerequisites` });
    if (install)
      steps.push({
        ...install,
        id: `${prefix}/install`,
        title: `Add ${listRoles(add)} to ${nameOf(next.name)}`,
        reason: `Roles are added to an installed server with Setup.com on the command line (or Add or Remove Programs), never with the Setup wizard. ${install.reason.replace(FROM_MEDIA, '').trim()} ${fromMedia(facts.plan.exchange.servicePack)}`,
      });
  }
  if (remove.length > 0)
    steps.push(
      ...roleRemovalSteps(current, remove, facts, prefix),
      uninstallStep(current, remove, facts, `${prefix}/uninstall`),
    );
  if (resubscribe) {
    steps.push(...roleRemovalSteps(current, ['EdgeTransport'], facts, prefix));
    steps.push({ ...edgeSubscriptionStep(next, facts), id: `${prefix}/edge-subscription` });
  }
  return steps;
}

/** A server's site follows its IP subnet: a new address and restarted services, not a rebuild. */
function readdressStep(server: Server, site: string, facts: DeploymentFacts, id: string): DeployStep {
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  const name = facts.values.computer('server', server.id, '<server name>');
  const cms = cluster && facts.values.computer('cluster', cluster.id, '<cluster name>');
  const restart =
    cluster && cms && !cluster.standby
      ? [
          `Stop-ClusteredMailboxServer -Identity ${psValue(cms)} -StopReason ${psArg('Readdressed into a new site')}`,
          `Start-ClusteredMailboxServer -Identity ${psValue(cms)}`,
        ]
      : ["Get-Service MSExchange* | Where-Object { $_.Status -eq 'Running' } | Restart-Service -Force"];
  return {
    id,
    kind: 'readdress',
    serverId: server.id,
    title: `Readdress ${nameOf(server.name)} into ${nameOf(site)}`,
    reason: `A server's Active Directory site follows its IP subnet, so moving it is a new address and restarted Exchange services, not a rebuild.${cluster ? ` Cluster nodes move as a whole cluster: readdress every node of ${nameOf(cluster.name)} and its clustered mailbox server's address together.` : ''}`,
    details: [
      `Give ${nameOf(server.name)} an IP address in a subnet of ${nameOf(site)} (Active Directory Sites and Services lists the site's subnets)`,
      'Register the new address in DNS: ipconfig /registerdns',
    ],
    command: [...restart, `Get-ExchangeServer -Identity ${psValue(name)} | Format-List Name,Site`].join('\n'),
    shell: ps,
    placeholders: placeholdersOf([name, ...(cms ? [cms] : [])]),
  };
}

const REBUILD: Record<MigrationReason, (current: Server, next: Server) => string> = {
  'product-change': () =>
    'Reinstall Windows Server x64: Exchange 2007 cannot be installed over an earlier version (there is no in-place upgrade).',
  'cluster-conversion': (_c, n) =>
    n.cluster !== undefined
      ? 'Install Windows Enterprise Edition and join the computer to the failover cluster (Setup cannot cluster an installed Mailbox server).'
      : 'Evict the computer from its failover cluster and reinstall Windows.',
  'os-change': (_c, n) =>
    `Install ${OS_LABEL[n.os]} x64 on a new computer or as a clean install: Windows is never upgraded in place under Exchange 2007.`,
  rename: (c, n) =>
    `Remove ${nameOf(c.name)} from the domain and rebuild it as ${nameOf(n.name)}: Exchange servers cannot be renamed.`,
  'edge-conversion': (_c, n) =>
    n.roles.includes('EdgeTransport')
      ? 'Take the computer out of the internal forest and move it to the perimeter network.'
      : 'Join the computer to the internal forest.',
};

export interface MigrationInput {
  current: Server;
  next: Server;
  reasons: MigrationReason[];
  currentFacts: DeploymentFacts;
  targetFacts: DeploymentFacts;
  /** The current server's cluster is not in the target plan (same name and type): its clustered mailbox server is removed first. */
  clusterGoes: boolean;
  /** The name of the site the server moves into, when it also changes site. */
  movesTo: string | undefined;
}

/** A change Setup cannot make in place: empty the server, uninstall, rebuild, install the target, refill. */
export function migrateSteps(
  { current, next, reasons, currentFacts, targetFacts, clusterGoes, movesTo }: MigrationInput,
  prefix: string,
): DeployStep[] {
  // A cluster node's mailboxes live in its clustered mailbox server, moved (or removed) as a whole.
  const hadMailboxes =
    current.product !== 'exchange2007' ||
    (current.roles.includes('Mailbox') && current.cluster === undefined);
  const steps: DeployStep[] = [];
  if (hadMailboxes)
    steps.push(moveMailboxesOff(current, 'server', currentFacts, `${prefix}/move-mailboxes`, temporary));
  const rest =
    current.product === 'exchange2007'
      ? retireSteps(current, currentFacts, clusterGoes, prefix)
      : legacyRemoval(current, currentFacts, prefix);
  steps.push(...rest.filter((s) => s.kind !== 'move-mailboxes'));
  const details = reasons.map((r) => REBUILD[r](current, next));
  if (movesTo !== undefined) details.push(`Give the computer an IP address in a subnet of ${movesTo}.`);
  steps.push({
    id: `${prefix}/rebuild`,
    kind: 'rebuild',
    serverId: next.id,
    title: `Rebuild ${nameOf(next.name)}`,
    reason:
      'Setup cannot make this change on an installed server, so the computer is rebuilt and installed again.',
    details,
    placeholders: [],
  });
  steps.push(
    ...serverCommandsWith(targetFacts, next.id, true).map((s) => ({ ...s, id: `${prefix}/${s.id}` })),
  );
  const cluster = targetFacts.plan.clusters.find((c) => c.id === next.cluster);
  if (hadMailboxes && next.roles.includes('Mailbox') && !cluster?.standby) {
    const home = cluster
      ? targetFacts.values.computer('cluster', cluster.id, '<cluster name>')
      : targetFacts.values.computer('server', next.id, '<server name>');
    steps.push({
      id: `${prefix}/move-mailboxes-back`,
      kind: 'move-mailboxes',
      title: `Move the mailboxes back to ${nameOf(cluster?.name ?? next.name)}`,
      reason:
        'The mailboxes moved off before the rebuild return to their planned server (default database names shown).',
      command: `Get-Mailbox -Database ${psArg(PLACEHOLDER.temporaryDatabase)} | Move-Mailbox -TargetDatabase ${psArg(`${home.text}\\First Storage Group\\Mailbox Database`)}`,
      shell: ps,
      placeholders: [temporary, ...placeholdersOf([home])],
    });
  }
  return steps;
}
