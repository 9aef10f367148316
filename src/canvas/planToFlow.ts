// The one map from a plan to React Flow nodes and edges. Node objects are reused when nothing they
// show has changed, so React Flow re-renders only the nodes an edit touched.
import type { Edge, Node } from '@xyflow/react';
import {
  listRoles,
  OS_SHORT,
  PRODUCT_LABEL,
  SITE_KIND_LABEL,
  type Cluster,
  type Infrastructure,
  type Link,
  type Plan,
  type Server,
  type Site,
} from '../model/index.ts';
import type { Finding, Severity } from '../rules/types.ts';
import { createRouter, witnessId, type RoutedLink, type Routes } from '../layout/route.ts';
import { resolveLayout, type Box, type ResolvedLayout } from '../theme/geometry.ts';

/** An item's findings on its corner badge: how many of each severity, and the worst. */
export interface Badge {
  count: number;
  counts: Record<Severity, number>;
  worst: Severity;
}

export type SiteData = { site: Site; badge?: Badge };
export type ServerData = {
  server: Server;
  badge?: Badge;
  clusterRole?: 'active' | 'passive';
  witnessOf?: string;
};
export type ClusterData = { cluster: Cluster; badge?: Badge; nodeCount: number };
export type InfraData = { item: Infrastructure; badge?: Badge };
/** A link as the router drew it (the same route and label as the export), or none if unroutable. */
export type LinkData = { link: Link; badge?: Badge; route: RoutedLink | undefined };
export type WitnessData = { route: RoutedLink | undefined };

export type SiteNodeType = Node<SiteData, 'site'>;
export type ServerNodeType = Node<ServerData, 'server'>;
export type ClusterNodeType = Node<ClusterData, 'cluster'>;
export type InfraNodeType = Node<InfraData, 'infrastructure'>;
export type PlanNode = SiteNodeType | ServerNodeType | ClusterNodeType | InfraNodeType;
export type PlanEdge = Edge<LinkData, 'link'> | Edge<WitnessData, 'witness'>;

function badgeOf(findings: readonly Finding[] | undefined): Badge | undefined {
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

function badgeText(badge: Badge | undefined): string {
  return badge ? badgeWords(badge) : 'no findings';
}

export function serverSummary(server: Server): string {
  if (server.product !== 'exchange2007') return `existing ${PRODUCT_LABEL[server.product]}`;
  const bits = [OS_SHORT[server.os], server.arch];
  if (server.exchangeEdition === 'enterprise') bits.push('Enterprise');
  return bits.join(' · ');
}

const sameBadge = (a?: Badge, b?: Badge) =>
  a?.counts.error === b?.counts.error && a?.counts.warning === b?.counts.warning && a?.counts.info === b?.counts.info;

type Cache = Map<string, PlanNode>;

/** Everything a node is built from (the box and record by identity). */
interface NodeInputs {
  box: Box;
  record: object | undefined;
  badge: Badge | undefined;
  selected: boolean;
  nodeCount: number | undefined;
  clusterRole: string | undefined;
  witness: string | undefined;
}

const sameInputs = (a: NodeInputs, b: NodeInputs) =>
  a.box === b.box &&
  a.record === b.record &&
  a.selected === b.selected &&
  a.nodeCount === b.nodeCount &&
  a.clusterRole === b.clusterRole &&
  a.witness === b.witness &&
  (a.badge === b.badge || (!!a.badge && !!b.badge && sameBadge(a.badge, b.badge)));

/**
 * The previous object for this id when nothing drawn from it changed, so React Flow does not
 * redraw it: same type, selection, accessible name and data, and whatever else `same` compares.
 */
function reuseWhen<T extends PlanNode | PlanEdge>(
  cache: Map<string, T>,
  next: T,
  same: (prev: T) => boolean,
): T {
  const prev = cache.get(next.id);
  if (
    prev &&
    prev.type === next.type &&
    prev.selected === next.selected &&
    prev.ariaLabel === next.ariaLabel &&
    shallowEqualData(prev.data as Record<string, unknown>, next.data as Record<string, unknown>) &&
    same(prev)
  )
    return prev;
  cache.set(next.id, next);
  return next;
}

const reuse = (cache: Cache, next: PlanNode) =>
  reuseWhen(
    cache,
    next,
    (prev) =>
      prev.parentId === next.parentId &&
      prev.position.x === next.position.x &&
      prev.position.y === next.position.y &&
      prev.width === next.width &&
      prev.height === next.height,
  );

const reuseEdge = (cache: Map<string, PlanEdge>, next: PlanEdge) =>
  reuseWhen(cache, next, (prev) => prev.source === next.source && prev.target === next.target);

function shallowEqualData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => (k === 'badge' ? sameBadge(a[k] as Badge, b[k] as Badge) : a[k] === b[k]));
}

/** Creates a mapper with its own node cache and router (one per canvas; the bench times its own router). */
export function createPlanToFlow(route: (plan: Plan) => Routes = createRouter()) {
  const cache: Cache = new Map();
  const edgeCache = new Map<string, PlanEdge>();
  const drawn = new Map<string, { inputs: NodeInputs; node: PlanNode }>();
  return (plan: Plan, byItem: ReadonlyMap<string, Finding[]>, selection: ReadonlySet<string>) => {
    const layout = resolveLayout(plan);
    const sites = new Map(plan.sites.map((s) => [s.id, s]));
    const servers = new Map(plan.servers.map((s) => [s.id, s]));
    const clusters = new Map(plan.clusters.map((c) => [c.id, c]));
    const infra = new Map(plan.infrastructure.map((i) => [i.id, i]));
    const witnessOf = new Map(plan.clusters.filter((c) => c.witness).map((c) => [c.witness!, c.name]));
    const firstNode = new Map<string, string>();
    const nodeCount = new Map<string, number>();
    for (const s of plan.servers)
      if (s.cluster) {
        if (!firstNode.has(s.cluster)) firstNode.set(s.cluster, s.id);
        nodeCount.set(s.cluster, (nodeCount.get(s.cluster) ?? 0) + 1);
      }

    // A box whose object, record, badge, selection and cluster facts are those it was last drawn
    // with keeps its node without building a new one to compare.
    const nodes: PlanNode[] = layout.boxes.map((box) => {
      const inputs = inputsOf(box);
      const last = drawn.get(box.id);
      if (last && sameInputs(last.inputs, inputs)) return last.node;
      const node = reuse(cache, toNode(box, inputs.badge));
      drawn.set(box.id, { inputs, node });
      return node;
    });
    function inputsOf(box: Box): NodeInputs {
      const server = box.kind === 'server' ? servers.get(box.id) : undefined;
      const record = box.kind === 'site' ? sites.get(box.id) : box.kind === 'cluster' ? clusters.get(box.id) : (server ?? infra.get(box.id));
      return {
        box,
        record,
        badge: badgeOf(byItem.get(box.id)),
        selected: selection.has(box.id),
        nodeCount: box.kind === 'cluster' ? nodeCount.get(box.id) : undefined,
        clusterRole: server?.cluster ? `${firstNode.get(server.cluster) === server.id}${clusters.get(server.cluster)?.standby}` : undefined,
        witness: server ? witnessOf.get(server.id) : undefined,
      };
    }
    function toNode(box: Box, badge: Badge | undefined): PlanNode {
      const common = {
        id: box.id,
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        // Sizes are known from the plan: React Flow need not measure (and re-measure) each node.
        measured: { width: box.width, height: box.height },
        selected: selection.has(box.id),
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
        const what =
          server.product === 'exchange2007' ? 'Server' : `Existing ${PRODUCT_LABEL[server.product]} server`;
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

    const routes = route(plan);
    const edges: PlanEdge[] = plan.links.map((link) => {
      const badge = badgeOf(byItem.get(link.id));
      return reuseEdge(edgeCache, {
        id: link.id,
        source: link.from,
        target: link.to,
        type: 'link',
        selected: selection.has(link.id),
        data: { link, route: routes.get(link.id), ...(badge ? { badge } : {}) },
        ariaLabel: `${link.kind} from ${nameOf(link.from)} to ${nameOf(link.to)}`,
      });
    });
    for (const c of plan.clusters)
      if (c.witness && servers.has(c.witness))
        edges.push(
          reuseEdge(edgeCache, {
            id: witnessId(c.id),
            source: c.id,
            target: c.witness,
            type: 'witness',
            selectable: false,
            focusable: false,
            data: { route: routes.get(witnessId(c.id)) },
          }),
        );

    function nameOf(id: string): string {
      return (
        sites.get(id)?.name ?? servers.get(id)?.name ?? clusters.get(id)?.name ?? infra.get(id)?.name ?? id
      );
    }
    forgetGone(layout, edges);
    return { nodes, edges };
  };

  /** Drops what was drawn for items and links the plan no longer has (a canvas lives across plans). */
  function forgetGone(layout: ResolvedLayout, edges: readonly PlanEdge[]) {
    if (drawn.size > layout.boxes.length || cache.size > layout.boxes.length)
      for (const id of new Set([...drawn.keys(), ...cache.keys()]))
        if (!layout.byId.has(id)) {
          drawn.delete(id);
          cache.delete(id);
        }
    if (edgeCache.size > edges.length) {
      const kept = new Set(edges.map((e) => e.id));
      for (const id of edgeCache.keys()) if (!kept.has(id)) edgeCache.delete(id);
    }
  }
}
