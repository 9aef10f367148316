// Which current server a target server is, and what about it Setup cannot change in place. Servers
// are the same computer when their names match (ignoring case), or failing that their ids; sites and
// clusters are the same when their ids or names match, since two plan files may use other ids.
import { OS_LABEL, PRODUCT_LABEL } from '../model/labels.ts';
import type { Plan, Server } from '../model/schema.ts';
import type { MigrationReason } from './types.ts';

export const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** Pairs target servers with current ones: by computer name first, then by id. */
export function matchServers(current: Plan, target: Plan): Map<string, Server> {
  const pairs = new Map<string, Server>();
  const taken = new Set<string>();
  const pair = (targetId: string, c: Server) => {
    pairs.set(targetId, c);
    taken.add(c.id);
  };
  for (const t of target.servers) {
    const c = current.servers.find((s) => !taken.has(s.id) && same(s.name, t.name));
    if (c) pair(t.id, c);
  }
  for (const t of target.servers) {
    if (pairs.has(t.id)) continue;
    const c = current.servers.find(
      (s) => !taken.has(s.id) && s.id === t.id && !target.servers.some((o) => same(o.name, s.name)),
    );
    if (c) pair(t.id, c);
  }
  return pairs;
}

export function siteName(plan: Plan, id: string | undefined) {
  return plan.sites.find((s) => s.id === id)?.name;
}

function clusterType(plan: Plan, server: Server) {
  return plan.clusters.find((c) => c.id === server.cluster)?.type;
}

export function clusterName(plan: Plan, server: Server) {
  return plan.clusters.find((c) => c.id === server.cluster)?.name;
}

/** Same site: the same id or the same name; unknown on either side is no move. */
export function sameSite(current: Plan, c: Server, target: Plan, t: Server): boolean {
  if (c.site === undefined || t.site === undefined || c.site === t.site) return true;
  return same(siteName(current, c.site), siteName(target, t.site));
}

const internal = (s: Server) => s.roles.some((r) => r !== 'EdgeTransport');

export function migrationReasons(current: Plan, c: Server, target: Plan, t: Server): MigrationReason[] {
  const reasons: MigrationReason[] = [];
  if (c.product !== t.product) reasons.push('product-change');
  if (!same(c.name, t.name)) reasons.push('rename');
  if (c.product !== 'exchange2007' && t.product !== 'exchange2007') return reasons;
  const [cc, tc] = [clusterName(current, c), clusterName(target, t)];
  const retyped = cc !== undefined && same(cc, tc) && clusterType(current, c) !== clusterType(target, t);
  if (((cc !== undefined || tc !== undefined) && !same(cc, tc)) || retyped)
    reasons.push('cluster-conversion');
  // An operating system change under Exchange 2007 is a rebuild: no in-place upgrade of Windows.
  if (c.product === 'exchange2007' && c.roles.length > 0 && c.os !== t.os) reasons.push('os-change');
  const edgeSwap =
    (c.roles.includes('EdgeTransport') && internal(t)) || (internal(c) && t.roles.includes('EdgeTransport'));
  if (c.product === t.product && edgeSwap) reasons.push('edge-conversion');
  return reasons;
}

/** The reason in words, after the server name: "MBX01 becomes a node of CMS01". */
export function reasonText(
  current: Plan,
  c: Server,
  target: Plan,
  t: Server,
  reason: MigrationReason,
): string {
  const [cc, tc] = [clusterName(current, c), clusterName(target, t)];
  switch (reason) {
    case 'product-change':
      return `is ${PRODUCT_LABEL[c.product]} and becomes ${PRODUCT_LABEL[t.product]}`;
    case 'rename':
      return `is renamed from ${c.name} to ${t.name}`;
    case 'cluster-conversion':
      if (same(cc, tc))
        return `changes its cluster ${cc} to ${target.clusters.find((k) => k.id === t.cluster)?.type}`;
      return cc === undefined
        ? `becomes a node of ${tc}`
        : tc === undefined
          ? `leaves the cluster ${cc}`
          : `moves from cluster ${cc} to ${tc}`;
    case 'os-change':
      return `moves from ${OS_LABEL[c.os]} to ${OS_LABEL[t.os]}`;
    case 'edge-conversion':
      return t.roles.includes('EdgeTransport')
        ? 'becomes an Edge Transport server'
        : 'changes from Edge Transport to internal roles';
  }
}

/** The server's cluster has no counterpart of the same name and type in the target: its CMS is removed. */
export function clusterGoesAway(current: Plan, c: Server, target: Plan): boolean {
  const cluster = current.clusters.find((k) => k.id === c.cluster);
  return (
    cluster !== undefined &&
    !target.clusters.some((k) => same(k.name, cluster.name) && k.type === cluster.type)
  );
}
