// What would receive a drag if it were dropped now, decided by the pointer alone (not the dragged
// card's centre): the site, perimeter network or cluster an item joins, or the server a role goes
// on, and why the drop is refused there if it is. The canvas highlights this target while dragging,
// and the drop functions in drop.ts act on the same answer, so what is shown is what happens.
import type { Plan, Role, Server } from '../model/index.ts';
import { newNodeRefusal, nodeRefusal, roleRefusal } from '../rules/placement.ts';
import { resolveLayout, type Box, type BoxKind } from '../theme/geometry.ts';
import type { PaletteItem } from './paletteItems.ts';

export interface Point {
  x: number;
  y: number;
}

export type Drag =
  /** Items dragged on the canvas; the first is the one under the pointer. */
  | { kind: 'items'; ids: readonly string[] }
  | { kind: 'palette'; item: PaletteItem }
  /** A role chip dragged off a server card. */
  | { kind: 'role'; role: Role; from: string };

export interface DropTarget {
  /** The box that receives the drop; undefined: the bare canvas (no site). */
  box: Box | undefined;
  /** Why nothing will happen on release, in words for the user. */
  refused?: string;
}

/** The innermost box of one of `kinds` under the point, skipping `exclude` and their contents. */
export function boxAt(plan: Plan, point: Point, kinds: readonly BoxKind[], exclude: readonly string[] = []): Box | undefined {
  const { boxes, byId } = resolveLayout(plan);
  const skipped = new Set(exclude);
  const inside = (b: Box): boolean => {
    for (let p: Box | undefined = b; p; p = p.parent ? byId.get(p.parent) : undefined) if (skipped.has(p.id)) return false;
    return point.x >= b.absX && point.x <= b.absX + b.width && point.y >= b.absY && point.y <= b.absY + b.height;
  };
  let found: Box | undefined;
  for (const b of boxes) if (kinds.includes(b.kind) && inside(b)) found = b; // later boxes are drawn on top
  return found;
}

const clusterOf = (plan: Plan, box: Box | undefined) =>
  box?.kind === 'cluster' ? plan.clusters.find((c) => c.id === box.id) : undefined;

/** Where a role lands: on the server under the pointer, else in a new server in the container there. */
function roleTarget(plan: Plan, role: Role, pointer: Point, from?: string): DropTarget {
  const onto = boxAt(plan, pointer, ['server']);
  const server = onto && plan.servers.find((s) => s.id === onto.id);
  if (server) {
    if (server.id === from) return { box: undefined };
    const refused = roleRefusal(server, role);
    return refused ? { box: onto, refused } : { box: onto };
  }
  return newServerTarget(plan, pointer, role);
}

function newServerTarget(plan: Plan, pointer: Point, role: Role | undefined, product: Server['product'] = 'exchange2007'): DropTarget {
  const box = boxAt(plan, pointer, ['site', 'cluster']);
  const cluster = clusterOf(plan, box);
  if (!cluster) return { box };
  const refused =
    product === 'exchange2007'
      ? newNodeRefusal(plan, role, cluster)
      : nodeRefusal(plan, { id: '', name: 'An existing server', product, roles: [] }, cluster);
  return refused ? { box, refused } : { box };
}

export function dropTarget(plan: Plan, drag: Drag, pointer: Point): DropTarget {
  if (drag.kind === 'role') return roleTarget(plan, drag.role, pointer, drag.from);
  if (drag.kind === 'palette') {
    const item = drag.item;
    if (item.kind === 'site') return { box: undefined };
    if (item.kind === 'role') return roleTarget(plan, item.role, pointer);
    if (item.kind === 'server') return newServerTarget(plan, pointer, undefined);
    if (item.kind === 'legacy') return newServerTarget(plan, pointer, undefined, item.product);
    return { box: boxAt(plan, pointer, ['site']) };
  }
  const moving = resolveLayout(plan).byId.get(drag.ids[0] ?? '');
  if (!moving || moving.kind === 'site') return { box: undefined };
  if (moving.kind !== 'server') return { box: boxAt(plan, pointer, ['site'], drag.ids) };
  const box = boxAt(plan, pointer, ['site', 'cluster'], drag.ids);
  const cluster = clusterOf(plan, box);
  const server = plan.servers.find((s) => s.id === moving.id);
  if (!cluster || !server || server.cluster === cluster.id) return { box };
  const refused = nodeRefusal(plan, server, cluster);
  return refused ? { box, refused } : { box };
}
