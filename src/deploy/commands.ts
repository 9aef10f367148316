// One server's commands, in the order they run on (or for) that computer: what the UI shows for
// the selected server, and what the checklist strings together site by site.
import type { Plan, Server } from '../model/schema.ts';
import { clusterSteps, leadNode, recoveryStep } from './clusters.ts';
import { connectorSteps, edgeSubscriptionStep, linkStateSteps } from './coexistence.ts';
import { deploymentFacts, type DeploymentContext, type DeploymentFacts } from './facts.ts';
import { installStep } from './install.ts';
import { prerequisitesStep } from './prerequisites.ts';
import type { DeployStep } from './types.ts';

/**
 * The install of one server as the checklist runs it: for the active node of a cluster, the cluster
 * and its witness first; for an Edge Transport, its subscription after.
 */
export function installSequence(server: Server, facts: DeploymentFacts): DeployStep[] {
  const install = installStep(server, facts);
  if (!install) return [];
  const steps: DeployStep[] = [];
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  if (cluster && leadNode(cluster, facts)?.id === server.id) steps.push(...clusterSteps(cluster, facts));
  steps.push(install);
  if (server.roles.includes('EdgeTransport')) steps.push(edgeSubscriptionStep(server, facts));
  return steps;
}

/** Steps for other computers' clusters that run on this one (a file share witness it holds). */
function witnessDuties(server: Server, facts: DeploymentFacts): DeployStep[] {
  return facts.plan.clusters
    .filter((c) => c.witness === server.id && c.type === 'CCR')
    .flatMap((c) => clusterSteps(c, facts))
    .filter((step) => step.kind === 'cluster-witness' && step.serverId === server.id);
}

/**
 * Everything to run on one server, in order: prerequisites, the cluster it forms (active node),
 * Setup.com, its Edge subscription, the witness share it holds, and its coexistence steps.
 * Without a context the plan is a fresh deployment, so the organization's first server carries
 * /OrganizationName. Unknown server ids give an empty list.
 */
export function serverCommands(plan: Plan, serverId: string, context: DeploymentContext = {}): DeployStep[] {
  return serverCommandsWith(deploymentFacts(plan, context), serverId);
}

/**
 * With `othersToo`, steps this server's install depends on that run elsewhere (its cluster's witness
 * share) stay in the list: a diff that builds a cluster node needs them, a per-server view does not.
 */
export function serverCommandsWith(
  facts: DeploymentFacts,
  serverId: string,
  othersToo = false,
): DeployStep[] {
  const server = facts.servers.get(serverId);
  if (!server) return [];
  const steps: DeployStep[] = [];
  const sequence = installSequence(server, facts);
  if (sequence.length > 0)
    steps.push(
      prerequisitesStep(server, facts),
      ...sequence.filter((s) => othersToo || s.serverId === serverId),
    );
  steps.push(...witnessDuties(server, facts));
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  const recovery = cluster && sequence.length > 0 ? recoveryStep(cluster, facts) : undefined;
  if (recovery?.serverId === serverId) steps.push(recovery);
  steps.push(...linkStateSteps(facts).filter((s) => s.serverId === serverId));
  steps.push(...connectorSteps(facts).filter((s) => s.serverId === serverId));
  return steps;
}
