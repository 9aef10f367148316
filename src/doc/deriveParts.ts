// Small pure steps of deriving a plan from a document (derive.ts): the order of a collection's
// records, which collection each id belongs to, and keeping the objects of records that did not change.
import type { Layout, Position } from '../model/index.ts';
import { storedPosition } from '../model/positions.ts';
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

/** The layout table an edit wrote (`layout`), made from `base` by changing only `delta` (positions.ts). */
export interface ExpectedLayout {
  base: Readonly<Layout> | undefined;
  layout: Readonly<Layout>;
  delta: readonly string[];
}

const samePosition = (a: Position | undefined, b: Position | undefined) =>
  a === b || (!!a && !!b && Object.is(a.x, b.x) && Object.is(a.y, b.y) && Object.is(a.width, b.width) && Object.is(a.height, b.height) && Object.keys(a).length === Object.keys(b).length);

/**
 * Whether the table an edit wrote holds exactly what the document now shows (`shown`) at every id
 * the transaction touched (`keys`) and the edit changed (`delta`): elsewhere it is `base`'s own
 * entry, so the plan can take that table instead of a copy of every position.
 */
export function writtenAsShown(expected: ExpectedLayout, keys: Iterable<string>, shown: (id: string) => Position | undefined): boolean {
  if (Object.getPrototypeOf(expected.layout) !== null) return false;
  for (const id of keys) if (!samePosition(shown(id), storedPosition(expected.layout, id))) return false;
  for (const id of expected.delta) if (!samePosition(shown(id), storedPosition(expected.layout, id))) return false;
  return true;
}
