// Replication: standby continuous replication (SCR, new in SP1) and what its ends must be.
import { family } from './define.ts';
import type { Finding } from './types.ts';
import { listNames } from './words.ts';

const rule = family('Replication (SCR, LCR)');

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
          `The ${ix.name(l.id)} needs Exchange 2007 SP1, but the plan uses RTM. Set the service pack to SP1 or later.`,
        ),
      );
  },
);

export const scrSource = rule(
  {
    id: 'scr-source',
    severity: 'error',
    title: 'An SCR source is a Mailbox server',
    why: 'SCR copies storage groups from a Mailbox server or a clustered mailbox server; other servers have nothing to replicate.',
    sources: ['SCR'],
    fix: 'Start the SCR link at a Mailbox server or a clustered mailbox server.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const l of ix.ofKind('scr')) {
      const source = ix.server(l.from);
      if (!source || source.roles.includes('Mailbox')) continue;
      out.push(
        found(
          [l.id, source.id],
          `The ${ix.name(l.id)} starts at ${source.name}, which has no Mailbox role. Use a Mailbox server or a clustered mailbox server as the SCR source.`,
        ),
      );
    }
    return out;
  },
);

export const scrTarget = rule(
  {
    id: 'scr-target',
    severity: 'error',
    title: 'An SCR target is a standalone Mailbox server without LCR',
    why: 'The standby copy lives on a Mailbox server that is not clustered and does not already keep an LCR copy.',
    sources: ['SCR'],
    fix: 'End the SCR link at a standalone Mailbox server with LCR turned off.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const l of ix.ofKind('scr')) {
      const target = ix.server(l.to);
      if (!target) continue;
      const problems: string[] = [];
      if (!target.roles.includes('Mailbox')) problems.push('has no Mailbox role');
      if (target.cluster !== undefined) problems.push(`is a node of cluster ${ix.name(target.cluster)}`);
      if (target.lcr) problems.push('has LCR enabled');
      if (problems.length === 0) continue;
      out.push(
        found(
          [l.id, target.id],
          `The ${ix.name(l.id)} ends at ${target.name}, which ${listNames(problems)}. An SCR target must be a standalone Mailbox server without LCR.`,
        ),
      );
    }
    return out;
  },
);

export const REPLICATION_RULES = [scrNeedsSp1, scrSource, scrTarget];
