// What lies under a point of the zoomed-out layer: a card (server or infrastructure) first, then a
// link within a few screen pixels of it, then the innermost container. Comes with the layer's
// script (PlanLayer.tsx hands it to hit.ts): the first script stays within its budget.
import type { Point } from '../../layout/route.ts';
import type { Hit } from './hit.ts';
import { itemsNear, linksNear } from './near.ts';
import type { Scene, SceneItem } from './scene.ts';

/** How near (screen pixels) a link must pass to be under the pointer. */
const LINK_SLACK_PX = 5;

const inside = (i: SceneItem, p: Point) => p.x >= i.x && p.x <= i.x + i.width && p.y >= i.y && p.y <= i.y + i.height;
const isLeaf = (i: SceneItem) => i.kind === 'server' || i.kind === 'infrastructure';

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The item or link at `p` (flow coordinates) seen at `zoom`: the topmost card, else the first link
 * in paint order, else the innermost container. Only what lies near `p` is tested (near.ts).
 */
export function hitTest(scene: Scene, p: Point, zoom: number, headerOf: (i: SceneItem) => number): Hit | undefined {
  const items = itemsNear(scene, [{ x: p.x, y: p.y, width: 0, height: 0 }]);
  for (let i = items.length - 1; i >= 0; i--) if (isLeaf(items[i]!) && inside(items[i]!, p)) return { id: items[i]!.id, kind: items[i]!.kind };
  const slack = LINK_SLACK_PX / zoom;
  for (const link of linksNear(scene, [{ x: p.x - slack, y: p.y - slack, width: 2 * slack, height: 2 * slack }]))
    for (let i = 1; i < link.points.length; i++)
      if (distanceToSegment(p, link.points[i - 1]!, link.points[i]!) <= slack) return { id: link.id, kind: 'link' };
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (!isLeaf(item) && inside(item, p)) return { id: item.id, kind: item.kind, header: p.y <= item.y + headerOf(item) };
  }
  return undefined;
}
