// Removing a container without what it holds: a site's servers, clusters and infrastructure become
// unplaced items, a cluster's nodes standalone servers of its site, each exactly where it was drawn
// (positions are relative to the container, so each is rewritten against the new one).
import { removeItems } from '../model/edits.ts';
import { newLayout, storedPosition } from '../model/positions.ts';
import type { Layout, Plan } from '../model/schema.ts';
import { resolveLayout } from '../theme/geometry.ts';

/** The plan without the sites and clusters in `ids`; their contents stay where they are on screen. */
export function removeKeepingContents(plan: Plan, ids: Iterable<string>): Plan {
  const layout = resolveLayout(plan);
  const gone = new Set([...ids].filter((id) => {
    const kind = layout.byId.get(id)?.kind;
    return kind === 'site' || kind === 'cluster';
  }));
  if (gone.size === 0) return plan;
  const positions: Layout = newLayout();
  for (const box of layout.boxes) {
    if (gone.has(box.id)) continue;
    // The nearest container that stays: the new origin of this item's position.
    let parent = box.parent !== undefined ? layout.byId.get(box.parent) : undefined;
    if (!parent || !gone.has(parent.id)) continue;
    while (parent && gone.has(parent.id)) parent = parent.parent !== undefined ? layout.byId.get(parent.parent) : undefined;
    positions[box.id] = { ...storedPosition(plan.layout, box.id), x: box.absX - (parent?.absX ?? 0), y: box.absY - (parent?.absY ?? 0) };
  }
  const next = removeItems(plan, gone);
  return { ...next, layout: { ...next.layout, ...positions } };
}
