// How many items and links a paint of a view shows (the layer's data-nodes / data-edges, which the
// bench's probe and browser tests read), without walking the whole plan on every frame: a view that
// holds the whole plan (the usual zoomed-out case) counts from the cards alone, a partial view walks
// the items and each link's route bounds (computed once per link), and a repeated paint reuses the
// last answer.
import { linksAt } from './dirty.ts';
import { boundsOfLink } from './near.ts';
import type { View } from './paint.ts';
import type { Scene } from './scene.ts';

export interface Counts {
  items: number;
  links: number;
}

/** What a paint of `view` shows, by walking everything: items and links in view, less the cards. */
export function countInView(scene: Scene, view: View, skip: ReadonlySet<string>): Counts {
  const z = view.zoom;
  const [left, top] = [-view.x / z, -view.y / z];
  const [right, bottom] = [left + view.width / z, top + view.height / z];
  let items = 0;
  for (const i of scene.items) if (!skip.has(i.id) && i.x < right && i.x + i.width > left && i.y < bottom && i.y + i.height > top) items++;
  let links = 0;
  for (const l of scene.links) {
    if (skip.has(l.ends[0]) || skip.has(l.ends[1])) continue;
    const b = boundsOfLink(l);
    if (b.x0 <= right && b.x1 >= left && b.y0 <= bottom && b.y1 >= top) links++;
  }
  return { items, links };
}

/** The same answer when the view holds the whole plan: all of it less the cards and their links. */
function countAll(scene: Scene, skip: ReadonlySet<string>): Counts {
  let cards = 0;
  for (const id of skip) if (scene.byId.has(id)) cards++;
  return { items: scene.items.length - cards, links: scene.links.length - linksAt(skip, scene).size };
}

/** `countInView`, answered from the cards alone when the plan lies wholly inside the view. */
export function createCounter() {
  let last: { scene: Scene; skip: ReadonlySet<string>; view: View; counts: Counts } | undefined;
  return (scene: Scene, view: View, skip: ReadonlySet<string>): Counts => {
    const v = last?.view;
    if (last && last.scene === scene && last.skip === skip && v!.x === view.x && v!.y === view.y && v!.zoom === view.zoom && v!.width === view.width && v!.height === view.height)
      return last.counts;
    const z = view.zoom;
    const b = scene.bounds;
    const [left, top] = [-view.x / z, -view.y / z];
    // A flow unit inside on every side: every item and route passes countInView's tests, rounding aside.
    const whole = left < b.x - 1 && top < b.y - 1 && left + view.width / z > b.x + b.width + 1 && top + view.height / z > b.y + b.height + 1;
    const counts = whole ? countAll(scene, skip) : countInView(scene, view, skip);
    last = { scene, skip, view: { ...view }, counts };
    return counts;
  };
}
