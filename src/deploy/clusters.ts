// Steps before a clustered mailbox server can be installed: the Windows failover cluster must
// exist, and a CCR cluster needs its file share witness (outside the two nodes, ideally on a Hub
// Transport in the same site) or the two-node majority set loses quorum when one node fails. A
// standby cluster also gets its recovery step: /RecoverCMS, run only after the primary site is lost.
import type { Cluster, Server } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import { cmsSwitches, isWindows2008 } from './install.ts';
import { PLACEHOLDER, recoverCms } from './setup.ts';
import type { DeployStep, Placeholder } from './types.ts';
import { placeholdersOf, type Printed } from './values.ts';
import { nameOf } from '../rules/words.ts';

/** The nodes in install order (unplaced or role-less nodes last, in plan order). */
export function nodesOf(cluster: Cluster, facts: DeploymentFacts): Server[] {
  const order = facts.groups.flatMap((g) => g.serverIds);
  const rank = (s: Server) => (order.includes(s.id) ? order.indexOf(s.id) : order.length);
  return facts.plan.servers.filter((s) => s.cluster === cluster.id).sort((a, b) => rank(a) - rank(b));
}

function formStep(cluster: Cluster, nodes: Server[], runsOn: string | undefined): DeployStep {
  const quorum =
    cluster.type === 'CCR'
      ? 'CCR runs on a two-node Windows failover cluster with a majority node set quorum (Node and File Share Majority on Windows Server 2008).'
      : 'SCC runs on a Windows failover cluster whose shared disks every node can reach.';
  const standby = cluster.standby
    ? ` ${nameOf(cluster.name)} is a standby cluster: the Windows cluster is formed now, its clustered mailbox server only when it is recovered.`
    : '';
  return {
    id: `cluster-form:${cluster.id}`,
    kind: 'cluster-form',
    title: `Form the Windows failover cluster for ${nameOf(cluster.name)}`,
    ...(runsOn !== undefined ? { serverId: runsOn } : {}),
    reason: `${quorum} Setup installs the clustered mailbox server only on nodes of a working cluster, so form it first.${standby}`,
    details: [
      `Nodes: ${nodes.map((n) => nameOf(n.name)).join(', ') || 'none yet'}`,
      'Windows Server Enterprise or Datacenter Edition and Exchange Enterprise Edition on every node',
      'A public and a private (heartbeat) network on every node',
    ],
    placeholders: [],
  };
}

/** Who the witness share is granted to: the Cluster service account (2003), the cluster's computer account (2008). */
function shareAccount(windows2008: boolean): Placeholder {
  return windows2008
    ? {
        token: PLACEHOLDER.clusterComputerAccount,
        label: 'the failover cluster’s computer account (its name followed by $)',
      }
    : { token: PLACEHOLDER.clusterServiceAccount, label: 'the Cluster service account' };
}

function witnessSteps(cluster: Cluster, facts: DeploymentFacts, first: Server | undefined): DeployStep[] {
  const index = facts.plan.clusters.findIndex((c) => c.id === cluster.id);
  const witness = cluster.witness !== undefined ? facts.servers.get(cluster.witness) : undefined;
  const host: Printed = witness
    ? facts.values.computer('server', witness.id, PLACEHOLDER.witnessServer)
    : {
        text: PLACEHOLDER.witnessServer,
        placeholder: {
          token: PLACEHOLDER.witnessServer,
          label: 'witness server',
          field: `clusters[${index}].witness`,
          itemId: cluster.id,
        },
      };
  const cms = facts.values.computer('cluster', cluster.id, '<cluster name>');
  const share = `FSW_${cms.text}`;
  const unc = `\\\\${host.text}\\${share}`;
  const windows2008 = isWindows2008(first);
  const account = shareAccount(windows2008);
  const grant = windows2008
    ? `icacls C:\\${share} /grant BUILTIN\\Administrators:(OI)(CI)F ${account.token}:(OI)(CI)F`
    : `cacls C:\\${share} /G BUILTIN\\Administrators:F ${account.token}:F`;
  const shareStep: DeployStep = {
    id: `cluster-witness:${cluster.id}`,
    kind: 'cluster-witness',
    title: `Create the file share witness for ${nameOf(cluster.name)} on ${nameOf(witness?.name ?? 'a witness server')}`,
    ...(witness ? { serverId: witness.id } : {}),
    reason: `A two-node majority node set keeps quorum through one failure only with a third vote: a file share outside the nodes. Microsoft recommends a Hub Transport server in the same site. Grant it to ${windows2008 ? "the failover cluster's computer account (Windows Server 2008)" : 'the Cluster service account (Windows Server 2003)'}.`,
    command: [
      `mkdir C:\\${share}`,
      `net share ${share}=C:\\${share} /GRANT:${account.token},FULL`,
      grant,
    ].join('\n'),
    shell: 'cmd',
    placeholders: [...placeholdersOf([host, cms]), account],
  };
  const quorum: DeployStep = {
    id: `cluster-quorum:${cluster.id}`,
    kind: 'cluster-quorum',
    title: `Point the quorum of ${nameOf(cluster.name)} at the file share witness`,
    ...(first ? { serverId: first.id } : {}),
    reason: 'The cluster uses the share only once its quorum names it.',
    placeholders: placeholdersOf([host, cms]),
  };
  if (first?.os === 'windows2008r2')
    return [
      shareStep,
      {
        ...quorum,
        command: `Import-Module FailoverClusters\nSet-ClusterQuorum -NodeAndFileShareMajority ${unc}`,
        shell: 'powershell',
      },
    ];
  if (windows2008)
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

/** The node that forms the cluster: the active node, or a standby cluster's first node. */
export function leadNode(cluster: Cluster, facts: DeploymentFacts): Server | undefined {
  return cluster.standby
    ? nodesOf(cluster, facts)[0]
    : facts.servers.get(facts.activeNode.get(cluster.id) ?? '');
}

/** Forming the cluster and (CCR) its witness: everything that must precede the first node's Setup. */
export function clusterSteps(cluster: Cluster, facts: DeploymentFacts): DeployStep[] {
  const nodes = nodesOf(cluster, facts);
  const first = leadNode(cluster, facts);
  const steps = [formStep(cluster, nodes, first?.id)];
  if (cluster.type === 'CCR') steps.push(...witnessSteps(cluster, facts, first));
  return steps;
}

/** A standby cluster's activation after a site loss: a recovery step, never part of the install. */
export function recoveryStep(cluster: Cluster, facts: DeploymentFacts): DeployStep | undefined {
  const node = leadNode(cluster, facts);
  if (!cluster.standby || !node) return undefined;
  const { cms, printed } = cmsSwitches(cluster, node, facts);
  return {
    id: `recover-cms:${cluster.id}`,
    kind: 'recover-cms',
    title: `Only after losing the primary site: recover ${nameOf(cluster.name)} on the standby cluster`,
    serverId: node.id,
    reason: `Run this only to activate the standby cluster after the site that ran ${nameOf(cluster.name)} is lost: first activate the SCR copies (Restore-StorageGroupCopy), then /RecoverCMS creates the clustered mailbox server on these passive nodes with the same name, and its databases are mounted from the SCR copies.`,
    command: recoverCms(cms),
    shell: 'cmd',
    placeholders: placeholdersOf(printed),
  };
}
