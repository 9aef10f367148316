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

/** `appended` and what an order list's change added at its end, or null when the change did anything else. */
export function withAppended(appended: readonly string[], event: { changes: { delta: readonly { retain?: number; insert?: unknown; delete?: number }[] }; target: { length: number } }): string[] | null {
  const delta = event.changes.delta;
  const last = delta[delta.length - 1];
  const kept = delta.length === 2 ? delta[0]!.retain : 0;
  if (!last || !Array.isArray(last.insert) || delta.length > 2 || kept === undefined) return null;
  // Inserted at the end: nothing of the list after it (a delta leaves out what follows its last change).
  if (kept + last.insert.length !== event.target.length) return null;
  return [...appended, ...(last.insert as string[])];
}

/**
 * The ids a collection gained at the end of its order, when that is all that happened to which ids
 * it has: the order was exactly its ids and only gained new ones with valid records at its end, and
 * no other record came or went (`flips`). Then `orderedIds` would return the old ids and these.
 */
export function appendedIds(
  s: { appended: readonly string[] | null; exact: boolean; index: ReadonlyMap<string, number>; own: ReadonlyMap<string, Item | null> },
  flips: readonly string[],
): readonly string[] | undefined {
  if (!s.appended || s.appended.length === 0 || !s.exact) return undefined;
  const added = new Set(s.appended);
  if (added.size !== s.appended.length) return undefined;
  for (const id of s.appended) if (s.index.has(id) || !s.own.get(id)) return undefined;
  for (const id of flips) if (!added.has(id)) return undefined;
  return s.appended;
}
