// What one link must heed on its way: the cards and borders near its two ends. Seen from afar, a
// site is one box: a link meets the cards of the sites (or top-level items) its two ends are in,
// and only the outlines of the others, so a link across a large plan looks at a few dozen boxes.
import type { Box, ResolvedLayout } from '../theme/geometry.ts';
import type { Surroundings } from './connector.ts';
import { sameRect, SpatialIndex, type Rect } from './spatial.ts';

export const rectOf = (b: Box): Rect => ({ x: b.absX, y: b.absY, width: b.width, height: b.height });

/** The ids of a box and every container it is drawn in, outermost last. */
export function lineage(layout: ResolvedLayout, box: Box): string[] {
  const ids: string[] = [];
  for (let b: Box | undefined = box, depth = 0; b && depth < 6; b = b.parent ? layout.byId.get(b.parent) : undefined, depth++)
    ids.push(b.id);
  return ids;
}

interface Indexed {
  box: Box;
  rect: Rect;
}

/** Boxes listed flat when there are few, in a spatial index when there are many. */
class Shelf {
  private readonly index: SpatialIndex<Indexed> | undefined;
  constructor(private readonly items: Indexed[]) {
    if (items.length > 128) this.index = new SpatialIndex(items);
  }
  query(window: Rect): Indexed[] {
    if (this.index) return this.index.query(window);
    return this.items.filter(({ rect: r }) => r.x <= window.x + window.width && window.x <= r.x + r.width && r.y <= window.y + window.height && window.y <= r.y + r.height);
  }
}

/** Boxes indexed for routing, built once per layout (and only when some link needs routing). */
export class RouteSurroundings {
  private readonly top: Shelf;
  private readonly inside = new Map<string, Shelf>();
  private readonly chains = new Map<string, string[]>();

  constructor(private readonly layout: ResolvedLayout) {
    const top: Indexed[] = [];
    const byRoot = new Map<string, Indexed[]>();
    for (const box of layout.boxes) {
      const item = { box, rect: rectOf(box) };
      const chain = this.lineage(box);
      if (chain.length === 1) top.push(item);
      else {
        const root = chain[chain.length - 1]!;
        const list = byRoot.get(root);
        if (list) list.push(item);
        else byRoot.set(root, [item]);
      }
    }
    this.top = new Shelf(top);
    for (const [root, list] of byRoot) this.inside.set(root, new Shelf(list));
  }

  private lineage(box: Box): string[] {
    let chain = this.chains.get(box.id);
    if (!chain) this.chains.set(box.id, (chain = lineage(this.layout, box)));
    return chain;
  }

  /** What a link between `from` and `to` must heed inside `window`, with a signature of it all. */
  near(from: Box, to: Box, window: Rect): Surroundings & { signature: string } {
    const ends = [this.lineage(from), this.lineage(to)];
    const skip = new Set(ends.flat());
    // The sites the ends are in; a top-level end (a site, say) is never entered: its border is the goal.
    const roots = new Set(ends.filter((chain) => chain.length > 1).map((chain) => chain[chain.length - 1]!));
    const found = this.top.query(window);
    for (const root of roots) found.push(...(this.inside.get(root)?.query(window) ?? []));
    const obstacles: Rect[] = [];
    const borders: Rect[] = [];
    const parts: number[] = [];
    for (const { box, rect } of found) {
      borders.push(rect);
      // Other sites are in the way as a whole (a link goes round them, not through).
      const blocks = !skip.has(box.id);
      if (blocks) obstacles.push(rect);
      parts.push(blocks ? 1 : 0, rect.x, rect.y, rect.width, rect.height);
    }
    return { obstacles, borders, signature: parts.join(',') };
  }
}

/** What changed about one box between two layouts. */
interface Change {
  id: string;
  rects: Rect[];
  /** Its outermost containers, before and after (itself when it is top-level). */
  roots: string[];
  /** Only its size changed (same place, same containers): links inside it see only its borders move. */
  grew: boolean;
}

/** Past how far from its window a change cannot alter a route: channels, border runs and nudges reach no further. */
const CHANGE_REACH = 64;

/**
 * The boxes that differ between two layouts (moved, resized, re-parented, added or removed). A route
 * between unchanged ends whose window none of them meets (for a container of one of its ends that
 * only grew: whose borders none meet) is what it was, and keeps its surroundings.
 */
export class LayoutChanges {
  private readonly changes: Change[] = [];
  private readonly index: SpatialIndex<{ rect: Rect; change: Change }> | undefined;
  /** Cards and site tabs that moved, came or went (what labels must not cover). */
  readonly blockers: Rect[] = [];
  /** The boxes that moved, changed size or container, came or went, by id. */
  readonly ids: string[] = [];
  readonly all: boolean;

  constructor(before: ResolvedLayout | undefined, private readonly after: ResolvedLayout, blockerOf: (b: Box) => Rect) {
    this.all = !before;
    if (!before) return;
    // A box and all its containers the same objects as before: same place, same root.
    const steady = new Map<string, boolean>();
    const isSteady = (box: Box, depth = 0): boolean => {
      let known = steady.get(box.id);
      if (known === undefined) {
        const up = box.parent === undefined ? undefined : after.byId.get(box.parent);
        known = before.byId.get(box.id) === box && (up === undefined ? box.parent === undefined || !before.byId.has(box.parent) : depth < 6 && isSteady(up, depth + 1));
        steady.set(box.id, known);
      }
      return known;
    };
    for (const box of after.boxes) {
      if (isSteady(box)) continue;
      const old = before.byId.get(box.id);
      if (old === box && rootOf(before, box) === rootOf(after, box)) continue;
      const grew = !!old && old.parent === box.parent && old.absX === box.absX && old.absY === box.absY && rootOf(before, box) === rootOf(after, box);
      const roots = old ? [rootOf(before, old), rootOf(after, box)] : [rootOf(after, box)];
      this.changes.push({ id: box.id, rects: old ? [rectOf(old), rectOf(box)] : [rectOf(box)], roots, grew });
      if (!old || !sameRect(blockerOf(old), blockerOf(box))) this.blockers.push(blockerOf(box), ...(old ? [blockerOf(old)] : []));
    }
    for (const old of before.boxes)
      if (!after.byId.has(old.id)) {
        this.changes.push({ id: old.id, rects: [rectOf(old)], roots: [rootOf(before, old)], grew: false });
        this.blockers.push(blockerOf(old));
      }
    for (const c of this.changes) this.ids.push(c.id);
    if (this.changes.length > 32) this.index = new SpatialIndex(this.changes.flatMap((change) => change.rects.map((rect) => ({ rect, change }))));
  }

  /** Whether the route of a link between `from` and `to`, looking inside `window`, may differ now. */
  affects(from: Box, to: Box, window: Rect): boolean {
    if (this.all) return true;
    const w = grow(window, CHANGE_REACH);
    const near = this.index ? [...new Set(this.index.query(w).map((e) => e.change))] : this.changes.filter((c) => c.rects.some((r) => meets(r, w)));
    if (near.length === 0) return false;
    const ends = [lineage(this.after, from), lineage(this.after, to)];
    const inside = new Set(ends.flat());
    // A link heeds the top-level boxes and what is inside the sites its ends are in (see near()):
    // a change inside another site alone (that site's outline unchanged) cannot reach its route.
    const entered = new Set(ends.filter((chain) => chain.length > 1).map((chain) => chain[chain.length - 1]!));
    const met = near.filter((c) => inside.has(c.id) || c.roots.some((root) => root === c.id || entered.has(root)));
    return met.some((c) => !c.grew || !inside.has(c.id) || c.rects.some((r) => ring(r).some((strip) => meets(strip, w))));
  }
}

const meets = (r: Rect, w: Rect) => r.x <= w.x + w.width && w.x <= r.x + r.width && r.y <= w.y + w.height && w.y <= r.y + r.height;
const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

/** A box's four sides as thin strips. */
function ring(r: Rect): Rect[] {
  return [
    { x: r.x, y: r.y, width: r.width, height: 0 },
    { x: r.x, y: r.y + r.height, width: r.width, height: 0 },
    { x: r.x, y: r.y, width: 0, height: r.height },
    { x: r.x + r.width, y: r.y, width: 0, height: r.height },
  ];
}

function rootOf(layout: ResolvedLayout, box: Box): string {
  let b = box;
  for (let depth = 0; b.parent && depth < 6; depth++) {
    const up = layout.byId.get(b.parent);
    if (!up) break;
    b = up;
  }
  return b.id;
}


/** What no label may cover, indexed once and then kept up to date with each layout's changes. */
export class LabelBlockers {
  private index: SpatialIndex<{ rect: Rect }> | undefined;
  private readonly items = new Map<string, { rect: Rect }>();

  constructor(private readonly blockerOf: (b: Box) => Rect) {}

  /** Follows a layout's changes (cheap while the index has never been asked for). */
  update(layout: ResolvedLayout, changes: LayoutChanges) {
    if (!this.index) return;
    // Past a few hundred changes (sites pushed aside), indexing afresh is cheaper than patching.
    if (changes.all || changes.ids.length > 256) this.index = undefined;
    else
      for (const id of changes.ids) {
        const old = this.items.get(id);
        if (old) this.index.remove(old);
        this.items.delete(id);
        const box = layout.byId.get(id);
        if (box) this.add(box);
      }
  }

  /** The index of every box's blocker in `layout` (the layout last updated to). */
  get(layout: ResolvedLayout): SpatialIndex<{ rect: Rect }> {
    if (!this.index) {
      this.index = new SpatialIndex();
      this.items.clear();
      for (const box of layout.boxes) this.add(box);
    }
    return this.index;
  }

  private add(box: Box) {
    const item = { rect: this.blockerOf(box) };
    this.items.set(box.id, item);
    this.index!.add(item);
  }
}
