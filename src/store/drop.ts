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
} from '../model/index.ts';
import { storedPosition } from '../model/positions.ts';
import { GRID, resolveLayout, SERVER_WIDTH, type Box } from '../theme/geometry.ts';
import { dropTarget, type Point } from './dropTarget.ts';
import type { PaletteItem } from './paletteItems.ts';

export type { Point } from './dropTarget.ts';

export interface DropResult {
  plan: Plan;
  select: string[];
  /** Why the drop did nothing (the target refused it). */
  refused?: string;
}

const snap = (v: number) => Math.round(v / GRID) * GRID;
const ENTERPRISE = { exchangeEdition: 'enterprise', windowsEdition: 'enterprise' } as const;

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
  const target = dropTarget(plan, { kind: 'palette', item }, point);
  if (target.refused) return { plan, select: [], refused: target.refused };
  const container = target.box;
  switch (item.kind) {
    case 'site': {
      const id = newId(plan, item.siteKind === 'perimeter' ? 'perimeter' : 'site');
      const count = plan.sites.filter((s) => s.kind === item.siteKind).length;
      const name = item.siteKind === 'perimeter' ? (count ? `Perimeter network ${count + 1}` : 'Perimeter network') : `Site ${count + 1}`;
      return { plan: addSite(plan, { id, name, kind: item.siteKind }, relativeTo(undefined, point)), select: [id] };
    }
    case 'role': {
      if (container?.kind === 'server') return { plan: addRole(plan, container.id, item.role), select: [container.id] };
      return newServerAt(plan, container, point, [item.role]);
    }
    case 'server':
      return newServerAt(plan, container, point, []);
    case 'legacy': {
      const id = newId(plan, 'server');
      const name = nextComputerName(plan, item.product === 'exchange2003' ? 'EX2003-' : 'EX2000-');
      const draft = { id, name, product: item.product, roles: [], ...(container ? { site: container.id } : {}) };
      return { plan: addServer(plan, draft, relativeTo(container, point)), select: [id] };
    }
    case 'cluster': {
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
          ...ENTERPRISE,
          ...(container ? { site: container.id } : {}),
        };
        next = addServer(next, draft, { x: 16 + n * (SERVER_WIDTH + 24), y: 48 });
      }
      const hub = container && next.servers.find((s) => s.site === container.id && s.roles.includes('HubTransport') && !s.cluster);
      if (hub && item.type === 'CCR') next = { ...next, clusters: next.clusters.map((c) => (c.id === id ? { ...c, witness: hub.id } : c)) };
      return { plan: next, select: [id] };
    }
    case 'infrastructure': {
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

/** A new server at `point` in `container`: a node (Mailbox, Enterprise editions) if it is a cluster. */
function newServerAt(plan: Plan, container: Box | undefined, point: Point, roles: Role[]): DropResult {
  const site = siteOfBox(plan, container);
  const id = newId(plan, 'server');
  const name = nextComputerName(plan, roles.includes('EdgeTransport') ? 'EDGE' : 'EX');
  if (container?.kind === 'cluster') {
    const draft = { id, name, roles: ['Mailbox' as Role], cluster: container.id, ...ENTERPRISE, ...(site ? { site } : {}) };
    return { plan: addServer(plan, draft, relativeTo(container, point)), select: [id] };
  }
  const siteBox = site ? resolveLayout(plan).byId.get(site) : undefined;
  const draft = { id, name, roles, ...(site ? { site } : {}) };
  return { plan: addServer(plan, draft, relativeTo(siteBox, point)), select: [id] };
}

/** A role chip dropped at `point`: moved to the server there, or to a new server. */
export function dropRole(plan: Plan, fromServerId: string, role: Role, point: Point): DropResult {
  const target = dropTarget(plan, { kind: 'role', role, from: fromServerId }, point);
  if (target.refused) return { plan, select: [fromServerId], refused: target.refused };
  if (target.box?.kind === 'server') return { plan: moveRole(plan, fromServerId, target.box.id, role), select: [target.box.id] };
  if (target.box === undefined && resolveLayout(plan).byId.get(fromServerId) && pointIn(plan, fromServerId, point))
    return { plan, select: [fromServerId] };
  return newServerAt(removeRole(plan, fromServerId, role), target.box, point, [role]);
}

function pointIn(plan: Plan, id: string, p: Point): boolean {
  const b = resolveLayout(plan).byId.get(id)!;
  return p.x >= b.absX && p.x <= b.absX + b.width && p.y >= b.absY && p.y <= b.absY + b.height;
}

function moveTarget(plan: Plan, box: Box, point: Point, pointer: Point | undefined) {
  const at = pointer ?? { x: point.x + box.width / 2, y: point.y + box.height / 2 };
  return dropTarget(plan, { kind: 'items', ids: [box.id] }, at);
}

/** Why moving `itemId` there is refused (it then stays where it was), or undefined. */
export function moveRefusal(plan: Plan, itemId: string, point: Point, pointer?: Point): string | undefined {
  const box = resolveLayout(plan).byId.get(itemId);
  return box && box.kind !== 'site' ? moveTarget(plan, box, point, pointer).refused : undefined;
}

/**
 * An item dragged so that its top-left is at `point` (absolute). It joins the container under
 * `pointer` (the mouse; the card's centre when moved by keyboard), keeping its absolute position so
 * nothing jumps when it changes container. A refused target leaves the plan as it was.
 */
export function moveItem(plan: Plan, itemId: string, point: Point, pointer?: Point): Plan {
  const layout = resolveLayout(plan);
  const box = layout.byId.get(itemId);
  if (!box) return plan;
  if (box.kind === 'site') return setPosition(plan, itemId, { ...storedPosition(plan.layout, itemId), x: snap(point.x), y: snap(point.y) });
  const target = moveTarget(plan, box, point, pointer);
  if (target.refused) return plan;
  const container = target.box;
  if (box.kind === 'server') {
    const server = plan.servers.find((s) => s.id === itemId);
    if (!server) return plan;
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
  if (box.kind === 'cluster') return moveClusterToSite(plan, itemId, container?.id, relativeTo(container, point));
  return moveInfrastructureToSite(plan, itemId, container?.id, relativeTo(container, point));
}
