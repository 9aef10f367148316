// Where every item of a plan sits and how big it is: one answer for the canvas, the SVG export and
// auto-layout. Positions in plan.layout are relative to the item's container (a server's site or
// cluster, a cluster's site); sites and uncontained items are absolute. Containers grow to fit.
import { storedPosition } from '../model/positions.ts';
import type { Plan, Server } from '../model/schema.ts';

export const GRID = 8;

export const SERVER_WIDTH = 184;
export const SERVER_HEADER = 46;
export const ROLE_CHIP_HEIGHT = 24;
export const ROLE_CHIP_GAP = 4;
export const SERVER_PADDING = 8;
/** Room for "drop a role here" on a server with no roles. */
export const SERVER_EMPTY_BODY = 28;

export const INFRA_WIDTH = 128;
export const INFRA_HEIGHT = 68;

export const SITE_HEADER = 40;
export const SITE_PADDING = 24;
export const SITE_MIN_WIDTH = 280;
export const SITE_MIN_HEIGHT = 180;

export const CLUSTER_HEADER = 40;
export const CLUSTER_PADDING = 16;

export type BoxKind = 'site' | 'cluster' | 'server' | 'infrastructure';

export interface Box {
  id: string;
  kind: BoxKind;
  /** The container this box is drawn in, if any. */
  parent: string | undefined;
  /** Relative to the parent (absolute when there is none). */
  x: number;
  y: number;
  /** Absolute canvas coordinates. */
  absX: number;
  absY: number;
  width: number;
  height: number;
}

export interface ResolvedLayout {
  /** In drawing order: sites, then clusters, then servers and infrastructure (containers first). */
  boxes: Box[];
  byId: Map<string, Box>;
  bounds: { x: number; y: number; width: number; height: number };
}

export function serverHeight(server: Pick<Server, 'roles' | 'product'>): number {
  const n = server.roles.length;
  const body = n === 0 ? SERVER_EMPTY_BODY : n * ROLE_CHIP_HEIGHT + (n - 1) * ROLE_CHIP_GAP;
  return SERVER_HEADER + body + SERVER_PADDING;
}

/** The container a server is drawn in: its cluster, else its site. */
export function serverParent(server: Server): string | undefined {
  return server.cluster ?? server.site;
}

interface Pending {
  id: string;
  kind: BoxKind;
  parent: string | undefined;
  width: number;
  height: number;
}

function fallbackSlot(index: number, _kind: BoxKind, inContainer: boolean, header: number, padding: number) {
  // One column width for every kind, so siblings of different kinds never share a slot.
  const colWidth = Math.max(SERVER_WIDTH, INFRA_WIDTH) + 32;
  const cols = 4;
  const col = index % cols;
  const row = Math.floor(index / cols);
  return inContainer
    ? { x: padding + col * colWidth, y: header + padding / 2 + row * 200 }
    : { x: col * colWidth, y: row * 220 };
}

const resolved = new WeakMap<Plan, ResolvedLayout>();
/** The boxes last resolved, by id: an unchanged box keeps its object, so consumers compare by identity. */
let lastBoxes = new Map<string, Box>();

/**
 * Every item's box, resolved from the plan's layout and the containment rules. Plans are immutable,
 * so the result is kept per plan object (the canvas, the drop and the export ask for the same plan's
 * layout several times per edit); treat it as read-only.
 */
export function resolveLayout(plan: Plan): ResolvedLayout {
  let result = resolved.get(plan);
  if (!result) {
    result = computeLayout(plan);
    resolved.set(plan, result);
  }
  return result;
}

function computeLayout(plan: Plan): ResolvedLayout {
  const layout = plan.layout;
  const children = new Map<string | undefined, Pending[]>();
  const push = (p: Pending) => {
    const list = children.get(p.parent);
    if (list) list.push(p);
    else children.set(p.parent, [p]);
  };

  const clusterIds = new Set(plan.clusters.map((c) => c.id));
  for (const s of plan.servers) {
    const parent = s.cluster !== undefined && clusterIds.has(s.cluster) ? s.cluster : s.site;
    push({ id: s.id, kind: 'server', parent, width: SERVER_WIDTH, height: serverHeight(s) });
  }
  for (const i of plan.infrastructure)
    push({ id: i.id, kind: 'infrastructure', parent: i.site, width: INFRA_WIDTH, height: INFRA_HEIGHT });
  // A cluster is drawn in its nodes' site when they all share one .
  const siteOfCluster = new Map<string, string | undefined>();
  for (const s of plan.servers) {
    if (s.cluster === undefined) continue;
    if (!siteOfCluster.has(s.cluster)) siteOfCluster.set(s.cluster, s.site);
    else if (siteOfCluster.get(s.cluster) !== s.site) siteOfCluster.set(s.cluster, undefined);
  }
  for (const c of plan.clusters)
    push({ id: c.id, kind: 'cluster', parent: siteOfCluster.get(c.id), width: 0, height: 0 });
  for (const s of plan.sites) push({ id: s.id, kind: 'site', parent: undefined, width: 0, height: 0 });

  const relative = new Map<
    string,
    { x: number; y: number; width: number; height: number; parent: string | undefined; kind: BoxKind }
  >();

  // Size a box: leaves have fixed sizes; containers fit their children (laid out first).
  const place = (p: Pending, index: number, inContainer: boolean, header: number, padding: number) => {
    let { width, height } = p;
    if (p.kind === 'site' || p.kind === 'cluster') {
      const isSite = p.kind === 'site';
      const head = isSite ? SITE_HEADER : CLUSTER_HEADER;
      const pad = isSite ? SITE_PADDING : CLUSTER_PADDING;
      const kids = children.get(p.id) ?? [];
      let right = isSite ? SITE_MIN_WIDTH : SERVER_WIDTH + 2 * pad;
      let bottom = isSite ? SITE_MIN_HEIGHT : head + pad;
      kids.forEach((kid, k) => {
        const r = place(kid, k, true, head, pad);
        right = Math.max(right, r.x + r.width + pad);
        bottom = Math.max(bottom, r.y + r.height + pad);
      });
      const stored = storedPosition(layout, p.id);
      width = Math.max(right, stored?.width ?? 0);
      height = Math.max(bottom, stored?.height ?? 0);
    }
    const stored = storedPosition(layout, p.id);
    const at = stored ?? fallbackSlot(index, p.kind, inContainer, header, padding);
    const box = { x: at.x, y: at.y, width, height, parent: p.parent, kind: p.kind };
    relative.set(p.id, box);
    return box;
  };

  const roots = children.get(undefined) ?? [];
  // Roots: sites first so uncontained items fall back below them.
  roots.sort((a, b) => rank(a.kind) - rank(b.kind));
  let siteX = 0;
  roots.forEach((p, index) => {
    if (p.kind === 'site' && !storedPosition(layout, p.id)) {
      const box = place(p, index, false, 0, 0);
      box.x = siteX;
      box.y = 0;
      siteX += box.width + 64;
    } else {
      const box = place(p, index, false, 0, 0);
      if (p.kind === 'site') siteX = Math.max(siteX, box.x + box.width + 64);
    }
  });
  // Children whose parent does not exist in the plan were never placed: place them as roots.
  for (const [parent, list] of children) {
    if (parent === undefined || relative.has(parent)) continue;
    list.forEach((p, index) => place({ ...p, parent: undefined }, index, false, 0, 0));
  }

  const boxes: Box[] = [];
  const byId = new Map<string, Box>();
  const absolute = (id: string, depth = 0): { x: number; y: number } => {
    const r = relative.get(id)!;
    if (r.parent === undefined || depth > 4 || !relative.has(r.parent)) return { x: r.x, y: r.y };
    const p = absolute(r.parent, depth + 1);
    return { x: p.x + r.x, y: p.y + r.y };
  };
  for (const [id, r] of relative) {
    const abs = absolute(id);
    const parent = r.parent !== undefined && relative.has(r.parent) ? r.parent : undefined;
    const old = lastBoxes.get(id);
    const box: Box =
      old && old.kind === r.kind && old.parent === parent && old.x === r.x && old.y === r.y && old.absX === abs.x && old.absY === abs.y && old.width === r.width && old.height === r.height
        ? old
        : { id, kind: r.kind, parent, x: r.x, y: r.y, absX: abs.x, absY: abs.y, width: r.width, height: r.height };
    byId.set(id, box);
    boxes.push(box);
  }
  lastBoxes = byId;
  boxes.sort((a, b) => rank(a.kind) - rank(b.kind));

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.absX);
    minY = Math.min(minY, b.absY);
    maxX = Math.max(maxX, b.absX + b.width);
    maxY = Math.max(maxY, b.absY + b.height);
  }
  const bounds =
    boxes.length === 0
      ? { x: 0, y: 0, width: 0, height: 0 }
      : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return { boxes, byId, bounds };
}

function rank(kind: BoxKind): number {
  return kind === 'site' ? 0 : kind === 'cluster' ? 1 : 2;
}
