// Layout tables keyed by item id. Ids come from files and links, and a plain object answers to
// `toString` or `constructor` even when it holds no such entry: reads go through Object.hasOwn and
// new tables have no prototype, so a missing position is undefined, never an inherited member.
import type { Layout, Position } from './schema.ts';

/** The position stored for an item, or undefined: never a member every object inherits. */
export function storedPosition(layout: Readonly<Layout> | undefined, id: string): Position | undefined {
  return layout !== undefined && Object.hasOwn(layout, id) ? layout[id] : undefined;
}

/** An empty layout table without a prototype: writing `__proto__` or `toString` into it stores an entry. */
export function newLayout(): Layout {
  return Object.create(null) as Layout;
}

/**
 * A copy of a layout table, also without a prototype. Spreading copies an entry named "__proto__"
 * as an entry like any other, and took half the time of Object.assign into a new table (a layout
 * of 5,000 items is copied on every edit that moves something).
 */
export function copyLayout(layout: Readonly<Layout> | undefined): Layout {
  return Object.setPrototypeOf({ ...layout }, null) as Layout;
}

/** Which entries a layout table was made from another by changing (and no others). */
const lineage = new WeakMap<object, { base: Readonly<Layout> | undefined; keys: readonly string[] }>();

/** Notes that `layout` is a copy of `base` with only the entries `keys` changed (added, replaced or removed). */
export function noteLayoutChange(layout: Readonly<Layout>, base: Readonly<Layout> | undefined, keys: readonly string[]) {
  lineage.set(layout, { base, keys });
}

/**
 * The ids whose entries may differ between two layout tables, when noted (`to` made from `from`,
 * or both from one table: the plan a document derives after a settled edit); undefined when unknown (compare every entry then).
 */
export function layoutDelta(from: Readonly<Layout> | undefined, to: Readonly<Layout> | undefined): readonly string[] | undefined {
  if (from === to) return [];
  const made = to && lineage.get(to);
  if (made && made.base === from) return made.keys;
  const was = from && lineage.get(from);
  if (made && was && made.base === was.base) return [...made.keys, ...was.keys];
  return undefined;
}
