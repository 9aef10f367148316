// Quick fixes for clusters: a witness on the right server, nodes in one site, the node count.
import { moveClusterToSite, setServerCluster, updateCluster } from '../../model/edits.ts';
import type { Cluster, Server } from '../../model/schema.ts';
import { nodesSite } from '../clusters.ts';
import type { FixMaker } from '../fixes.ts';
import type { PlanIndex } from '../planIndex.ts';
import type { QuickFix } from '../types.ts';
import { listNames, nameOf } from '../words.ts';
import { nextServer, withNewServer } from './newServer.ts';

const clusterOf = (ix: PlanIndex, id: string | undefined) =>
  id === undefined ? undefined : ix.clusters.get(id);

/** The server Microsoft recommends for the witness: a Hub Transport in the nodes' site. */
function witnessCandidate(ix: PlanIndex, c: Cluster, hubOnly: boolean): Server | undefined {
  const site = nodesSite(ix, c.id);
  if (site === undefined) return undefined;
  const outside = (s: Server) => s.cluster !== c.id;
  const hub = ix.inSite(site, 'HubTransport').find(outside);
  if (hub || hubOnly) return hub;
  return ix.plan.servers.find(
    (s) => s.site === site && s.product === 'exchange2007' && s.roles.length > 0 && outside(s),
  );
}

function setWitness(ix: PlanIndex, c: Cluster | undefined, hubOnly: boolean): QuickFix[] {
  const witness = c && witnessCandidate(ix, c, hubOnly);
  if (!c || !witness) return [];
  return [
    {
      label: `Put the file share witness on ${nameOf(witness.name)}`,
      apply: (plan) => updateCluster(plan, c.id, { witness: witness.id }),
    },
  ];
}

/** A passive node like the existing one: Mailbox, Enterprise editions, same site and OS. */
function addPassiveNode(ix: PlanIndex, c: Cluster): QuickFix[] {
  const [node] = ix.nodes(c.id);
  if (!node || ix.nodes(c.id).length !== 1) return [];
  const { name } = nextServer(ix.plan);
  return [
    {
      label: `Add a passive node ${name} to ${nameOf(c.name)}`,
      apply: (plan) =>
        withNewServer(plan, {
          roles: ['Mailbox'],
          site: node.site,
          fields: { cluster: c.id, os: node.os, exchangeEdition: 'enterprise', windowsEdition: 'enterprise' },
        }),
    },
  ];
}

/** Takes the nodes past `max` out of the cluster (they stay in the plan as standalone servers). */
function trimNodes(ix: PlanIndex, c: Cluster, max: number): QuickFix[] {
  const extra = ix.nodes(c.id).slice(max);
  if (extra.length === 0) return [];
  return [
    {
      label: `Take ${listNames(extra.map((n) => n.name))} out of ${nameOf(c.name)}`,
      apply: (plan) => extra.reduce((next, n) => setServerCluster(next, n.id, undefined), plan),
    },
  ];
}

export const CLUSTER_FIXES: Record<string, FixMaker> = {
  'ccr-witness': (ix, f) => setWitness(ix, clusterOf(ix, f.subjects[0]), false),
  'ccr-witness-hub': (ix, f) => setWitness(ix, clusterOf(ix, f.subjects[0]), true),
  'ccr-two-nodes': (ix, f) => {
    const c = clusterOf(ix, f.subjects[0]);
    return c ? [...addPassiveNode(ix, c), ...trimNodes(ix, c, 2)] : [];
  },
  'scc-node-count': (ix, f) => {
    const c = clusterOf(ix, f.subjects[0]);
    return c ? [...addPassiveNode(ix, c), ...trimNodes(ix, c, 8)] : [];
  },
  // The first placed node decides: it is usually the active one, drawn first.
  'cluster-one-site': (ix, f) => {
    const c = clusterOf(ix, f.subjects[0]);
    const siteId = c && ix.nodes(c.id).find((n) => n.site !== undefined)?.site;
    const site = siteId === undefined ? undefined : ix.sites.get(siteId);
    if (!c || !site) return [];
    return [
      {
        label: `Move all nodes of ${nameOf(c.name)} to ${nameOf(site.name)}`,
        apply: (plan) => moveClusterToSite(plan, c.id, site.id),
      },
    ];
  },
};
