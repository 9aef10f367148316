// A uniform grid of rectangles: "what lies near this window" in time proportional to what is
// there, so routing and label placement stay near-linear on plans of thousands of boxes.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The segment p-q grown by `reach` on every side: what lies within `reach` of it meets this rect. */
export function segmentRect(p: { x: number; y: number }, q: { x: number; y: number }, reach: number): Rect {
  const x = Math.min(p.x, q.x) - reach;
  const y = Math.min(p.y, q.y) - reach;
  return { x, y, width: Math.abs(q.x - p.x) + 2 * reach, height: Math.abs(q.y - p.y) + 2 * reach };
}

const CELL = 256;

export const right = (r: Rect) => r.x + r.width;
export const bottom = (r: Rect) => r.y + r.height;
export const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Whether two rectangles meet (touching edges count). */
export const meets = (a: Rect, b: Rect) => a.x <= right(b) && b.x <= right(a) && a.y <= bottom(b) && b.y <= bottom(a);

/** Whether two rectangles share some area (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < right(b) && b.x < right(a) && a.y < bottom(b) && b.y < bottom(a);
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && right(inner) <= right(outer) && bottom(inner) <= bottom(outer);
}

export class SpatialIndex<T extends { rect: Rect }> {
  private readonly cells = new Map<number, T[]>();

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item);
  }

  add(item: T) {
    this.forCells(item.rect, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    });
  }

  /** Takes an item out (the same object that was added). */
  remove(item: T) {
    this.forCells(item.rect, (key) => {
      const list = this.cells.get(key);
      const at = list ? list.indexOf(item) : -1;
      if (at < 0) return;
      if (list!.length === 1) this.cells.delete(key);
      else list!.splice(at, 1);
    });
  }

  /** Visits each item whose rectangle meets `window` (touching counts), once per cell it shares with it. */
  visit(window: Rect, found: (item: T) => void) {
    this.forCells(window, (key) => {
      for (const item of this.cells.get(key) ?? []) {
        const r = item.rect;
        if (r.x <= right(window) && window.x <= right(r) && r.y <= bottom(window) && window.y <= bottom(r)) found(item);
      }
    });
  }

  /** Items whose rectangle meets `window` (touching counts), each once, in insertion order per cell. */
  query(window: Rect): T[] {
    const seen = new Set<T>();
    const out: T[] = [];
    this.forCells(window, (key) => {
      for (const item of this.cells.get(key) ?? []) {
        if (seen.has(item)) continue;
        seen.add(item);
        const r = item.rect;
        if (r.x <= right(window) && window.x <= right(r) && r.y <= bottom(window) && window.y <= bottom(r))
          out.push(item);
      }
    });
    return out;
  }

  /** Visits the keys of the cells `r` touches (a number per cell: no string built per visit). */
  private forCells(r: Rect, visit: (key: number) => void) {
    const x0 = Math.floor(r.x / CELL);
    const y0 = Math.floor(r.y / CELL);
    const x1 = Math.floor(right(r) / CELL);
    const y1 = Math.floor(bottom(r) / CELL);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit((x + 0x8000) * 0x10000 + (y + 0x8000));
  }
}
