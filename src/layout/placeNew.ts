// Items that an edit created without a position (quick fixes, the inspector) go below what their
// container already holds, instead of a fallback slot that may sit on top of another card.
import { newLayout, storedPosition } from '../model/positions.ts';
import type { Plan } from '../model/schema.ts';
import { CLUSTER_HEADER, CLUSTER_PADDING, GRID, resolveLayout, SITE_HEADER, SITE_PADDING } from '../theme/geometry.ts';

const snap = (v: number) => Math.ceil(v / GRID) * GRID;

export function placeNewItems(plan: Plan): Plan {
  const layout = plan.layout ?? newLayout();
  const missing = [...plan.servers, ...plan.infrastructure, ...plan.clusters].filter((i) => !storedPosition(layout, i.id)).map((i) => i.id);
  if (missing.length === 0 || Object.keys(layout).length === 0) return plan;
  const isNew = new Set(missing);
  const resolved = resolveLayout(plan);
  const bottom = new Map<string | undefined, number>();
  for (const box of resolved.boxes) {
    if (isNew.has(box.id) || box.kind === 'site') continue;
    bottom.set(box.parent, Math.max(bottom.get(box.parent) ?? 0, box.y + box.height));
  }
  const positions = newLayout();
  for (const id of missing) {
    const box = resolved.byId.get(id);
    if (!box) continue;
    const parentKind = box.parent ? resolved.byId.get(box.parent)?.kind : undefined;
    const top = parentKind === 'cluster' ? CLUSTER_HEADER : parentKind === 'site' ? SITE_HEADER : 0;
    const pad = parentKind === 'cluster' ? CLUSTER_PADDING : parentKind === 'site' ? SITE_PADDING : 0;
    const y = snap(Math.max(bottom.get(box.parent) ?? top, top) + (parentKind ? 16 : 48));
    positions[id] = { x: pad, y };
    bottom.set(box.parent, y + box.height);
  }
  return { ...plan, layout: { ...layout, ...positions } };
}
