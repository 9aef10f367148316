// One plan item's React Flow node, its findings badge, the witness lines, and the rule by which a
// node or edge made again keeps the object drawn before (planToFlow.ts maps the whole plan with these).
import { listRoles, PRODUCT_LABEL, SITE_KIND_LABEL, type Plan, type Server } from '../model/index.ts';
import { witnessId, type Routes } from '../layout/route.ts';
import type { Box } from '../theme/geometry.ts';
import { handlesFor } from './nodes/handleGeometry.ts';
import type { PlanRecords } from './planRecords.ts';
import type { Finding, Severity } from '../rules/types.ts';
import type { Badge, PlanEdge, PlanNode } from './planToFlow.ts';

export function badgeOf(findings: readonly Finding[] | undefined): Badge | undefined {
  if (!findings || findings.length === 0) return undefined;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const worst = counts.error ? 'error' : counts.warning ? 'warning' : 'info';
  return { count: findings.length, counts, worst };
}

const SEVERITY_WORDS: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] };

/** "1 error and 2 notes", for badges' titles and cards' accessible names. */
export function badgeWords(badge: Badge): string {
  const parts = (['error', 'warning', 'info'] as const)
    .filter((s) => badge.counts[s] > 0)
    .map((s) => `${badge.counts[s]} ${SEVERITY_WORDS[s][badge.counts[s] === 1 ? 0 : 1]}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts.join('');
}

const sameBadge = (a?: Badge, b?: Badge) =>
  a?.counts.error === b?.counts.error && a?.counts.warning === b?.counts.warning && a?.counts.info === b?.counts.info;

function shallowEqualData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => (k === 'badge' ? sameBadge(a[k] as Badge, b[k] as Badge) : a[k] === b[k]));
}

/**
 * `prev` (the object drawn before for this id) when nothing drawn from it changed, so React Flow does
 * not redraw it: same type, selection, accessible name and data, and whatever else `same` compares.
 */
function reuseWhen<T extends PlanNode | PlanEdge>(prev: T | undefined, next: T, same: (prev: T) => boolean): T {
  if (
    prev &&
    prev.type === next.type &&
    prev.selected === next.selected &&
    prev.ariaLabel === next.ariaLabel &&
    shallowEqualData(prev.data as Record<string, unknown>, next.data as Record<string, unknown>) &&
    same(prev)
  )
    return prev;
  return next;
}

export const reuseNode = (prev: PlanNode | undefined, next: PlanNode) =>
  reuseWhen(
    prev,
    next,
    (p) =>
      p.parentId === next.parentId &&
      p.position.x === next.position.x &&
      p.position.y === next.position.y &&
      p.width === next.width &&
      p.height === next.height,
  );

export const reuseEdge = (prev: PlanEdge | undefined, next: PlanEdge) =>
  reuseWhen(prev, next, (p) => p.source === next.source && p.target === next.target);

/** Whether two boxes draw the same node (its place in its container and size; not where the container is). */
export const sameNodeBox = (a: Box, b: Box) =>
  a === b || (a.kind === b.kind && a.parent === b.parent && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

const badgeText = (badge: Badge | undefined): string => (badge ? badgeWords(badge) : 'no findings');

/** The node of a box: what the plan's records say about it, its badge and whether it is selected. */
export function toNode(box: Box, badge: Badge | undefined, selected: boolean, records: PlanRecords): PlanNode {
  const { sites, servers, clusters, infra, firstNode, nodeCount, witnessOf } = records;
  const common = {
    id: box.id,
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    // Sizes are known from the plan: React Flow need not measure (and re-measure) each node.
    measured: { width: box.width, height: box.height },
    // ... and so are its handles: React Flow draws the links in the cards' own frame.
    handles: handlesFor(box.width, box.height),
    selected,
    ...(box.parent ? { parentId: box.parent } : {}),
  };
  const extra = badge ? { badge } : {};
  if (box.kind === 'site') {
    const site = sites.get(box.id)!;
    const what = SITE_KIND_LABEL[site.kind];
    return {
      ...common,
      type: 'site',
      dragHandle: '.site-tab',
      zIndex: 0,
      data: { site, ...extra },
      ariaLabel: `${what} ${site.name}: ${badgeText(badge)}`,
    };
  }
  if (box.kind === 'cluster') {
    const cluster = clusters.get(box.id)!;
    return {
      ...common,
      type: 'cluster',
      dragHandle: '.cluster-head',
      data: { cluster, nodeCount: nodeCount.get(cluster.id) ?? 0, ...extra },
      ariaLabel: `${cluster.standby ? 'Standby cluster' : 'Clustered mailbox server'} ${cluster.name} (${cluster.type}), ${nodeCount.get(cluster.id) ?? 0} nodes: ${badgeText(badge)}`,
    };
  }
  if (box.kind === 'server') {
    const server = servers.get(box.id)!;
    // A standby cluster's nodes are all passive: no clustered mailbox server runs there yet.
    const clusterRole = server.cluster
      ? firstNode.get(server.cluster) === server.id && !clusters.get(server.cluster)?.standby
        ? 'active'
        : 'passive'
      : undefined;
    const witness = witnessOf.get(server.id);
    const roles = server.roles.length ? listRoles(server.roles) : 'no roles';
    const what = server.product === 'exchange2007' ? 'Server' : `Existing ${PRODUCT_LABEL[server.product]} server`;
    return {
      ...common,
      type: 'server',
      data: {
        server,
        ...extra,
        ...(clusterRole ? { clusterRole } : {}),
        ...(witness ? { witnessOf: witness } : {}),
      },
      ariaLabel: `${what} ${server.name}: ${roles}, ${badgeText(badge)}`,
    };
  }
  const item = infra.get(box.id)!;
  return {
    ...common,
    type: 'infrastructure',
    data: { item, ...extra },
    ariaLabel: `${item.name}: ${badgeText(badge)}`,
  };
}

/** The ids whose entry differs between two maps or sets (by identity), added to `out`. */
export function differing<K, V>(a: ReadonlyMap<K, V> | ReadonlySet<K>, b: ReadonlyMap<K, V> | ReadonlySet<K>, out: Set<K>) {
  if (a === b) return;
  const get = (m: typeof a, k: K) => (m instanceof Map ? m.get(k) : m.has(k));
  for (const k of a.keys()) if (get(a, k) !== get(b, k)) out.add(k);
  for (const k of b.keys()) if (get(a, k) !== get(b, k)) out.add(k);
}

/** Drops the entries of `kept` whose ids are not among `items`. */
export function forget(kept: Map<string, unknown>, items: readonly { id: string }[]) {
  if (kept.size <= items.length) return;
  const ids = new Set(items.map((x) => x.id));
  for (const id of kept.keys()) if (!ids.has(id)) kept.delete(id);
}

/** The witness lines, each kept while its two ends and route are the same (the last list when every one is). */
export function witnessLines(plan: Plan, servers: ReadonlyMap<string, Server>, routes: Routes, kept: Map<string, PlanEdge>, last: PlanEdge[] | undefined): PlanEdge[] {
  const out: PlanEdge[] = [];
  for (const c of plan.clusters)
    if (c.witness && servers.has(c.witness)) {
      const id = witnessId(c.id);
      const [prev, route] = [kept.get(id), routes.get(id)];
      if (prev && prev.target === c.witness && prev.data!.route === route) {
        out.push(prev);
        continue;
      }
      const edge = reuseEdge(prev, { id, source: c.id, target: c.witness, type: 'witness', selectable: false, focusable: false, data: { route } });
      kept.set(id, edge);
      out.push(edge);
    }
  if (kept.size > out.length) forget(kept, out);
  return last && last.length === out.length && out.every((e, i) => e === last[i]) ? last : out;
}
