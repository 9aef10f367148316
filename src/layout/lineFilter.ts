// Which cards and borders can touch a horizontal or vertical line, found once per line: a long
// link's window holds hundreds of site outlines, and its few hundred candidate routes share a few
// hundred channel lines, so each segment is checked against the handful that reach its line instead
// of all of them. Each box is filed in bands of the axis it can reach, so finding a line's boxes
// scans one band, not every box. A filter, never a judge: callers still apply the exact test to
// what it returns.
import { bottom, right, type Rect } from './spatial.ts';

/** Band width along the axis (a site is a few bands tall; a band holds a row of sites). */
const BAND = 256;

export interface LineBoxes {
  /** Obstacles whose inside spans the line (the only ones a segment on it can cross), in given order. */
  inside: Rect[];
  /** Borders with a side within `nearBy` of the line (the only ones it can run along), in given order. */
  near: Rect[];
}

/** Boxes filed by the bands of one axis (y for horizontal lines) they can reach. */
class Bands {
  private readonly inside = new Map<number, Rect[]>();
  private readonly near = new Map<number, Rect[]>();
  private readonly found = new Map<number, LineBoxes>();

  constructor(
    obstacles: readonly Rect[],
    borders: readonly Rect[],
    private readonly nearBy: number,
    private readonly lo: (r: Rect) => number,
    private readonly hi: (r: Rect) => number,
  ) {
    for (const r of obstacles) file(this.inside, lo(r) + 1, hi(r) - 1, r);
    for (const r of borders) {
      // Both sides' ranges, lower first, so a band both reach lists the box once.
      const [a, b] = lo(r) <= hi(r) ? [lo(r), hi(r)] : [hi(r), lo(r)];
      file(this.near, b - nearBy, b + nearBy, r, file(this.near, a - nearBy, a + nearBy, r));
    }
  }

  line(at: number): LineBoxes {
    let boxes = this.found.get(at);
    if (!boxes) {
      const band = Math.floor(at / BAND);
      const { lo, hi, nearBy } = this;
      boxes = {
        inside: (this.inside.get(band) ?? []).filter((r) => at > lo(r) + 1 && at < hi(r) - 1),
        near: (this.near.get(band) ?? []).filter((r) => Math.abs(at - lo(r)) < nearBy || Math.abs(at - hi(r)) < nearBy),
      };
      this.found.set(at, boxes);
    }
    return boxes;
  }
}

/** Files `r` in every band from `from` to `to` past band `after`; returns the last band it is in. */
function file(bands: Map<number, Rect[]>, from: number, to: number, r: Rect, after = -Infinity): number {
  if (!(from <= to)) return after;
  const last = Math.floor(to / BAND);
  for (let band = Math.max(Math.floor(from / BAND), after + 1); band <= last; band++) {
    const list = bands.get(band);
    if (list) list.push(r);
    else bands.set(band, [r]);
  }
  return Math.max(last, after);
}

export class LineFilter {
  private readonly rows: Bands;
  private readonly cols: Bands;

  constructor(obstacles: readonly Rect[], borders: readonly Rect[], nearBy: number) {
    this.rows = new Bands(obstacles, borders, nearBy, (r) => r.y, bottom);
    this.cols = new Bands(obstacles, borders, nearBy, (r) => r.x, right);
  }

  /** For the line y = `at` (horizontal) or x = `at`: the boxes that can touch it. */
  line(at: number, horizontal: boolean): LineBoxes {
    return (horizontal ? this.rows : this.cols).line(at);
  }
}
