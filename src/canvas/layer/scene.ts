// What the zoomed-out layer draws, taken from the same nodes and edges React Flow is given (so the
// layer and the cards never disagree): each item's absolute box and what colors it, each link's
// route. Built once per plan; the selection and the items shown as cards are applied when painting.
import type { Point, RoutedLink } from '../../layout/route.ts';
import type { Role } from '../../model/index.ts';
import type { Severity } from '../../rules/types.ts';
import { resolveLayout, type BoxKind } from '../../theme/geometry.ts';
import type { Plan } from '../../model/index.ts';
import { LINK_STYLE } from '../../theme/tokens.ts';
import type { PlanEdge, PlanNode } from '../planToFlow.ts';

export interface SceneItem {
  id: string;
  kind: BoxKind;
  parent: string | undefined;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A variant drawn in other colors: perimeter network, existing server, standby cluster. */
  variant?: 'perimeter' | 'legacy' | 'standby';
  name: string;
  roles: readonly Role[];
  /** Infrastructure: its kind (for its color). */
  infra?: string;
  worst?: Severity;
  findings: number;
}

export interface SceneLink {
  id: string;
  points: readonly Point[];
  color: string;
  width: number;
  /** Dash pattern in flow units ([] for solid). */
  dash: number[];
  worst?: Severity;
  ends: [string, string];
  /** The route as the router made it (its end boxes tell when an end has moved since). */
  route: RoutedLink;
}

export interface Scene {
  items: SceneItem[];
  byId: Map<string, SceneItem>;
  links: SceneLink[];
  /** Around every item and every link's route. */
  bounds: { x: number; y: number; width: number; height: number };
}

function boundsOf(items: readonly SceneItem[], links: readonly SceneLink[]): Scene['bounds'] {
  // Plain variables: a destructured array per item cost milliseconds at 5,000 servers on every edit.
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const i of items) {
    if (i.x < x0) x0 = i.x;
    if (i.y < y0) y0 = i.y;
    if (i.x + i.width > x1) x1 = i.x + i.width;
    if (i.y + i.height > y1) y1 = i.y + i.height;
  }
  for (const l of links)
    for (const p of l.points) {
      if (p.x < x0) x0 = p.x;
      if (p.y < y0) y0 = p.y;
      if (p.x > x1) x1 = p.x;
      if (p.y > y1) y1 = p.y;
    }
  return x0 === Infinity ? { x: 0, y: 0, width: 0, height: 0 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const NO_ROLES: readonly Role[] = [];
const WITNESS = { color: '#5b7fa8', width: 1.5, dash: [1, 3] };

function itemOf(node: PlanNode, box: { absX: number; absY: number; width: number; height: number; kind: BoxKind; parent: string | undefined }): SceneItem {
  const badge = node.data.badge;
  let name: string;
  let roles: readonly Role[] = NO_ROLES;
  let variant: SceneItem['variant'];
  let infra: string | undefined;
  if (node.type === 'site') {
    name = node.data.site.name;
    if (node.data.site.kind === 'perimeter') variant = 'perimeter';
  } else if (node.type === 'cluster') {
    name = node.data.cluster.name;
    if (node.data.cluster.standby) variant = 'standby';
  } else if (node.type === 'server') {
    const server = node.data.server;
    name = server.name;
    roles = server.roles;
    if (server.product !== 'exchange2007') variant = 'legacy';
  } else {
    name = node.data.item.name;
    infra = node.data.item.kind;
  }
  // Every item has the same keys in the same order (absent ones undefined): the scene is walked
  // item by item on every edit, and items of a dozen shapes made each property read a slow one
  // (11 ms for 6,000 items, against 2 ms).
  return { id: node.id, kind: box.kind, parent: box.parent, x: box.absX, y: box.absY, width: box.width, height: box.height, variant, name, roles, infra, worst: badge?.worst, findings: badge?.count ?? 0 };
}

function linkOf(edge: PlanEdge): SceneLink | undefined {
  const route = edge.data?.route;
  if (!route) return undefined;
  const style = edge.type === 'link' ? LINK_STYLE[edge.data!.link.kind] : WITNESS;
  const dash = typeof style.dash === 'string' ? (style.dash ? style.dash.split(' ').map(Number) : []) : style.dash;
  const worst = edge.type === 'link' ? edge.data?.badge?.worst : undefined;
  return { id: edge.id, points: route.points, color: style.color, width: style.width, dash, ends: [edge.source, edge.target], route, ...(worst ? { worst } : {}) };
}

const samePoints = (a: readonly Point[], b: readonly Point[]) => a === b || (a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y));
const sameBox = (a: RoutedLink['ends'][0], b: RoutedLink['ends'][0]) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Whether two links paint alike and route alike (the cards' links are drawn from their routes' end boxes too). */
function sameLink(a: SceneLink, b: SceneLink): boolean {
  return (
    a.color === b.color &&
    a.width === b.width &&
    a.worst === b.worst &&
    a.ends[0] === b.ends[0] &&
    a.ends[1] === b.ends[1] &&
    a.dash.length === b.dash.length &&
    a.dash.every((d, i) => d === b.dash[i]) &&
    samePoints(a.points, b.points) &&
    sameBox(a.route.ends[0], b.route.ends[0]) &&
    sameBox(a.route.ends[1], b.route.ends[1])
  );
}

const itemCache = new WeakMap<PlanNode, SceneItem>();
const linkCache = new WeakMap<PlanEdge, SceneLink | undefined>();

/**
 * The scene of a plan's derived nodes and edges (in React Flow's order: containers first). Nodes
 * and edges planToFlow kept from the last plan keep their scene entries (an item also keeps its
 * box: a moved container moves what it holds without changing their nodes). The layer repaints
 * only entries that are not the same objects as before, so an entry is never changed in place.
 */
export function buildScene(plan: Plan, nodes: readonly PlanNode[], edges: readonly PlanEdge[], prev?: Scene): Scene {
  const layout = resolveLayout(plan);
  const items: SceneItem[] = [];
  const byId = new Map<string, SceneItem>();
  for (const node of nodes) {
    const box = layout.byId.get(node.id);
    if (!box) continue;
    let item = itemCache.get(node);
    if (!item || item.x !== box.absX || item.y !== box.absY || item.width !== box.width || item.height !== box.height) itemCache.set(node, (item = itemOf(node, box)));
    items.push(item);
    byId.set(item.id, item);
  }
  const links: SceneLink[] = [];
  // An edge made anew with the same route and look (the router routed it again to the same points,
  // or routes came in whole from elsewhere) keeps the last scene's link: nothing to repaint or regrid.
  const before = prev && orderOf(prev).links;
  for (const edge of edges) {
    if (!linkCache.has(edge)) {
      const made = linkOf(edge);
      const was = made && before?.get(made.id);
      linkCache.set(edge, was && sameLink(was, made!) ? was : made);
    }
    const link = linkCache.get(edge);
    if (link) links.push(link);
  }
  const scene = { items, byId, links, bounds: boundsOf(items, links) };
  if (prev) builtAfter.set(scene, new WeakRef(prev));
  return scene;
}

/** The scene each scene was built after (held weakly: scenes do not chain in memory). */
const builtAfter = new WeakMap<Scene, WeakRef<Scene>>();
export const sceneBefore = (scene: Scene): Scene | undefined => builtAfter.get(scene)?.deref();

/** Per scene: links by id, and each item's and link's place in paint order. */
export interface SceneOrder {
  links: Map<string, SceneLink>;
  itemOrder: Map<string, number>;
  linkOrder: Map<string, number>;
}
const orders = new WeakMap<Scene, SceneOrder>();
export function orderOf(scene: Scene): SceneOrder {
  let order = orders.get(scene);
  if (!order) {
    const links = new Map<string, SceneLink>();
    const itemOrder = new Map<string, number>();
    const linkOrder = new Map<string, number>();
    scene.items.forEach((i, n) => itemOrder.set(i.id, n));
    scene.links.forEach((l, n) => (links.set(l.id, l), linkOrder.set(l.id, n)));
    orders.set(scene, (order = { links, itemOrder, linkOrder }));
  }
  return order;
}
