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
import { handlesFor } from './nodes/handleGeometry.ts';

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

/** Everything a node is built from (box, record and findings list by identity), and the node. */
interface Drawn {
  box: Box;
  record: object | undefined;
  findings: readonly Finding[] | undefined;
  selected: boolean;
  /** A cluster's node count, or a clustered server's place (first node, standby): see `clusterFact`. */
  cluster: number | undefined;
  witness: string | undefined;
  node: PlanNode;
}

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
  const drawn = new Map<string, Drawn>();
  /** Lists map by id, kept while the plan keeps the list (an edit replaces only what it changed). */
  const byIdOf = <T extends { id: string }>() => {
    let list: readonly T[] | undefined;
    let map = new Map<string, T>();
    return (next: readonly T[]) => {
      if (next !== list) {
        list = next;
        map = new Map();
        for (const item of next) map.set(item.id, item);
      }
      return map;
    };
  };
  const sitesById = byIdOf<Site>();
  const serversById = byIdOf<Server>();
  const clustersById = byIdOf<Cluster>();
  const infraById = byIdOf<Infrastructure>();
  /** `given`: the plan's routes when the caller has them (the canvas's, exact or provisional). */
  return (plan: Plan, byItem: ReadonlyMap<string, Finding[]>, selection: ReadonlySet<string>, given?: Routes) => {
    const layout = resolveLayout(plan);
    const sites = sitesById(plan.sites);
    const servers = serversById(plan.servers);
    const clusters = clustersById(plan.clusters);
    const infra = infraById(plan.infrastructure);
    const witnessOf = new Map<string, string>();
    for (const c of plan.clusters) if (c.witness) witnessOf.set(c.witness, c.name);
    const firstNode = new Map<string, string>();
    const nodeCount = new Map<string, number>();
    for (const s of plan.servers)
      if (s.cluster) {
        if (!firstNode.has(s.cluster)) firstNode.set(s.cluster, s.id);
        nodeCount.set(s.cluster, (nodeCount.get(s.cluster) ?? 0) + 1);
      }
    /** A cluster's node count; for a clustered server 1 + (first node: 1) + (standby cluster: 2); else undefined. */
    const clusterFact = (box: Box, server: Server | undefined): number | undefined => {
      if (box.kind === 'cluster') return nodeCount.get(box.id);
      if (!server?.cluster) return undefined;
      return 1 + (firstNode.get(server.cluster) === server.id ? 1 : 0) + (clusters.get(server.cluster)?.standby ? 2 : 0);
    };

    // A box whose object, record, findings, selection and cluster facts are those it was last drawn
    // with keeps its node without building a new one to compare (nor anything else per box).
    const nodes: PlanNode[] = layout.boxes.map((box) => {
      const server = box.kind === 'server' ? servers.get(box.id) : undefined;
      const record = box.kind === 'site' ? sites.get(box.id) : box.kind === 'cluster' ? clusters.get(box.id) : (server ?? infra.get(box.id));
      const findings = byItem.get(box.id);
      const selected = selection.has(box.id);
      const cluster = clusterFact(box, server);
      const witness = server ? witnessOf.get(server.id) : undefined;
      const last = drawn.get(box.id);
      if (last && last.box === box && last.record === record && last.findings === findings && last.selected === selected && last.cluster === cluster && last.witness === witness)
        return last.node;
      const node = reuse(cache, toNode(box, badgeOf(findings)));
      drawn.set(box.id, { box, record, findings, selected, cluster, witness, node });
      return node;
    });
    function toNode(box: Box, badge: Badge | undefined): PlanNode {
      const common = {
        id: box.id,
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        // Sizes are known from the plan: React Flow need not measure (and re-measure) each node.
        measured: { width: box.width, height: box.height },
        // ... and so are its handles: React Flow draws the links in the cards' own frame.
        handles: handlesFor(box.width, box.height),
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

    const routes = given ?? route(plan);
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
