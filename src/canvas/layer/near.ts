// What of a scene lies near a window of the plan: a grid of the items' boxes and of the links'
// route bounds (flow units), built once per scene, so that a repaint in part (the card under the
// pointer, a selection) and a hit test look at a handful of items and links instead of every one
// of a large plan. It gives candidates, in paint order; the callers keep their own exact tests.
import type { Rect } from '../../layout/spatial.ts';
import type { Scene, SceneItem, SceneLink } from './scene.ts';

/** The grid's cell (flow units: a few cards wide) and how many cells an entry may span before it is listed apart. */
const CELL = 512;
const MAX_CELLS = 64;
/** At most this many cells: a plan spread over huge coordinates gets larger cells, not a grid too big to allocate. */
const MAX_GRID = 1 << 16;

/**
 * Places (in a scene's list) of rectangles by the grid cells they touch, as plain numbers in a dense
 * grid over the scene's bounds: built for every new scene (each edit), so it allocates little. A
 * point outside the bounds counts in the nearest cell (inserting and looking up alike). The few
 * rectangles that would fill many cells (a large site, a link across the plan) are listed apart.
 */
class Grid {
  private readonly cells: (number[] | undefined)[];
  private readonly big: number[] = [];
  private readonly boxes: Float64Array;
  private readonly x0: number;
  private readonly y0: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly cell: number;

  constructor(count: number, bounds: Rect) {
    this.boxes = new Float64Array(count * 4);
    this.x0 = bounds.x;
    this.y0 = bounds.y;
    this.cell = Math.max(CELL, Math.sqrt((bounds.width * bounds.height) / MAX_GRID), bounds.width / MAX_GRID, bounds.height / MAX_GRID);
    this.cols = Math.max(1, Math.ceil(bounds.width / this.cell) + 1);
    this.rows = Math.max(1, Math.ceil(bounds.height / this.cell) + 1);
    this.cells = new Array<number[] | undefined>(this.cols * this.rows);
  }

  private col = (x: number) => Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
  private row = (y: number) => Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));

  add(at: number, x0: number, y0: number, x1: number, y1: number) {
    const b = this.boxes;
    [b[at * 4], b[at * 4 + 1], b[at * 4 + 2], b[at * 4 + 3]] = [x0, y0, x1, y1];
    const [c0, c1, r0, r1] = [this.col(x0), this.col(x1), this.row(y0), this.row(y1)];
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS) {
      this.big.push(at);
      return;
    }
    for (let c = c0; c <= c1; c++)
      for (let r = r0; r <= r1; r++) {
        const cell = c * this.rows + r;
        const list = this.cells[cell];
        if (list) list.push(at);
        else this.cells[cell] = [at];
      }
  }

  /** Places of the entries meeting any of `windows` (touching counts), each once, ascending. */
  near(windows: readonly Rect[]): number[] {
    const found = new Set<number>();
    const b = this.boxes;
    const meets = (at: number, w: Rect) => b[at * 4]! <= w.x + w.width && w.x <= b[at * 4 + 2]! && b[at * 4 + 1]! <= w.y + w.height && w.y <= b[at * 4 + 3]!;
    for (const w of windows) {
      const [c0, c1, r0, r1] = [this.col(w.x), this.col(w.x + w.width), this.row(w.y), this.row(w.y + w.height)];
      for (let c = c0; c <= c1; c++)
        for (let r = r0; r <= r1; r++) for (const at of this.cells[c * this.rows + r] ?? []) if (!found.has(at) && meets(at, w)) found.add(at);
      for (const at of this.big) if (meets(at, w)) found.add(at);
    }
    return [...found].sort((a, b) => a - b);
  }
}

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

interface Near {
  items: Grid;
  links: Grid;
  /** The widest link's stroke width (flow units): how far any link can reach past its route. */
  linkWidth: number;
}

const grids = new WeakMap<Scene, Near>();

function nearOf(scene: Scene): Near {
  let near = grids.get(scene);
  if (!near) {
    const items = new Grid(scene.items.length, scene.bounds);
    scene.items.forEach((i, at) => items.add(at, i.x, i.y, i.x + i.width, i.y + i.height));
    const links = new Grid(scene.links.length, scene.bounds);
    let linkWidth = 0;
    scene.links.forEach((l, at) => {
      const b = boundsOfLink(l);
      // A link with no points has no bounds (and is never painted or hit).
      if (b.x0 <= b.x1) links.add(at, b.x0, b.y0, b.x1, b.y1);
      linkWidth = Math.max(linkWidth, l.width);
    });
    grids.set(scene, (near = { items, links, linkWidth }));
  }
  return near;
}

/** A screen rectangle seen through `view` (screen = flow * zoom + (x, y)) as a flow window, grown by `reach` screen px. */
export function flowWindow(r: Rect, view: { x: number; y: number; zoom: number }, reach: number): Rect {
  const z = view.zoom;
  return { x: (r.x - view.x - reach) / z, y: (r.y - view.y - reach) / z, width: (r.width + 2 * reach) / z, height: (r.height + 2 * reach) / z };
}

/** Items whose box meets any of `windows` (flow units, touching counts), in paint order. */
export function itemsNear(scene: Scene, windows: readonly Rect[]): SceneItem[] {
  return nearOf(scene).items.near(windows).map((at) => scene.items[at]!);
}

/** Links whose route bounds meet any of `windows` (flow units, touching counts), in paint order. */
export function linksNear(scene: Scene, windows: readonly Rect[]): SceneLink[] {
  return nearOf(scene).links.near(windows).map((at) => scene.links[at]!);
}

/** The widest stroke of the scene's links (flow units). */
export const widestLink = (scene: Scene) => nearOf(scene).linkWidth;
