// What changed between two scenes, found in one walk of each list and kept per pair: the layer's
// repaint (dirty.ts: what to repaint) and its near grid (near.ts: what to take out and put in again)
// ask it of the same pair after an edit, and walked the items and links each on their own before.
import { orderOf, type Scene } from './scene.ts';

/** What changed in one list (items or links) of a scene against the scene before. */
export interface ListDiff {
  /** Ids of `next`'s entries that are not the same objects in `prev` (new ones too), in `next`'s order. */
  changed: string[];
  /** Ids of `prev`'s entries `next` no longer has (in `prev`'s order). */
  gone: string[];
  /** Whether the entries kept (same objects) keep their relative order (else they would overlap the other way). */
  ordered: boolean;
}

export interface SceneDiff {
  items: ListDiff;
  links: ListDiff;
}

function diffList<T extends { id: string }>(prev: readonly T[], prevOf: ReadonlyMap<string, T>, order: ReadonlyMap<string, number>, next: readonly T[], nextOf: ReadonlyMap<string, T>): ListDiff {
  const changed: string[] = [];
  const gone: string[] = [];
  let ordered = true;
  let last = -1;
  let kept = 0;
  for (const entry of next) {
    const was = prevOf.get(entry.id);
    if (was) kept++;
    if (was !== entry) changed.push(entry.id);
    else if (order.get(entry.id)! < last) ordered = false;
    else last = order.get(entry.id)!;
  }
  // Nothing to look for when every id of `next` is its own and every one of `prev`'s was found.
  if (nextOf.size !== next.length || kept !== prev.length) for (const entry of prev) if (!nextOf.has(entry.id)) gone.push(entry.id);
  return { changed, gone, ordered };
}

const diffs = new WeakMap<Scene, { prev: Scene; diff: SceneDiff }>();

/** What changed from `prev` to `next` (worked out once per pair; the last pair per `next` is kept). */
export function sceneDiff(prev: Scene, next: Scene): SceneDiff {
  const known = diffs.get(next);
  if (known?.prev === prev) return known.diff;
  const [p, n] = [orderOf(prev), orderOf(next)];
  const diff = {
    items: diffList(prev.items, prev.byId, p.itemOrder, next.items, next.byId),
    links: diffList(prev.links, p.links, p.linkOrder, next.links, n.links),
  };
  diffs.set(next, { prev, diff });
  return diff;
}
