// Which links' routes differ between two route maps, noted by whoever makes a map from another
// (routeLive.ts's provisional routes and the worker's routes kept against those drawn), so the canvas
// mapping (canvas/planToFlow.ts) looks again only at those links instead of at every link.
import type { Routes } from './route.ts';

// The base is held weakly: each map is noted against the one before it, and a strong reference
// would keep every route map since the canvas opened alive as long as the newest is.
const noted = new WeakMap<Routes, { base: WeakRef<Routes>; ids: readonly string[] }>();

/** Notes that `next` has the very route objects of `base` except those of `ids` (changed, new or gone). */
export function noteRouteChanges(next: Routes, base: Routes, ids: readonly string[]) {
  noted.set(next, { base: new WeakRef(base), ids });
}

/** The ids whose routes may differ between `base` and `next`, or undefined when nobody noted it. */
export function routeChanges(next: Routes, base: Routes): readonly string[] | undefined {
  if (next === base) return [];
  const note = noted.get(next);
  return note?.base.deref() === base ? note.ids : undefined;
}
