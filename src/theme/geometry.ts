// Where every item of a plan sits and how big it is: one answer for the canvas, the SVG export and
// auto-layout. Positions in plan.layout are relative to the item's container (a server's site or
// cluster, a cluster's site); sites and uncontained items are absolute. Containers grow to fit.
import { storedPosition } from '../model/positions.ts';
import type { Plan } from '../model/schema.ts';
import { boundsOf, containerSize, fallbackSlot, frameOf, rank, SITE_SPACING, INFRA_HEIGHT, INFRA_WIDTH, SERVER_WIDTH, serverHeight, type Box, type BoxKind, type ResolvedLayout } from './boxSizes.ts';
import type { Resolution, UpdateLayout } from './layoutUpdate.ts';

export * from './boxSizes.ts';

interface Pending {
  id: string;
  kind: BoxKind;
  parent: string | undefined;
  width: number;
  height: number;
}

const resolved = new WeakMap<Plan, Resolution>();
/** The boxes last resolved, by id: an unchanged box keeps its object, so consumers compare by identity. */
let lastBoxes = new Map<string, Box>();
/** The last resolution, when an edit of its plan can be resolved by updating it (layoutUpdate.ts). */
let last: Resolution | undefined;
let update: UpdateLayout | undefined;

/**
 * Lets an edit's layout be updated from the last one (layoutUpdate.ts). The app turns it on once
 * idle after its first paint (it is not in the first script); without it every layout is resolved
 * afresh, to the same boxes.
 */
export function enableLayoutUpdates(updater: UpdateLayout) {
  update = updater;
}

/**
 * Every item's box, resolved from the plan's layout and the containment rules. Plans are immutable,
 * so the result is kept per plan object (the canvas, the drop and the export ask for the same plan's
 * layout several times per edit); treat it as read-only. An edit of the plan resolved last that
 * adds, removes or re-parents nothing updates only the boxes it reaches (equal to a fresh resolve),
 * once updates are enabled.
 */
export function resolveLayout(plan: Plan): ResolvedLayout {
  let r = resolved.get(plan);
  if (!r) {
    r = (last && update?.(last, plan)) || computeLayout(plan, lastBoxes);
    resolved.set(plan, r);
  }
  // The next edit is most likely of the plan asked for last (settle asks for the plan it edits).
  last = r.regular ? r : undefined;
  lastBoxes = r.result.byId;
  return r.result;
}

/** The layout resolved from scratch, ignoring every earlier resolution (for tests that compare). */
export function resolveLayoutAfresh(plan: Plan): ResolvedLayout {
  return computeLayout(plan, new Map()).result;
}

function computeLayout(plan: Plan, reuse: ReadonlyMap<string, Box>): Resolution {
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
  const slot = new Map<string, number>();

  // Size a box: leaves have fixed sizes; containers fit their children (laid out first).
  const place = (p: Pending, index: number, inContainer: boolean, header: number, padding: number) => {
    let { width, height } = p;
    const stored = storedPosition(layout, p.id);
    if (p.kind === 'site' || p.kind === 'cluster') {
      const frame = frameOf(p.kind);
      const kids = (children.get(p.id) ?? []).map((kid, k) => place(kid, k, true, frame.header, frame.padding));
      ({ width, height } = containerSize(p.kind, kids, stored));
    }
    const at = stored ?? fallbackSlot(index, inContainer, header, padding);
    const box = { x: at.x, y: at.y, width, height, parent: p.parent, kind: p.kind };
    relative.set(p.id, box);
    slot.set(p.id, index);
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
      siteX += box.width + SITE_SPACING;
    } else {
      const box = place(p, index, false, 0, 0);
      if (p.kind === 'site') siteX = Math.max(siteX, box.x + box.width + SITE_SPACING);
    }
  });
  // Children whose parent does not exist in the plan were never placed: place them as roots.
  let regular = true;
  for (const [parent, list] of children) {
    if (parent === undefined || relative.has(parent)) continue;
    regular = false;
    list.forEach((p, index) => place({ ...p, parent: undefined }, index, false, 0, 0));
  }
  // An id used twice (a plan the gate has not seen) is laid out once: no update can follow it.
  if (relative.size !== plan.servers.length + plan.infrastructure.length + plan.clusters.length + plan.sites.length) regular = false;

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
    const old = reuse.get(id);
    const box: Box =
      old && old.kind === r.kind && old.parent === parent && old.x === r.x && old.y === r.y && old.absX === abs.x && old.absY === abs.y && old.width === r.width && old.height === r.height
        ? old
        : { id, kind: r.kind, parent, x: r.x, y: r.y, absX: abs.x, absY: abs.y, width: r.width, height: r.height };
    byId.set(id, box);
    boxes.push(box);
  }
  boxes.sort((a, b) => rank(a.kind) - rank(b.kind));
  const result = { boxes, byId, bounds: boundsOf(boxes) };
  return { plan, result, slot, roots: roots.map((r) => r.id), regular };
}
