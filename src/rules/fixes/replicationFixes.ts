// Quick fixes for replication: start an SCR link at the clustered mailbox server rather than its
// node, give an SCR end the Mailbox role, turn LCR off where it cannot run, mark a standby cluster.
import { addRole, updateCluster, updateLink, updateServer } from '../../model/edits.ts';
import type { Server } from '../../model/schema.ts';
import type { FixMaker } from '../fixes.ts';
import type { PlanIndex } from '../planIndex.ts';
import type { QuickFix } from '../types.ts';
import { nameOf, sentence } from '../words.ts';

const serverOf = (ix: PlanIndex, id: string | undefined) => (id === undefined ? undefined : ix.server(id));
const standalone2007 = (s: Server) =>
  s.cluster === undefined && s.product === 'exchange2007' && !s.roles.includes('EdgeTransport');

/** Adds Mailbox and turns LCR off, as needed, on a standalone Exchange 2007 server. */
function mailboxWithoutLcr(s: Server, turnOffLcr: boolean): QuickFix[] {
  const needsMailbox = !s.roles.includes('Mailbox');
  const lcr = turnOffLcr && s.lcr;
  if (!needsMailbox && !lcr) return [];
  const steps = [needsMailbox ? `add Mailbox to ${nameOf(s.name)}` : '', lcr ? `turn off LCR on ${nameOf(s.name)}` : ''];
  return [
    {
      label: sentence(steps.filter(Boolean).join(' and ')),
      apply: (plan) => {
        const next = needsMailbox ? addRole(plan, s.id, 'Mailbox') : plan;
        return lcr ? updateServer(next, s.id, { lcr: false }) : next;
      },
    },
  ];
}

export const REPLICATION_FIXES: Record<string, FixMaker> = {
  'scr-source': (ix, f) => {
    const [linkId, sourceId] = f.subjects;
    const s = serverOf(ix, sourceId);
    if (!s || linkId === undefined) return [];
    const cluster = s.cluster === undefined ? undefined : ix.clusters.get(s.cluster);
    if (cluster && !cluster.standby)
      return [
        {
          label: `Start the SCR link at the clustered mailbox server ${nameOf(cluster.name)}`,
          apply: (plan) => updateLink(plan, linkId, { from: cluster.id }),
        },
      ];
    return standalone2007(s) ? mailboxWithoutLcr(s, false) : [];
  },
  'scr-target': (ix, f) => {
    const s = serverOf(ix, f.subjects[1]);
    if (!s) return [];
    const cluster = s.cluster === undefined ? undefined : ix.clusters.get(s.cluster);
    // A link to a node means a standby cluster, unless that cluster is itself replicated from.
    const isSource = cluster && ix.ofKind('scr').some((l) => l.from === cluster.id);
    if (cluster && !isSource && s.roles.includes('Mailbox') && !s.lcr)
      return [
        {
          label: `Make ${nameOf(cluster.name)} a standby cluster`,
          apply: (plan) => updateCluster(plan, cluster.id, { standby: true }),
        },
      ];
    return standalone2007(s) ? mailboxWithoutLcr(s, true) : [];
  },
  'lcr-standalone': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    return s
      ? [{ label: `Turn off LCR on ${nameOf(s.name)}`, apply: (plan) => updateServer(plan, s.id, { lcr: false }) }]
      : [];
  },
};
