// What lies under a point of the zoomed-out layer (the hit test of hitTest.ts, loaded with the
// layer), what a container holds (shown as cards with it) and what a selection rectangle encloses.
import type { Point } from '../../layout/route.ts';
import type { Rect } from '../../layout/spatial.ts';
import type { Scene, SceneItem } from './scene.ts';

export interface Hit {
  id: string;
  kind: SceneItem['kind'] | 'link';
  /** On a container's header band (where its cards would be grabbed to move it). */
  header?: boolean;
}

type HitTest = (scene: Scene, p: Point, zoom: number, headerOf: (i: SceneItem) => number) => Hit | undefined;
let loaded: HitTest | undefined;

/** The layer's script hands over its hit test (hitTest.ts) as it loads: before, nothing is drawn to hit. */
export const provideHitTest = (test: HitTest) => void (loaded = test);

/** The item or link at `p` (flow coordinates) seen at `zoom` (hitTest.ts), once the layer is loaded. */
export const hitTest: HitTest = (scene, p, zoom, headerOf) => loaded?.(scene, p, zoom, headerOf);

/** The item and everything drawn inside it. */
export function subtree(scene: Scene, id: string): string[] {
  const out = [id];
  const within = new Set(out);
  // Items come containers first, so one pass finds every descendant.
  for (const item of scene.items)
    if (item.parent && within.has(item.parent)) {
      within.add(item.id);
      out.push(item.id);
    }
  return out;
}

/** Items wholly inside `r` (flow coordinates), as React Flow's selection rectangle takes them. */
export function enclosed(scene: Scene, r: Rect): string[] {
  return scene.items
    .filter((i) => i.x >= r.x && i.y >= r.y && i.x + i.width <= r.x + r.width && i.y + i.height <= r.y + r.height)
    .map((i) => i.id);
}
