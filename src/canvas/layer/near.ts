// What of a scene lies near a window of the plan: a grid of the items' boxes and of the links'
// route bounds (flow units), taken over from the scene before with what an edit changed put in
// again (built whole only for a first scene or a large change), so that a repaint in part (the card under the
// pointer, a selection) and a hit test look at a handful of items and links instead of every one
// of a large plan. It gives candidates, in paint order; the callers keep their own exact tests.
import type { Point } from '../../layout/route.ts';
import type { Rect } from '../../layout/spatial.ts';
import { orderOf, sceneBefore, type Scene, type SceneItem, type SceneLink } from './scene.ts';
import { sceneDiff } from './sceneDiff.ts';

/** The grid's cell (flow units: a few cards wide) and how many cells an entry may span before it is listed apart. */
const CELL = 512;
const MAX_CELLS = 64;
/** At most this many cells: a plan spread over huge coordinates gets larger cells, not a grid too big to allocate. */
const MAX_GRID = 1 << 16;

/**
 * Ids of rectangles by the grid cells they touch, in a dense grid over a scene's bounds. A point
 * outside the bounds counts in the nearest cell (inserting, removing and looking up alike, so any
 * bounds give the same answers). The few rectangles that would fill many cells (a large site, a
 * link across the plan) are listed apart. Entries are kept by id, so that the next scene's grid is
 * this one with only what an edit changed taken out and put in again (places in the list shift).
 */
class Grid {
  private readonly cells: (string[] | undefined)[];
  private readonly big = new Set<string>();
  private readonly x0: number;
  private readonly y0: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly cell: number;
  /** The bounds the grid was laid over (an update keeps them while the scene stays near them). */
  readonly bounds: Rect;

  constructor(bounds: Rect) {
    this.bounds = bounds;
    this.x0 = bounds.x;
    this.y0 = bounds.y;
    this.cell = Math.max(CELL, Math.sqrt((bounds.width * bounds.height) / MAX_GRID), bounds.width / MAX_GRID, bounds.height / MAX_GRID);
    this.cols = Math.max(1, Math.ceil(bounds.width / this.cell) + 1);
    this.rows = Math.max(1, Math.ceil(bounds.height / this.cell) + 1);
    this.cells = new Array<string[] | undefined>(this.cols * this.rows);
  }

  private col = (x: number) => Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
  private row = (y: number) => Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));

  /** Whether `b`, grown by `margin` on every side, still holds `bounds`: the grid stays efficient for them. */
  covers(bounds: Rect, margin = 2 * this.cell) {
    const b = this.bounds;
    return bounds.x >= b.x - margin && bounds.y >= b.y - margin && bounds.x + bounds.width <= b.x + b.width + margin && bounds.y + bounds.height <= b.y + b.height + margin;
  }

  /** Puts `id` in (`put`) or takes it out of the cells of the box x0..x1, y0..y1. */
  place(id: string, x0: number, y0: number, x1: number, y1: number, put: boolean) {
    const c0 = this.col(x0);
    const c1 = this.col(x1);
    const r0 = this.row(y0);
    const r1 = this.row(y1);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS) {
      if (put) this.big.add(id);
      else this.big.delete(id);
      return;
    }
    for (let c = c0; c <= c1; c++)
      for (let r = r0; r <= r1; r++) {
        const cell = c * this.rows + r;
        const list = this.cells[cell];
        if (put) {
          if (list) list.push(id);
          else this.cells[cell] = [id];
        } else if (list) {
          const at = list.indexOf(id);
          if (at >= 0) list.splice(at, 1);
        }
      }
  }

  /**
   * Ids of the entries that `meets` some of the windows given (their own test), each once. Each cell
   * is visited once, with the windows touching it (a repaint in part has 40-60, mostly in the cells of
   * an edited site): an entry is looked up once per cell, not per window; those listed apart once.
   */
  near(windows: readonly Rect[], meets: (id: string, windows: readonly Rect[]) => boolean): string[] {
    const found = new Set<string>();
    // Cells met and the windows meeting each (plain arrays, indexed loops: often run unoptimised).
    const [cells, byCell, at] = [[] as number[], [] as Rect[][], new Map<number, number>()];
    for (let i = 0; i < windows.length; i++) {
      const w = windows[i]!;
      const [c0, c1, r0, r1] = [this.col(w.x), this.col(w.x + w.width), this.row(w.y), this.row(w.y + w.height)];
      for (let c = c0; c <= c1; c++)
        for (let r = r0; r <= r1; r++) {
          const cell = c * this.rows + r;
          const k = this.cells[cell] ? at.get(cell) : -1;
          if (k === undefined) {
            at.set(cell, cells.length);
            cells.push(cell);
            byCell.push([w]);
          } else if (k >= 0) byCell[k]!.push(w);
        }
    }
    for (let k = 0; k < cells.length; k++) {
      const [list, ws] = [this.cells[cells[k]!]!, byCell[k]!];
      for (let i = 0; i < list.length; i++) if (!found.has(list[i]!) && meets(list[i]!, ws)) found.add(list[i]!);
    }
    if (windows.length) for (const id of this.big) if (!found.has(id) && meets(id, windows)) found.add(id);
    return [...found];
  }
}

type Box = { x0: number; y0: number; x1: number; y1: number };

/** A link's whole route (flow units), computed once per link. */
const routeBounds = new WeakMap<SceneLink, { x0: number; y0: number; x1: number; y1: number }>();
export function boundsOfLink(link: SceneLink) {
  let b = routeBounds.get(link);
  if (!b) {
    b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    for (const p of link.points) [b.x0, b.y0, b.x1, b.y1] = [Math.min(b.x0, p.x), Math.min(b.y0, p.y), Math.max(b.x1, p.x), Math.max(b.y1, p.y)];
    routeBounds.set(link, b);
  }
  return b;
}

/** The bounds of points not held by a scene link (a card's links follow the card while it moves). */
export function boundsOfPoints(points: readonly Point[]) {
  const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const q of points) {
    if (q.x < b.x0) b.x0 = q.x;
    if (q.y < b.y0) b.y0 = q.y;
    if (q.x > b.x1) b.x1 = q.x;
    if (q.y > b.y1) b.y1 = q.y;
  }
  return b;
}

interface Near {
  items: Grid;
  links: Grid;
  /** How many links there are of each stroke width: the widest tells how far a link can reach past its route. */
  widths: Map<number, number>;
}

const grids = new WeakMap<Scene, Near>();
/** How many grids were taken over from the scene before rather than built (tests). */
export const gridsTakenOver = { count: 0 };

/** Whether a box meets a window (touching counts): read from the entry itself, no box made per test. */
const boxMeets = (x0: number, y0: number, x1: number, y1: number, w: Rect) => x0 <= w.x + w.width && w.x <= x1 && y0 <= w.y + w.height && w.y <= y1;
const itemMeets = (i: SceneItem, w: Rect) => boxMeets(i.x, i.y, i.x + i.width, i.y + i.height, w);
/** A link's route bounds, or none for a link with no points (it is never painted or hit). */
const linkBox = (l: SceneLink): Box | undefined => {
  const b = boundsOfLink(l);
  return b.x0 <= b.x1 ? b : undefined;
};
const linkMeets = (l: SceneLink, w: Rect) => {
  const b = boundsOfLink(l);
  return b.x0 <= b.x1 && boxMeets(b.x0, b.y0, b.x1, b.y1, w);
};

/** Whether every item and every link of `scene` has an id of its own (the grid keeps entries by id). */
const unique = (scene: Scene) => scene.byId.size === scene.items.length && orderOf(scene).links.size === scene.links.length;

function putItem(grid: Grid, i: SceneItem, put: boolean) {
  grid.place(i.id, i.x, i.y, i.x + i.width, i.y + i.height, put);
}
function putLink(near: Near, l: SceneLink, put: boolean) {
  const b = linkBox(l);
  if (b) near.links.place(l.id, b.x0, b.y0, b.x1, b.y1, put);
  near.widths.set(l.width, (near.widths.get(l.width) ?? 0) + (put ? 1 : -1));
  if (near.widths.get(l.width) === 0) near.widths.delete(l.width);
}

function built(scene: Scene): Near {
  const near: Near = { items: new Grid(scene.bounds), links: new Grid(scene.bounds), widths: new Map() };
  for (const i of scene.items) putItem(near.items, i, true);
  for (const l of scene.links) putLink(near, l, true);
  return near;
}

/**
 * The grids of the scene `scene` was built after, taken over (that scene builds its own again if
 * asked) with the entries that are not the same objects in both taken out and put in again; undefined
 * when there are none to take over, or so much changed or the plan grew so far that building anew is better.
 */
function updated(scene: Scene): Near | undefined {
  const prev = sceneBefore(scene);
  const near = prev && grids.get(prev);
  if (!prev || !near || !near.items.covers(scene.bounds) || !unique(prev) || !unique(scene)) return undefined;
  const [before, after] = [orderOf(prev).links, orderOf(scene).links];
  const diff = sceneDiff(prev, scene);
  const items = [...diff.items.changed, ...diff.items.gone];
  const links = [...diff.links.changed, ...diff.links.gone];
  if (items.length + links.length > (scene.items.length + scene.links.length) / 4) return undefined;
  grids.delete(prev);
  gridsTakenOver.count++;
  for (const id of items) {
    const [a, b] = [prev.byId.get(id), scene.byId.get(id)];
    if (a) putItem(near.items, a, false);
    if (b) putItem(near.items, b, true);
  }
  for (const id of links) {
    const [a, b] = [before.get(id), after.get(id)];
    if (a) putLink(near, a, false);
    if (b) putLink(near, b, true);
  }
  return near;
}

function nearOf(scene: Scene): Near {
  let near = grids.get(scene);
  if (!near) grids.set(scene, (near = updated(scene) ?? built(scene)));
  return near;
}

/** Entries of `list` meeting any of `windows`, in paint order: from the grid, or by testing each when ids repeat (no plan through the gate). */
function entriesNear<T extends { id: string }>(scene: Scene, grid: () => Grid, list: readonly T[], byId: ReadonlyMap<string, T>, order: ReadonlyMap<string, number>, meets: (e: T, w: Rect) => boolean, windows: readonly Rect[]): T[] {
  if (!unique(scene)) return list.filter((e) => windows.some((w) => meets(e, w)));
  const ids = grid().near(windows, (id, ws) => {
    const e = byId.get(id);
    if (!e) return false;
    for (let i = 0; i < ws.length; i++) if (meets(e, ws[i]!)) return true;
    return false;
  });
  // In paint order: places in `list` (ids are unique here), sorted as numbers without a comparator.
  const at = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) at[i] = order.get(ids[i]!)!;
  at.sort();
  const out = new Array<T>(at.length);
  for (let i = 0; i < at.length; i++) out[i] = list[at[i]!]!;
  return out;
}

/** A screen rectangle seen through `view` (screen = flow * zoom + (x, y)) as a flow window, grown by `reach` screen px. */
export function flowWindow(r: Rect, view: { x: number; y: number; zoom: number }, reach: number): Rect {
  const z = view.zoom;
  return { x: (r.x - view.x - reach) / z, y: (r.y - view.y - reach) / z, width: (r.width + 2 * reach) / z, height: (r.height + 2 * reach) / z };
}

/** Items whose box meets any of `windows` (flow units, touching counts), in paint order. */
export function itemsNear(scene: Scene, windows: readonly Rect[]): SceneItem[] {
  return entriesNear(scene, () => nearOf(scene).items, scene.items, scene.byId, orderOf(scene).itemOrder, itemMeets, windows);
}

/** Links whose route bounds meet any of `windows` (flow units, touching counts), in paint order. */
export function linksNear(scene: Scene, windows: readonly Rect[]): SceneLink[] {
  const { links, linkOrder } = orderOf(scene);
  return entriesNear(scene, () => nearOf(scene).links, scene.links, links, linkOrder, linkMeets, windows);
}

/** The widest stroke of the scene's links (flow units). */
export const widestLink = (scene: Scene) => (unique(scene) ? Math.max(0, ...nearOf(scene).widths.keys()) : scene.links.reduce((w, l) => Math.max(w, l.width), 0));
