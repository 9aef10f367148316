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
 * A copy of a layout table, also without a prototype: its own entries, in their order, written
 * into a new table without a prototype (where an entry named "__proto__" is an entry like any
 * other). A layout is copied on every edit that moves something, several times in a palette add:
 * this loop took a third of the time of spreading the table and setting the copy's prototype
 * (0.05-0.06 vs 0.15-0.20 ms at 1,187 entries, Node), and Object.assign was as slow as spreading.
 */
export function copyLayout(layout: Readonly<Layout> | undefined): Layout {
  const next = newLayout();
  if (layout === undefined) return next;
  for (const id of Object.keys(layout)) next[id] = layout[id]!;
  return next;
}

/**
 * Which entries a layout table was made from another by changing (and no others). The table it was
 * made from is held weakly: every edit notes its copy against the one before, and a strong reference
 * kept every table since the plan opened alive (a copy of every position per edit) while the newest
 * lived. A table nobody holds any more (not the undo history, not a plan) ends the lineage there.
 */
const lineage = new WeakMap<object, { base: WeakRef<Readonly<Layout>> | undefined; keys: readonly string[] }>();

/** Notes that `layout` is a copy of `base` with only the entries `keys` changed (added, replaced or removed). */
export function noteLayoutChange(layout: Readonly<Layout>, base: Readonly<Layout> | undefined, keys: readonly string[]) {
  lineage.set(layout, { base: base === undefined ? undefined : new WeakRef(base), keys });
}

/** How many tables back `layoutDelta` follows each side's lineage (an edit, settle's steps, the document's copy). */
const LINEAGE_DEPTH = 4;

/** `layout` and the tables it was made from, each with the keys changed since it. */
function ancestors(layout: Readonly<Layout>): Map<Readonly<Layout> | undefined, string[]> {
  const out = new Map<Readonly<Layout> | undefined, string[]>([[layout, []]]);
  let keys: string[] = [];
  let at: Readonly<Layout> | undefined = layout;
  for (let step = 0; step < LINEAGE_DEPTH && at !== undefined; step++) {
    const made = lineage.get(at);
    if (!made) break;
    const base = made.base?.deref();
    if ((made.base !== undefined && base === undefined) || out.has(base)) break;
    keys = keys.concat(made.keys);
    out.set(base, keys);
    at = base;
  }
  return out;
}

/**
 * The ids whose entries may differ between two layout tables, when noted (`to` made from `from`,
 * or both from one table within a few copies: the plan a document derives after a settled edit);
 * undefined when unknown (compare every entry then).
 */
export function layoutDelta(from: Readonly<Layout> | undefined, to: Readonly<Layout> | undefined): readonly string[] | undefined {
  if (from === to) return [];
  if (!to) return undefined;
  const mine = ancestors(to);
  const direct = mine.get(from);
  if (direct) return direct;
  if (!from) return undefined;
  const theirs = ancestors(from);
  for (const [table, keys] of mine) {
    const back = theirs.get(table);
    if (back) return [...keys, ...back];
  }
  return undefined;
}
