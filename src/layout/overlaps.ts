// Layout checks shared by tests and by anything that wants to warn about a messy canvas: boxes
// drawn in the same container must not overlap (touching edges is fine), and a child must sit
// inside its container's box.
import type { Box, ResolvedLayout } from '../theme/geometry.ts';

/** Pairs of ids of sibling boxes that overlap. Sweep by x, so a tidy grid costs O(n log n). */
export function siblingOverlaps(resolved: ResolvedLayout): [string, string][] {
  const byParent = new Map<string | undefined, Box[]>();
  for (const box of resolved.boxes) {
    const list = byParent.get(box.parent);
    if (list) list.push(box);
    else byParent.set(box.parent, [box]);
  }
  const out: [string, string][] = [];
  for (const siblings of byParent.values()) {
    siblings.sort((a, b) => a.x - b.x);
    for (let i = 0; i < siblings.length; i++) {
      const a = siblings[i]!;
      for (let j = i + 1; j < siblings.length; j++) {
        const b = siblings[j]!;
        if (b.x >= a.x + a.width) break;
        if (b.y < a.y + a.height && a.y < b.y + b.height) out.push([a.id, b.id]);
      }
    }
  }
  return out;
}

/** Ids of boxes that stick out of (or start before) their container. */
export function outsideParent(resolved: ResolvedLayout): string[] {
  const out: string[] = [];
  for (const box of resolved.boxes) {
    if (box.parent === undefined) continue;
    const parent = resolved.byId.get(box.parent);
    if (!parent) continue;
    if (box.x < 0 || box.y < 0 || box.x + box.width > parent.width || box.y + box.height > parent.height)
      out.push(box.id);
  }
  return out;
}
