// The one map from a plan to React Flow nodes and edges. Node and edge objects are reused when
// nothing they show has changed, so React Flow re-renders only the nodes an edit touched. After an
// edit only what it can have changed is looked at again: the records it replaced, added or removed
// (planRecords.ts), the findings, selection and routes that differ, and the boxes that moved (each
// box is compared by identity); everything else keeps its node or edge without a lookup. The result
// equals a fresh mapping of the plan (planToFlow.incremental.test.ts).
import type { Edge, Node } from '@xyflow/react';
import { OS_SHORT, PRODUCT_LABEL, type Cluster, type Infrastructure, type Link, type Plan, type Server, type Site } from '../model/index.ts';
import type { Finding, Severity } from '../rules/types.ts';
import { createRouter, witnessId, type RoutedLink, type Routes } from '../layout/route.ts';
import { routeChanges } from '../layout/routeChanges.ts';
import { resolveLayout, type Box } from '../theme/geometry.ts';
import { createPlanRecords } from './planRecords.ts';
import { badgeOf, differing, forget, reuseEdge, reuseNode, sameNodeBox, toNode, witnessLines } from './planNodes.ts';

export { badgeWords } from './planNodes.ts';

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

export function serverSummary(server: Server): string {
  if (server.product !== 'exchange2007') return `existing ${PRODUCT_LABEL[server.product]}`;
  const bits = [OS_SHORT[server.os], server.arch];
  if (server.exchangeEdition === 'enterprise') bits.push('Enterprise');
  return bits.join(' · ');
}

/** Everything a node is built from (box geometry, record and findings list by identity), and the node. */
interface Drawn {
  box: Box;
  record: object | undefined;
  findings: readonly Finding[] | undefined;
  selected: boolean;
  /** A cluster's node count, or a clustered server's place (first node, standby): see `clusterFact`. */
  cluster: number | undefined;
  witness: string | undefined;
  node: PlanNode;
  /** The mapping that last drew or kept it: only a node of the last mapping can be kept unseen. */
  seen: number;
  /** Something it is built from other than its box may have changed since. */
  stale: boolean;
  /** Its place in the nodes of the mapping that last drew or kept it. */
  at: number;
}

/** Everything a link's edge is built from, and the edge. */
interface DrawnLink {
  link: Link;
  route: RoutedLink | undefined;
  findings: readonly Finding[] | undefined;
  selected: boolean;
  label: string;
  edge: PlanEdge;
}

/** Each mapping's nodes: where a node of an id is among them, if it is (undefined: look it up otherwise). */
const places = new WeakMap<readonly PlanNode[], (id: string) => number | undefined>();

/**
 * Where the node of `id` is among `nodes` (the last node of that id), read from what the mapping
 * that made them keeps, without walking them: undefined when that cannot tell (the id is not among
 * them, or they are not a mapping's).
 */
export const placeKnown = (nodes: readonly PlanNode[], id: string): number | undefined => places.get(nodes)?.(id);

/** Creates a mapper with its own node cache and router (one per canvas; the bench times its own router). */
export function createPlanToFlow(route: (plan: Plan) => Routes = createRouter()) {
  const records = createPlanRecords();
  const drawn = new Map<string, Drawn>();
  const linksDrawn = new Map<string, DrawnLink>();
  const witnesses = new Map<string, PlanEdge>();
  let seen = 0;
  let last:
    | {
        byItem: ReadonlyMap<string, Finding[]>;
        selection: ReadonlySet<string>;
        routes: Routes;
        /** The boxes mapped, and what was drawn or kept for each. */
        boxes: readonly Box[];
        drawn: Drawn[];
        links: PlanEdge[];
        linkAt?: Map<string, number>;
        witnesses: PlanEdge[];
        edges: PlanEdge[];
      }
    | undefined;

  /** `given`: the plan's routes when the caller has them (the canvas's, exact or provisional). */
  return (plan: Plan, byItem: ReadonlyMap<string, Finding[]>, selection: ReadonlySet<string>, given?: Routes) => {
    const layout = resolveLayout(plan);
    const changes = records.update(plan);
    const routes = given ?? route(plan);
    // Everything is looked at again for a first plan, a list that repeats an id, or two items of one id.
    const fresh = changes.all || !last || layout.byId.size !== layout.boxes.length;
    // Items and links whose findings or selection changed.
    const touched = new Set<string>();
    if (last) {
      differing(last.byItem, byItem, touched);
      differing(last.selection, selection, touched);
    }
    const now = ++seen;
    for (const ids of [changes.items, touched])
      for (const id of ids) {
        const d = drawn.get(id);
        if (d) d.stale = true;
      }

    /** A cluster's node count; for a clustered server 1 + (first node: 1) + (standby cluster: 2); else undefined. */
    const clusterFact = (box: Box, server: Server | undefined): number | undefined => {
      if (box.kind === 'cluster') return records.nodeCount.get(box.id);
      if (!server?.cluster) return undefined;
      return 1 + (records.firstNode.get(server.cluster) === server.id ? 1 : 0) + (records.clusters.get(server.cluster)?.standby ? 2 : 0);
    };
    /** The node of a box that moved or whose record, findings, selection or cluster facts may have changed. */
    const redraw = (box: Box, last: Drawn | undefined, at: number): Drawn => {
      const server = box.kind === 'server' ? records.servers.get(box.id) : undefined;
      const record =
        box.kind === 'site' ? records.sites.get(box.id) : box.kind === 'cluster' ? records.clusters.get(box.id) : (server ?? records.infra.get(box.id));
      const findings = byItem.get(box.id);
      const selected = selection.has(box.id);
      const cluster = clusterFact(box, server);
      const witness = server ? records.witnessOf.get(server.id) : undefined;
      if (last && sameNodeBox(last.box, box) && last.record === record && last.findings === findings && last.selected === selected && last.cluster === cluster && last.witness === witness)
        return Object.assign(last, { box, seen: now, stale: false, at });
      const node = reuseNode(last?.node, toNode(box, badgeOf(findings), selected, records));
      const d = { box, record, findings, selected, cluster, witness, node, seen: now, stale: false, at };
      drawn.set(box.id, d);
      return d;
    };
    // A box of the last mapping with nothing changed but maybe its place keeps its node. The boxes
    // are walked beside the last mapping's: a box the layout did not touch is the same object at
    // the next place there, found without a lookup; the walk there picks up again after each other one.
    const boxes = layout.boxes;
    const nodes = new Array<PlanNode>(boxes.length);
    const kept = new Array<Drawn>(boxes.length);
    const before = fresh ? undefined : last?.boxes;
    for (let at = 0, j = 0; at < boxes.length; at++) {
      const box = boxes[at]!;
      const same = before?.[j] === box;
      let d = same ? last!.drawn[j++] : drawn.get(box.id);
      if (!fresh && d && d.seen === now - 1) {
        if (!same) j = d.at + 1;
        if (!d.stale && sameNodeBox(d.box, box)) {
          d.seen = now;
          d.box = box;
          d.at = at;
          nodes[at] = d.node;
          kept[at] = d;
          continue;
        }
      }
      d = redraw(box, d, at);
      nodes[at] = d.node;
      kept[at] = d;
    }
    places.set(nodes, (id) => {
      const d = drawn.get(id);
      return d && nodes[d.at] === d.node ? d.at : undefined;
    });

    function nameOf(id: string): string {
      return records.sites.get(id)?.name ?? records.servers.get(id)?.name ?? records.clusters.get(id)?.name ?? records.infra.get(id)?.name ?? id;
    }
    const linkEdge = (link: Link): PlanEdge => {
      const d = linksDrawn.get(link.id);
      const route = routes.get(link.id);
      const findings = byItem.get(link.id);
      const selected = selection.has(link.id);
      const label = `${link.kind} from ${nameOf(link.from)} to ${nameOf(link.to)}`;
      if (d && d.link === link && d.route === route && d.findings === findings && d.selected === selected && d.label === label) return d.edge;
      const badge = badgeOf(findings);
      const edge = reuseEdge(d?.edge, {
        id: link.id,
        source: link.from,
        target: link.to,
        type: 'link',
        selected,
        data: { link, route, ...(badge ? { badge } : {}) },
        ariaLabel: label,
      });
      linksDrawn.set(link.id, { link, route, findings, selected, label, edge });
      return edge;
    };
    const moved = last && routeChanges(routes, last.routes);
    let links: PlanEdge[];
    let linkAt: Map<string, number> | undefined;
    if (fresh || !moved || changes.linkOrder) {
      // Every link looked at: each keeps its edge when its record, route, findings, selection and ends' names are the same.
      links = plan.links.map(linkEdge);
      forget(linksDrawn, plan.links);
    } else {
      // Only the links something changed for; the others keep their edges at their places.
      links = last!.links;
      linkAt = last!.linkAt;
      for (const ids of [changes.links, touched, moved])
        for (const id of ids) {
          linkAt ??= new Map(links.map((e, i) => [e.id, i]));
          const at = linkAt.get(id);
          if (at === undefined) continue;
          const edge = linkEdge(plan.links[at]!);
          if (edge === links[at]) continue;
          if (links === last!.links) links = links.slice();
          links[at] = edge;
        }
    }
    const witnessMoved = !moved || moved.some((id) => id.startsWith(witnessId('')));
    const witnessEdges = fresh || changes.witnesses || witnessMoved ? witnessLines(plan, records.servers, routes, witnesses, last?.witnesses) : last!.witnesses;
    const edges = last && links === last.links && witnessEdges === last.witnesses ? last.edges : [...links, ...witnessEdges];

    // What was drawn for items the plan no longer has is forgotten (a canvas lives across plans).
    if (fresh) {
      if (drawn.size > layout.boxes.length) for (const id of drawn.keys()) if (!layout.byId.has(id)) drawn.delete(id);
    } else for (const id of changes.items) if (!layout.byId.has(id)) drawn.delete(id);
    last = { byItem, selection, routes, boxes, drawn: kept, links, ...(linkAt ? { linkAt } : {}), witnesses: witnessEdges, edges };
    return { nodes, edges };
  };
}
