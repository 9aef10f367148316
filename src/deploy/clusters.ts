// Steps before a clustered mailbox server can be installed: the Windows failover cluster must
// exist, and a CCR cluster needs its file share witness (outside the two nodes, ideally on a Hub
// Transport in the same site) or the two-node majority set loses quorum when one node fails.
import type { Cluster, Server } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import { PLACEHOLDER } from './setup.ts';
import type { DeployStep, Placeholder } from './types.ts';

function nodesOf(cluster: Cluster, facts: DeploymentFacts): Server[] {
  const order = facts.groups.flatMap((g) => g.serverIds);
  return facts.plan.servers
    .filter((s) => s.cluster === cluster.id)
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

const isWindows2008 = (s: Server | undefined) => s?.os === 'windows2008' || s?.os === 'windows2008r2';

function formStep(cluster: Cluster, nodes: Server[], activeId: string | undefined): DeployStep {
  const quorum =
    cluster.type === 'CCR'
      ? 'CCR runs on a two-node Windows failover cluster with a majority node set quorum (Node and File Share Majority on Windows Server 2008).'
      : 'SCC runs on a Windows failover cluster whose shared disks every node can reach.';
  return {
    id: `cluster-form:${cluster.id}`,
    kind: 'cluster-form',
    title: `Form the Windows failover cluster for ${cluster.name}`,
    ...(activeId !== undefined ? { serverId: activeId } : {}),
    reason: `${quorum} Setup installs the clustered mailbox server only on nodes of a working cluster, so form it first.`,
    details: [
      `Nodes: ${nodes.map((n) => n.name).join(', ') || 'none yet'}`,
      'Windows Server Enterprise or Datacenter Edition and Exchange Enterprise Edition on every node',
      'A public and a private (heartbeat) network on every node',
    ],
    placeholders: [],
  };
}

function witnessSteps(cluster: Cluster, facts: DeploymentFacts, active: Server | undefined): DeployStep[] {
  const index = facts.plan.clusters.findIndex((c) => c.id === cluster.id);
  const witness = cluster.witness !== undefined ? facts.servers.get(cluster.witness) : undefined;
  const host = witness?.name ?? PLACEHOLDER.witnessServer;
  const share = `FSW_${cluster.name}`;
  const unc = `\\\\${host}\\${share}`;
  const account = PLACEHOLDER.clusterAccount;
  const placeholders: Placeholder[] = [{ token: account, label: 'the Windows cluster’s computer account' }];
  if (!witness)
    placeholders.unshift({
      token: PLACEHOLDER.witnessServer,
      label: 'witness server',
      field: `clusters[${index}].witness`,
      itemId: cluster.id,
    });
  const shareStep: DeployStep = {
    id: `cluster-witness:${cluster.id}`,
    kind: 'cluster-witness',
    title: `Create the file share witness for ${cluster.name} on ${host}`,
    ...(witness ? { serverId: witness.id } : {}),
    reason:
      'A two-node majority node set keeps quorum through one failure only with a third vote: a file share outside the nodes. Microsoft recommends a Hub Transport server in the same site.',
    command: [
      `mkdir C:\\${share}`,
      `net share ${share}=C:\\${share} /GRANT:${account},FULL`,
      `cacls C:\\${share} /G BUILTIN\\Administrators:F ${account}:F`,
    ].join('\n'),
    shell: 'cmd',
    placeholders,
  };
  const quorum: DeployStep = {
    id: `cluster-quorum:${cluster.id}`,
    kind: 'cluster-quorum',
    title: `Point the quorum of ${cluster.name} at the file share witness`,
    ...(active ? { serverId: active.id } : {}),
    reason: 'The cluster uses the share only once its quorum names it.',
    placeholders: witness ? [] : placeholders.slice(0, 1),
  };
  if (active?.os === 'windows2008r2')
    return [
      shareStep,
      {
        ...quorum,
        command: `Import-Module FailoverClusters\nSet-ClusterQuorum -NodeAndFileShareMajority ${unc}`,
        shell: 'powershell',
      },
    ];
  if (isWindows2008(active))
    return [
      shareStep,
      {
        ...quorum,
        details: [
          `Failover Cluster Management: Configure Cluster Quorum Settings, Node and File Share Majority, ${unc}`,
        ],
      },
    ];
  return [
    shareStep,
    { ...quorum, command: `cluster res "Majority Node Set" /priv MNSFileShare=${unc}`, shell: 'cmd' },
  ];
}

/** Forming the cluster and (CCR) its witness: everything that must precede the active node's Setup. */
export function clusterSteps(cluster: Cluster, facts: DeploymentFacts): DeployStep[] {
  const nodes = nodesOf(cluster, facts);
  const activeId = facts.activeNode.get(cluster.id);
  const active = activeId !== undefined ? facts.servers.get(activeId) : undefined;
  const steps = [formStep(cluster, nodes, activeId)];
  if (cluster.type === 'CCR') steps.push(...witnessSteps(cluster, facts, active));
  return steps;
}
