// Clusters: the shape of a CCR or SCC clustered mailbox server and what its nodes must run.
import type { Cluster, Server } from '../model/schema.ts';
import { family, type Found } from './define.ts';
import type { PlanIndex } from './planIndex.ts';
import type { Finding } from './types.ts';
import { cmsDataPath } from './dataPath.ts';
import { count, nameOf } from './words.ts';

const rule = family('Clusters');

/** The one site all nodes of a cluster share, or undefined (no nodes, unplaced or split). */
export function nodesSite(ix: PlanIndex, clusterId: string): string | undefined {
  const nodes = ix.nodes(clusterId);
  const site = nodes[0]?.site;
  return nodes.every((n) => n.site === site) ? site : undefined;
}

/** One finding per node that fails `bad`, naming the node and its cluster. */
function perNode(
  ix: PlanIndex,
  bad: (s: Server) => boolean,
  message: (s: Server, cluster: string) => string,
  found: Found,
) {
  const out: Finding[] = [];
  for (const s of ix.clusterNodes)
    if (s.cluster !== undefined && bad(s))
      out.push(found([s.id, s.cluster], message(s, ix.named(s.cluster))));
  return out;
}

function perCluster(
  ix: PlanIndex,
  type: Cluster['type'],
  message: (c: Cluster, nodes: readonly Server[]) => string | undefined,
  found: Found,
) {
  const out: Finding[] = [];
  for (const c of ix.plan.clusters) {
    if (c.type !== type) continue;
    const text = message(c, ix.nodes(c.id));
    if (text !== undefined) out.push(found([c.id], text));
  }
  return out;
}

export const ccrTwoNodes = rule(
  {
    id: 'ccr-two-nodes',
    severity: 'error',
    title: 'A CCR cluster has exactly two nodes',
    why: 'Cluster continuous replication keeps one active and one passive copy: a two-node majority node set cluster.',
    sources: ['CCR'],
    fix: 'Give the cluster exactly two Mailbox nodes.',
  },
  (ix, found) =>
    perCluster(
      ix,
      'CCR',
      (c, nodes) =>
        nodes.length === 2
          ? undefined
          : `CCR cluster ${nameOf(c.name)} has ${count(nodes.length, 'node')}. A CCR cluster has exactly 2 nodes: ${nodes.length < 2 ? 'add a passive node' : 'remove the extra nodes'}.`,
      found,
    ),
);

export const sccNodeCount = rule(
  {
    id: 'scc-node-count',
    severity: 'error',
    title: 'An SCC cluster has 2 to 8 nodes',
    why: 'A single copy cluster needs at least one passive node to fail over to, and Exchange 2007 supports at most 8 nodes.',
    sources: ['SCC'],
    fix: 'Add a passive node, or remove nodes down to 8.',
  },
  (ix, found) =>
    perCluster(
      ix,
      'SCC',
      (c, nodes) => {
        if (nodes.length >= 2 && nodes.length <= 8) return undefined;
        const todo = nodes.length < 2 ? 'add a passive node' : 'remove nodes down to 8';
        return `SCC cluster ${nameOf(c.name)} has ${count(nodes.length, 'node')}. An SCC cluster needs 2 to 8 nodes, at least one of them passive: ${todo}.`;
      },
      found,
    ),
);

export const clusterOneSite = rule(
  {
    id: 'cluster-one-site',
    severity: 'error',
    title: 'All nodes of a cluster are in one site',
    why: 'The nodes of a clustered mailbox server share one cluster network and must sit in the same Active Directory site.',
    sources: ['SCC planning page', 'CCR planning page'],
    fix: 'Move every node of the cluster into the same site.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const c of ix.plan.clusters) {
      const nodes = ix.nodes(c.id);
      if (nodes.length < 2 || nodesSite(ix, c.id) !== undefined) continue;
      const where = nodes.map(
        (n) => `${nameOf(n.name)} ${n.site === undefined ? 'not placed' : `in ${ix.named(n.site)}`}`,
      );
      out.push(
        found(
          [c.id, ...nodes.map((n) => n.id)],
          `The nodes of cluster ${nameOf(c.name)} are not all in one site (${where.join(', ')}). Move them into the same site.`,
        ),
      );
    }
    return out;
  },
);

export const clusterExchangeEnterprise = rule(
  {
    id: 'cluster-exchange-enterprise',
    severity: 'error',
    title: 'Cluster nodes need Exchange Enterprise Edition',
    why: 'Clustered mailbox servers are an Exchange 2007 Enterprise Edition feature.',
    sources: ['EDITIONS'],
    fix: 'Set the node to Exchange Enterprise Edition.',
  },
  (ix, found) =>
    perNode(
      ix,
      (s) => s.exchangeEdition === 'standard',
      (s, cluster) =>
        `${nameOf(s.name)}, a node of cluster ${cluster}, has Exchange Standard Edition. Clustered mailbox servers need Exchange Enterprise Edition: set it to Enterprise.`,
      found,
    ),
);

export const clusterWindowsEnterprise = rule(
  {
    id: 'cluster-windows-enterprise',
    severity: 'error',
    title: 'Cluster nodes need Windows Enterprise or Datacenter Edition',
    why: 'Windows Server Standard Edition has no failover clustering.',
    sources: ['CCR', 'SCC'],
    fix: 'Set the node to Windows Enterprise (or Datacenter) Edition.',
  },
  (ix, found) =>
    perNode(
      ix,
      (s) => s.windowsEdition === 'standard',
      (s, cluster) =>
        `${nameOf(s.name)}, a node of cluster ${cluster}, runs Windows Standard Edition, which has no failover clustering. Use Windows Enterprise or Datacenter Edition.`,
      found,
    ),
);

export const clusterNodeNotDc = rule(
  {
    id: 'cluster-node-not-dc',
    severity: 'error',
    title: 'A cluster node is not a domain controller',
    why: 'Exchange 2007 clustered mailbox servers are not supported on domain controllers.',
    sources: ['SCC planning page'],
    fix: 'Keep domain controllers on separate computers.',
  },
  (ix, found) =>
    perNode(
      ix,
      (s) => s.domainController,
      (s, cluster) =>
        `${nameOf(s.name)}, a node of cluster ${cluster}, is a domain controller. Cluster nodes must not be domain controllers: use a separate domain controller.`,
      found,
    ),
);

export const ccrWitness = rule(
  {
    id: 'ccr-witness',
    severity: 'warning',
    title: 'A CCR cluster needs a file share witness outside the cluster',
    why: 'A two-node majority node set keeps quorum through a file share witness on a third computer.',
    sources: ['CCR'],
    fix: 'Put the file share witness on a server outside the cluster, preferably a Hub Transport server in the same site.',
  },
  (ix, found) =>
    perCluster(
      ix,
      'CCR',
      (c) => {
        const todo =
          'Put it on a server outside the cluster, preferably a Hub Transport server in the same site.';
        if (c.witness === undefined)
          return `CCR cluster ${nameOf(c.name)} has no file share witness. ${todo}`;
        if (ix.server(c.witness)?.cluster === c.id)
          return `The file share witness of CCR cluster ${nameOf(c.name)} is on its own node ${ix.named(c.witness)}. ${todo}`;
        return undefined;
      },
      found,
    ),
);

export const ccrWitnessHub = rule(
  {
    id: 'ccr-witness-hub',
    severity: 'info',
    title: 'Put the CCR file share witness on a Hub Transport server',
    why: "Microsoft recommends a Hub Transport server in the nodes' site for the file share witness.",
    sources: ['CCR'],
    fix: "Move the file share witness to a Hub Transport server in the nodes' site.",
  },
  (ix, found) =>
    perCluster(
      ix,
      'CCR',
      (c) => {
        if (c.witness === undefined) return undefined;
        const witness = ix.server(c.witness);
        const site = nodesSite(ix, c.id);
        const isHub = witness?.product === 'exchange2007' && witness.roles.includes('HubTransport');
        if (isHub && site !== undefined && witness.site === site) return undefined;
        const where = site === undefined ? "the nodes' site" : `the nodes' site ${ix.named(site)}`;
        return `The file share witness of CCR cluster ${nameOf(c.name)} is on ${ix.named(c.witness)}, which is not a Hub Transport server in ${where}. Microsoft recommends a Hub Transport server there.`;
      },
      found,
    ),
);

export const CLUSTER_RULES = [
  ccrTwoNodes,
  sccNodeCount,
  clusterOneSite,
  clusterExchangeEnterprise,
  clusterWindowsEnterprise,
  clusterNodeNotDc,
  ccrWitness,
  ccrWitnessHub,
  cmsDataPath,
];
