// Removing a clustered mailbox server that the target plan no longer has, as Microsoft documents
// it: its mailboxes moved, the server stopped, Setup.com /RemoveCMS on the active node; only then
// are the nodes' Mailbox roles uninstalled, passive nodes first (diff.ts orders the retirements).
import type { Cluster, Plan } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import { clusterGoesAway } from './matching.ts';
import { moveMailboxesOff, ps, target } from './retire.ts';
import { fromMedia, removeCms } from './setup.ts';
import type { DeployStep, ServerChange } from './types.ts';
import { placeholdersOf, psArg, psValue } from './values.ts';
import { nameOf } from '../rules/words.ts';

/** The steps of removing one clustered mailbox server (none for a standby cluster, which has none installed). */
export function removeCmsSteps(cluster: Cluster, facts: DeploymentFacts, prefix: string): DeployStep[] {
  const active = facts.activeNode.get(cluster.id);
  const cms = facts.values.computer('cluster', cluster.id, '<cluster name>');
  const names = placeholdersOf([cms]);
  const steps: DeployStep[] = cluster.standby
    ? []
    : [
        moveMailboxesOff(cluster, 'cluster', facts, `${prefix}/move-mailboxes`, target),
        {
          id: `${prefix}/stop-cms`,
          kind: 'remove-cms',
          ...(active !== undefined ? { serverId: active } : {}),
          title: `Stop the clustered mailbox server ${nameOf(cluster.name)}`,
          reason: 'The clustered mailbox server is stopped before Setup removes it.',
          command: `Stop-ClusteredMailboxServer -Identity ${psValue(cms)} -StopReason ${psArg('Removing the clustered mailbox server')}`,
          shell: ps,
          placeholders: names,
        },
        {
          id: `${prefix}/remove-cms`,
          kind: 'remove-cms',
          ...(active !== undefined ? { serverId: active } : {}),
          title: `Remove the clustered mailbox server ${nameOf(cluster.name)} (on the active node)`,
          reason: `Run on the active node. The Mailbox role leaves the nodes only after this: then uninstall it on each node, passive nodes first. ${fromMedia(facts.plan.exchange.servicePack)}`,
          command: removeCms(cms.text),
          shell: 'cmd',
          placeholders: names,
        },
      ];
  return steps;
}

/**
 * Puts each removal before the first change of any of its nodes (a node rebuilt elsewhere, or
 * retired), so that no node loses its Mailbox role while its clustered mailbox server exists.
 */
export function insertCmsRemovals(
  current: Plan,
  target: Plan,
  facts: DeploymentFacts,
  changes: ServerChange[],
): void {
  for (const cluster of current.clusters) {
    const nodes = current.servers.filter((s) => s.cluster === cluster.id);
    const active = facts.activeNode.get(cluster.id);
    if (cluster.standby || active === undefined || !nodes[0] || !clusterGoesAway(current, nodes[0], target))
      continue;
    const ids = new Set(nodes.map((n) => n.id));
    const at = changes.findIndex((c) => c.currentId !== undefined && ids.has(c.currentId));
    const id = `remove-cms:${cluster.name.toUpperCase()}`;
    changes.splice(at < 0 ? changes.length : at, 0, {
      id,
      kind: 'retire',
      serverName: cluster.name,
      currentId: active,
      addRoles: [],
      removeRoles: [],
      reasons: [],
      summary: `Remove the clustered mailbox server ${nameOf(cluster.name)} (${nodes.map((n) => nameOf(n.name)).join(', ')})`,
      steps: removeCmsSteps(cluster, facts, id),
    });
  }
}
