// Changing an installed server. Roles are added or removed in place with the Setup.com of the
// server's bin folder; what Setup cannot do in place (a new cluster, a new site, another product or
// name, Edge to internal) becomes: empty it, uninstall, rebuild, install the target, refill it.
import { listRoles } from '../model/labels.ts';
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
import { fromExchangeBin, PLACEHOLDER } from './setup.ts';
import type { DeployStep, MigrationReason } from './types.ts';

/** Roles added and removed on an installed server (or an Edge that subscribes elsewhere). */
export function modifySteps(
  current: Server,
  next: Server,
  add: Role[],
  remove: Role[],
  facts: DeploymentFacts,
  resubscribe: boolean,
  prefix: string,
): DeployStep[] {
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
  if (remove.length > 0)
    steps.push(
      ...roleRemovalSteps(current, remove, prefix),
      uninstallStep(current, remove, `${prefix}/uninstall`),
    );
  if (resubscribe) {
    steps.push(...roleRemovalSteps(current, ['EdgeTransport'], prefix));
    steps.push({ ...edgeSubscriptionStep(next, facts), id: `${prefix}/edge-subscription` });
  }
  return steps;
}

const REBUILD: Record<MigrationReason, (current: Server, next: Server) => string> = {
  'product-change': () =>
    'Reinstall Windows Server x64: Exchange 2007 cannot be installed over an earlier version (there is no in-place upgrade).',
  'cluster-conversion': (_c, n) =>
    n.cluster !== undefined
      ? 'Install Windows Enterprise Edition and join the computer to the failover cluster (Setup cannot cluster an installed Mailbox server).'
      : 'Evict the computer from its failover cluster and reinstall Windows.',
  'site-move': () =>
    'Give the computer an IP address in a subnet of its new Active Directory site (or move it there).',
  rename: (c, n) =>
    `Remove ${c.name} from the domain and rebuild it as ${n.name}: Exchange servers cannot be renamed.`,
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
  /** The current server's cluster is not in the target plan (same name and type): remove its clustered mailbox server. */
  clusterGoes: boolean;
}

/** A change Setup cannot make in place: empty the server, uninstall, rebuild, install the target, refill. */
export function migrateSteps(
  { current, next, reasons, currentFacts, targetFacts, clusterGoes }: MigrationInput,
  prefix: string,
): DeployStep[] {
  const hadMailboxes = current.product !== 'exchange2007' || current.roles.includes('Mailbox');
  const steps: DeployStep[] = [];
  if (hadMailboxes) steps.push(moveMailboxesOff(current, `${prefix}/move-mailboxes`, temporary));
  const rest =
    current.product === 'exchange2007'
      ? retireSteps(current, currentFacts, clusterGoes, prefix)
      : legacyRemoval(current, prefix);
  steps.push(...rest.filter((s) => s.kind !== 'move-mailboxes'));
  steps.push({
    id: `${prefix}/rebuild`,
    kind: 'rebuild',
    serverId: next.id,
    title: `Rebuild ${next.name}`,
    reason:
      'Setup cannot make this change on an installed server, so the computer is rebuilt and installed again.',
    details: reasons.map((r) => REBUILD[r](current, next)),
    placeholders: [],
  });
  steps.push(
    ...serverCommandsWith(targetFacts, next.id, true).map((s) => ({ ...s, id: `${prefix}/${s.id}` })),
  );
  if (hadMailboxes && next.roles.includes('Mailbox')) {
    const home = targetFacts.plan.clusters.find((c) => c.id === next.cluster)?.name ?? next.name;
    steps.push({
      id: `${prefix}/move-mailboxes-back`,
      kind: 'move-mailboxes',
      title: `Move the mailboxes back to ${home}`,
      reason:
        'The mailboxes moved off before the rebuild return to their planned server (default database names shown).',
      command: `Get-Mailbox -Database "${PLACEHOLDER.temporaryDatabase}" | Move-Mailbox -TargetDatabase "${home}\\First Storage Group\\Mailbox Database"`,
      shell: ps,
      placeholders: [temporary],
    });
  }
  return steps;
}
