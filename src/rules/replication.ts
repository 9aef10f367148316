// Replication: standby continuous replication (SCR, new in SP1) and what its ends must be, and local
// continuous replication (LCR), which only a standalone Mailbox server runs.
import type { Server } from '../model/schema.ts';
import { family } from './define.ts';
import type { PlanIndex } from './planIndex.ts';
import type { Finding } from './types.ts';
import { listPhrases, nameOf } from './words.ts';

const rule = family('Replication (SCR, LCR)');

const isStandby = (ix: PlanIndex, clusterId: string | undefined) =>
  clusterId !== undefined && ix.clusters.get(clusterId)?.standby === true;

export const scrNeedsSp1 = rule(
  {
    id: 'scr-needs-sp1',
    severity: 'error',
    title: 'Standby continuous replication needs Exchange 2007 SP1',
    why: 'SCR arrived with Exchange 2007 Service Pack 1; the RTM build cannot replicate to a standby server.',
    sources: ['SCR'],
    fix: 'Plan the organization on SP1 or later.',
  },
  (ix, found) => {
    if (ix.plan.exchange.servicePack !== 'RTM') return [];
    return ix
      .ofKind('scr')
      .map((l) =>
        found(
          [l.id],
          `The ${ix.named(l.id)} needs Exchange 2007 SP1, but the plan uses RTM. Set the service pack to SP1 or later.`,
        ),
      );
  },
);

/** What is wrong with a server as an SCR source, as phrases after "which". */
function sourceProblems(ix: PlanIndex, source: Server): string[] {
  const problems: string[] = [];
  if (!source.roles.includes('Mailbox')) problems.push('has no Mailbox role');
  if (source.cluster !== undefined)
    problems.push(
      `is a node of cluster ${ix.named(source.cluster)} (the source is the clustered mailbox server: start the link at the cluster)`,
    );
  return problems;
}

export const scrSource = rule(
  {
    id: 'scr-source',
    severity: 'error',
    title: 'An SCR source is a Mailbox server or a clustered mailbox server',
    why: 'SCR copies storage groups from a standalone Mailbox server or from a clustered mailbox server (CCR or SCC). A cluster node is not the source: its clustered mailbox server is. A standby cluster holds no databases yet.',
    sources: ['SCR'],
    fix: 'Start the SCR link at a standalone Mailbox server or at a clustered mailbox server that is not a standby cluster.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const l of ix.ofKind('scr')) {
      const source = ix.server(l.from);
      if (source) {
        const problems = sourceProblems(ix, source);
        if (problems.length === 0) continue;
        out.push(
          found(
            [l.id, source.id],
            `The ${ix.named(l.id)} starts at ${nameOf(source.name)}, which ${listPhrases(problems)}. Start it at a standalone Mailbox server or a clustered mailbox server.`,
          ),
        );
      } else if (isStandby(ix, l.from)) {
        out.push(
          found(
            [l.id, l.from],
            `The ${ix.named(l.id)} starts at the standby cluster ${ix.named(l.from)}, which holds no databases until it is activated. Start it at the clustered mailbox server or Mailbox server it protects.`,
          ),
        );
      }
    }
    return out;
  },
);

export const scrTarget = rule(
  {
    id: 'scr-target',
    severity: 'error',
    title: 'An SCR target is a standalone Mailbox server without LCR, or a standby cluster node',
    why: 'The standby copy lives on a standalone Mailbox server that does not keep an LCR copy, or on a passive node of a failover cluster with the Mailbox role but no clustered mailbox server installed (a standby cluster).',
    sources: ['SCR'],
    fix: 'End the SCR link at a standalone Mailbox server with LCR turned off, or at a node of a standby cluster.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const l of ix.ofKind('scr')) {
      const target = ix.server(l.to);
      if (!target) continue;
      const problems: string[] = [];
      if (!target.roles.includes('Mailbox')) problems.push('has no Mailbox role');
      if (target.lcr) problems.push('has LCR enabled');
      if (target.cluster !== undefined && !isStandby(ix, target.cluster))
        problems.push(`is a node of cluster ${ix.named(target.cluster)}, which is not a standby cluster`);
      if (problems.length === 0) continue;
      out.push(
        found(
          [l.id, target.id],
          `The ${ix.named(l.id)} ends at ${nameOf(target.name)}, which ${listPhrases(problems)}. An SCR target is a standalone Mailbox server without LCR, or a node of a standby cluster.`,
        ),
      );
    }
    return out;
  },
);

export const lcrStandalone = rule(
  {
    id: 'lcr-standalone',
    severity: 'error',
    title: 'LCR runs on a standalone Mailbox server',
    why: 'Local continuous replication keeps a second copy of a standalone Mailbox server’s storage groups on its own disks; a cluster node replicates through its cluster, and a server without the Mailbox role has no storage groups.',
    sources: ['LCR'],
    fix: 'Turn LCR off on the server.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.plan.servers) {
      if (!s.lcr) continue;
      const problems: string[] = [];
      if (!s.roles.includes('Mailbox')) problems.push('has no Mailbox role');
      if (s.cluster !== undefined) problems.push(`is a node of cluster ${ix.named(s.cluster)}`);
      if (problems.length === 0) continue;
      out.push(
        found(
          [s.id],
          `${nameOf(s.name)} has LCR enabled but ${listPhrases(problems)}. LCR runs only on a standalone Mailbox server: turn it off.`,
        ),
      );
    }
    return out;
  },
);

export const REPLICATION_RULES = [scrNeedsSp1, scrSource, scrTarget, lcrStandalone];
