// What goes inside one container (a site, or the "not yet placed" area): Exchange servers and
// clustered mailbox servers in role order, then the infrastructure in a row of its own, the way
// Microsoft's deployment figures read (Client Access first, the phone system last).
import type { Cluster, InfraKind, Infrastructure, Layout, Server } from '../model/schema.ts';
import {
  CLUSTER_HEADER,
  CLUSTER_PADDING,
  INFRA_HEIGHT,
  INFRA_WIDTH,
  SERVER_WIDTH,
  serverHeight,
} from '../theme/geometry.ts';
import { flowRows, rowBudget, snap, type Sized } from './flow.ts';

export const ITEM_GAP = 24;
export const ROW_GAP = 32;
const NODE_GAP = 16;
/** Wider SCC clusters wrap their nodes so one cluster does not stretch a whole site. */
const NODES_PER_ROW = 4;
/** Six servers side by side before a site wraps to a second row. */
const MIN_ROW_WIDTH = 6 * (SERVER_WIDTH + ITEM_GAP) - ITEM_GAP;

const CLUSTER_RANK = 3;
// Clients first (under Client Access), the phone system last (nearest Unified Messaging).
const INFRA_RANK: Record<InfraKind, number> = {
  clients: 0,
  'domain-controller': 1,
  'ip-gateway': 2,
  pbx: 3,
  internet: 4,
  firewall: 5,
};

/** Client Access, Hub Transport, Mailbox, (clusters), Unified Messaging, Edge, then the rest. */
export function serverRank(server: Server): number {
  const roles = server.roles;
  if (roles.includes('ClientAccess')) return 0;
  if (roles.includes('HubTransport')) return 1;
  if (roles.includes('Mailbox')) return 2;
  if (roles.includes('UnifiedMessaging')) return 4;
  if (roles.includes('EdgeTransport')) return 5;
  return 6;
}

interface Keyed extends Sized {
  rank: number;
  name: string;
}

/** Plain code-unit comparison: the same order on every machine and locale. */
function byRankNameId(a: Keyed, b: Keyed): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Positions a cluster's nodes side by side inside its box and returns the box's size. */
export function arrangeCluster(clusterId: string, nodes: readonly Server[], layout: Layout): Sized {
  const items = nodes.map((s) => ({
    id: s.id,
    width: SERVER_WIDTH,
    height: serverHeight(s),
    rank: 0,
    name: s.name,
  }));
  items.sort(byRankNameId);
  const maxWidth = NODES_PER_ROW * (SERVER_WIDTH + NODE_GAP) - NODE_GAP;
  const flow = flowRows(items, {
    x: CLUSTER_PADDING,
    y: CLUSTER_HEADER,
    maxWidth,
    gapX: NODE_GAP,
    gapY: NODE_GAP,
  });
  for (const p of flow.placed) layout[p.id] = { x: p.x, y: p.y };
  // The same minimum resolveLayout gives an empty cluster, so the box never jumps on render.
  const width = snap(Math.max(flow.right, CLUSTER_PADDING + SERVER_WIDTH) + CLUSTER_PADDING);
  const height = snap(Math.max(flow.bottom, CLUSTER_HEADER) + CLUSTER_PADDING);
  return { id: clusterId, width, height };
}

export interface Contents {
  servers: Server[];
  clusters: Cluster[];
  infrastructure: Infrastructure[];
}

export function emptyContents(): Contents {
  return { servers: [], clusters: [], infrastructure: [] };
}

/**
 * Lays out a container's members from (x, y): servers and clusters in rows, then infrastructure.
 * `clusterSize` must already hold the size of every cluster listed. Returns the extent reached.
 */
export function arrangeContents(
  contents: Contents,
  clusterSize: ReadonlyMap<string, Sized>,
  origin: { x: number; y: number; /** Rows may use at least this width. */ minWidth?: number },
  layout: Layout,
): { right: number; bottom: number } {
  const exchange: Keyed[] = contents.servers.map((s) => ({
    id: s.id,
    width: SERVER_WIDTH,
    height: serverHeight(s),
    rank: serverRank(s),
    name: s.name,
  }));
  for (const c of contents.clusters) {
    const size = clusterSize.get(c.id) ?? { width: SERVER_WIDTH, height: CLUSTER_HEADER };
    exchange.push({ id: c.id, width: size.width, height: size.height, rank: CLUSTER_RANK, name: c.name });
  }
  exchange.sort(byRankNameId);
  const infra: Keyed[] = contents.infrastructure.map((i) => ({
    id: i.id,
    width: INFRA_WIDTH,
    height: INFRA_HEIGHT,
    rank: INFRA_RANK[i.kind],
    name: i.name,
  }));
  infra.sort(byRankNameId);

  const maxWidth = rowBudget(
    [...exchange, ...infra],
    ITEM_GAP,
    Math.max(MIN_ROW_WIDTH, origin.minWidth ?? 0),
  );
  let right = origin.x;
  let bottom = origin.y;
  let top = origin.y;
  for (const group of [exchange, infra]) {
    if (group.length === 0) continue;
    const flow = flowRows(group, { x: origin.x, y: top, maxWidth, gapX: ITEM_GAP, gapY: ROW_GAP });
    for (const p of flow.placed) layout[p.id] = { x: p.x, y: p.y };
    right = Math.max(right, flow.right);
    bottom = Math.max(bottom, flow.bottom);
    top = snap(flow.bottom + ROW_GAP);
  }
  return { right, bottom };
}
