// What a drop or a drag does to the plan, decided from what lies under the point. Pure: takes a
// plan and canvas coordinates, returns the edited plan and what to select, so it is unit-tested
// without a browser and the canvas only translates pointer events.
import {
  addCluster,
  addInfrastructure,
  addRole,
  addServer,
  addSite,
  INFRA_LABEL,
  PRODUCT_LABEL,
  ROLE_LABEL,
  moveClusterToSite,
  moveInfrastructureToSite,
  moveRole,
  moveServerToSite,
  newId,
  nextComputerName,
  removeRole,
  setPosition,
  setServerCluster,
  type Plan,
  type Position,
  type Role,
  type Server,
} from '../model/index.ts';
import { storedPosition } from '../model/positions.ts';
import { GRID, resolveLayout, SERVER_WIDTH, type Box, type BoxKind } from '../theme/geometry.ts';
import type { PaletteItem } from './paletteItems.ts';

export interface Point {
  x: number;
  y: number;
}

export interface DropResult {
  plan: Plan;
  select: string[];
  /** The drop is refused (the plan is returned unchanged): why, in a sentence for the user. */
  refused?: string;
}

/** An Exchange 2007 role cannot go on an existing Exchange 2000/2003/5.5 server: the inspector refuses it too. */
function refuseOnEarlier(plan: Plan, server: Server, role: Role, select: string[]): DropResult | undefined {
  if (server.product === 'exchange2007') return undefined;
  return {
    plan,
    select,
    refused: `${ROLE_LABEL[role]} was not added to ${server.name}: it runs ${PRODUCT_LABEL[server.product]}, and Exchange 2007 roles cannot share a computer with an earlier version. Drop the role on an Exchange 2007 server, or on empty space for a new one.`,
  };
}

const snap = (v: number) => Math.round(v / GRID) * GRID;

/** The innermost box of one of `kinds` under the point, skipping `exclude` and its descendants. */
export function boxAt(plan: Plan, point: Point, kinds: readonly BoxKind[], exclude?: string): Box | undefined {
  const { boxes, byId } = resolveLayout(plan);
  const inside = (b: Box): boolean => {
    for (let p: Box | undefined = b; p; p = p.parent ? byId.get(p.parent) : undefined) if (p.id === exclude) return false;
    return point.x >= b.absX && point.x <= b.absX + b.width && point.y >= b.absY && point.y <= b.absY + b.height;
  };
  let found: Box | undefined;
  for (const b of boxes) if (kinds.includes(b.kind) && inside(b)) found = b; // later boxes are drawn on top
  return found;
}

/** A position for an item placed with its top-left at `point`, relative to `container`. */
function relativeTo(container: Box | undefined, point: Point): Position {
  return container ? { x: snap(point.x - container.absX), y: snap(point.y - container.absY) } : { x: snap(point.x), y: snap(point.y) };
}

function siteOfBox(plan: Plan, box: Box | undefined): string | undefined {
  if (!box) return undefined;
  if (box.kind === 'site') return box.id;
  if (box.kind === 'cluster') return plan.servers.find((s) => s.cluster === box.id)?.site;
  return undefined;
}

/** Drops a palette item with its top-left corner at `point` (canvas coordinates). */
export function dropPaletteItem(plan: Plan, item: PaletteItem, point: Point): DropResult {
  switch (item.kind) {
    case 'site': {
      const id = newId(plan, item.siteKind === 'perimeter' ? 'perimeter' : 'site');
      const count = plan.sites.filter((s) => s.kind === item.siteKind).length;
      const name = item.siteKind === 'perimeter' ? (count ? `Perimeter network ${count + 1}` : 'Perimeter network') : `Site ${count + 1}`;
      return { plan: addSite(plan, { id, name, kind: item.siteKind }, relativeTo(undefined, point)), select: [id] };
    }
    case 'role': {
      const target = boxAt(plan, point, ['server']);
      const server = target && plan.servers.find((s) => s.id === target.id);
      if (server) return refuseOnEarlier(plan, server, item.role, []) ?? { plan: addRole(plan, server.id, item.role), select: [server.id] };
      return newServerAt(plan, point, [item.role]);
    }
    case 'server':
      return newServerAt(plan, point, []);
    case 'legacy': {
      const container = boxAt(plan, point, ['site']);
      const id = newId(plan, 'server');
      const name = nextComputerName(plan, item.product === 'exchange2003' ? 'EX2003-' : 'EX2000-');
      const draft = { id, name, product: item.product, roles: [], ...(container ? { site: container.id } : {}) };
      return { plan: addServer(plan, draft, relativeTo(container, point)), select: [id] };
    }
    case 'cluster': {
      const container = boxAt(plan, point, ['site']);
      const id = newId(plan, 'cluster');
      const name = nextComputerName(plan, 'CMS');
      let next = addCluster(plan, { id, name, type: item.type }, [], relativeTo(container, point));
      for (let n = 0; n < 2; n++) {
        const nodeId = newId(next, 'server');
        const draft = {
          id: nodeId,
          name: nextComputerName(next),
          roles: ['Mailbox' as Role],
          cluster: id,
          exchangeEdition: 'enterprise' as const,
          windowsEdition: 'enterprise' as const,
          ...(container ? { site: container.id } : {}),
        };
        next = addServer(next, draft, { x: 16 + n * (SERVER_WIDTH + 24), y: 48 });
      }
      const hub = container && next.servers.find((s) => s.site === container.id && s.roles.includes('HubTransport') && !s.cluster);
      if (hub && item.type === 'CCR') next = { ...next, clusters: next.clusters.map((c) => (c.id === id ? { ...c, witness: hub.id } : c)) };
      return { plan: next, select: [id] };
    }
    case 'infrastructure': {
      const container = boxAt(plan, point, ['site']);
      const id = newId(plan, item.infraKind);
      const name =
        item.infraKind === 'domain-controller' ? nextComputerName(plan, 'DC') : INFRA_LABEL[item.infraKind];
      const draft =
        item.infraKind === 'domain-controller'
          ? { id, kind: item.infraKind, name, globalCatalog: true, ...(container ? { site: container.id } : {}) }
          : { id, kind: item.infraKind, name, ...(container ? { site: container.id } : {}) };
      return { plan: addInfrastructure(plan, draft, relativeTo(container, point)), select: [id] };
    }
  }
}

function newServerAt(plan: Plan, point: Point, roles: Role[]): DropResult {
  const container = boxAt(plan, point, ['site', 'cluster']);
  const site = siteOfBox(plan, container);
  const siteBox = site ? resolveLayout(plan).byId.get(site) : undefined;
  const id = newId(plan, 'server');
  const name = nextComputerName(plan, roles.includes('EdgeTransport') ? 'EDGE' : 'EX');
  const draft = { id, name, roles, ...(site ? { site } : {}) };
  return { plan: addServer(plan, draft, relativeTo(siteBox, point)), select: [id] };
}

/** A role chip dropped at `point`: moved to the server there, or to a new server. */
export function dropRole(plan: Plan, fromServerId: string, role: Role, point: Point): DropResult {
  const target = boxAt(plan, point, ['server']);
  if (target?.id === fromServerId) return { plan, select: [fromServerId] };
  const server = target && plan.servers.find((s) => s.id === target.id);
  if (server) return refuseOnEarlier(plan, server, role, [fromServerId]) ?? { plan: moveRole(plan, fromServerId, server.id, role), select: [server.id] };
  const created = newServerAt(removeRole(plan, fromServerId, role), point, [role]);
  return created;
}

/**
 * An item dragged so that its top-left is at `point` (absolute). Servers join the cluster or site
 * under their centre; clusters and infrastructure the site; keeping the absolute position, so
 * nothing jumps when it changes container.
 */
export function moveItem(plan: Plan, itemId: string, point: Point): Plan {
  const layout = resolveLayout(plan);
  const box = layout.byId.get(itemId);
  if (!box) return plan;
  const centre = { x: point.x + box.width / 2, y: point.y + box.height / 2 };
  if (box.kind === 'site') return setPosition(plan, itemId, { ...storedPosition(plan.layout, itemId), x: snap(point.x), y: snap(point.y) });
  if (box.kind === 'server') {
    const server = plan.servers.find((s) => s.id === itemId);
    if (!server) return plan;
    const container = boxAt(plan, centre, ['site', 'cluster'], itemId);
    let next = plan;
    if (container?.kind === 'cluster') {
      if (server.cluster !== container.id) next = setServerCluster(next, itemId, container.id);
      next = moveServerToSite(next, itemId, siteOfBox(plan, container));
    } else {
      if (server.cluster !== undefined) next = setServerCluster(next, itemId, undefined);
      next = moveServerToSite(next, itemId, container?.id);
    }
    return setPosition(next, itemId, relativeTo(container, point));
  }
  const site = boxAt(plan, centre, ['site'], itemId);
  if (box.kind === 'cluster') return moveClusterToSite(plan, itemId, site?.id, relativeTo(site, point));
  return moveInfrastructureToSite(plan, itemId, site?.id, relativeTo(site, point));
}

