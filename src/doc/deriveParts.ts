// Small pure steps of deriving a plan from a document (derive.ts): the order of a collection's
// records, which collection each id belongs to, and keeping the objects of records that did not change.
import type { Item } from './repair.ts';
import { COLLECTIONS, type Collection } from './shape.ts';

/** The order list's ids that have a record (first occurrence), then records it misses, by id. */
export function orderedIds(order: readonly string[], own: ReadonlyMap<string, Item | null>): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const id of order) {
    if (seen.has(id) || !own.get(id)) continue;
    seen.add(id);
    ids.push(id);
  }
  const missing: string[] = [];
  for (const [id, item] of own) if (item && !seen.has(id)) missing.push(id);
  return missing.length ? ids.concat(missing.sort()) : ids;
}

/** Which collection each id belongs to; the first claim wins, in the order of the plan. */
export function kindsOf(ids: Record<Collection, readonly string[]>): Map<string, Collection> {
  const kinds = new Map<string, Collection>();
  for (const c of COLLECTIONS) for (const id of ids[c]) if (!kinds.has(id)) kinds.set(id, c);
  return kinds;
}

export const sameItems = (a: readonly Item[], b: readonly Item[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The repaired copy made last time, when it is equal: a dangling reference does not redraw each time. */
export function reuseCopy(previous: Item | null | undefined, repaired: Item): Item {
  if (!previous) return repaired;
  const keys = Object.keys(repaired);
  return keys.length === Object.keys(previous).length && keys.every((k) => previous[k] === repaired[k]) ? previous : repaired;
}
