// Drops the canvas refuses, and why. Most mistakes are allowed and then flagged by a rule with a
// quick fix; these are the few that no later edit of the item could make right, so the canvas
// shows a "no" state with this reason while the item is over the target, and nothing happens on
// release: Exchange 2007 roles on an earlier Exchange server (Setup cannot install them there), a
// computer that cannot be a node of a clustered mailbox server, and a cluster that is full.
import { PRODUCT_LABEL, ROLE_LABEL } from '../model/labels.ts';
import type { Cluster, Plan, Role, Server } from '../model/schema.ts';

/** Most nodes of one cluster: CCR is a two-node majority node set; SCC takes up to eight. */
export const MAX_NODES: Record<Cluster['type'], number> = { CCR: 2, SCC: 8 };

/** Why `role` may not be dropped on `server`, or undefined when it may. */
export function roleRefusal(server: Server, role: Role): string | undefined {
  if (server.product !== 'exchange2007')
    return `${server.name} runs ${PRODUCT_LABEL[server.product]}, and Exchange 2007 roles cannot share a computer with an earlier version. Drop ${ROLE_LABEL[role]} on an Exchange 2007 server, or on empty space for a new one.`;
  if (server.roles.includes(role)) return `${server.name} already runs ${ROLE_LABEL[role]}.`;
  return undefined;
}

function fullness(plan: Plan, cluster: Cluster, joining?: string): string | undefined {
  const nodes = plan.servers.filter((s) => s.cluster === cluster.id && s.id !== joining).length;
  if (nodes < MAX_NODES[cluster.type]) return undefined;
  return cluster.type === 'CCR'
    ? `${cluster.name} is a CCR cluster: it has exactly two nodes, and has both. Use an SCC cluster for more nodes.`
    : `${cluster.name} already has eight nodes, the most an SCC cluster can have.`;
}

/** Why `server` (existing, or about to be created) may not become a node of `cluster`. */
export function nodeRefusal(
  plan: Plan,
  server: Pick<Server, 'id' | 'name' | 'product' | 'roles'>,
  cluster: Cluster,
): string | undefined {
  if (server.product !== 'exchange2007')
    return `${server.name} runs ${PRODUCT_LABEL[server.product]}: only Exchange 2007 Mailbox servers can be nodes of ${cluster.name}.`;
  const other = server.roles.filter((r) => r !== 'Mailbox');
  if (other.length > 0)
    return `Only the Mailbox role may run on a cluster node: ${server.name} also runs ${other.map((r) => ROLE_LABEL[r]).join(' and ')}.`;
  return fullness(plan, cluster, server.id);
}

/** Why a new server holding `role` may not be created inside `cluster`. */
export function newNodeRefusal(plan: Plan, role: Role | undefined, cluster: Cluster): string | undefined {
  if (role !== undefined && role !== 'Mailbox')
    return `Only the Mailbox role may run on a cluster node: drop ${ROLE_LABEL[role]} outside ${cluster.name}.`;
  return fullness(plan, cluster);
}
