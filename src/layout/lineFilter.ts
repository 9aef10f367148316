// Which cards and borders can touch a horizontal or vertical line, found once per line: a long
// link's window holds hundreds of site outlines, and its few hundred candidate routes share a few
// dozen channel lines, so each segment is checked against the handful that reach its line instead
// of all of them. A filter, never a judge: callers still apply the exact test to what it returns.
import { bottom, right, type Rect } from './spatial.ts';

/** Fewer boxes than this are scanned flat (the lists would cost more than they save). */
const WORTH_IT = 48;

export class LineFilter {
  private readonly rows = new Map<number, { inside: Rect[]; near: Rect[] }>();
  private readonly cols = new Map<number, { inside: Rect[]; near: Rect[] }>();

  private constructor(
    private readonly obstacles: readonly Rect[],
    private readonly borders: readonly Rect[],
    private readonly nearBy: number,
  ) {}

  /** A filter for these boxes, or none when there are too few to be worth it. */
  static for(obstacles: readonly Rect[], borders: readonly Rect[], nearBy: number): LineFilter | undefined {
    return obstacles.length + borders.length < WORTH_IT ? undefined : new LineFilter(obstacles, borders, nearBy);
  }

  /**
   * For the line y = `at` (horizontal) or x = `at`: the obstacles whose inside spans it (the only
   * ones a segment on it can cross) and the borders with a side within `nearBy` of it (the only
   * ones it can run along).
   */
  line(at: number, horizontal: boolean): { inside: Rect[]; near: Rect[] } {
    const cache = horizontal ? this.rows : this.cols;
    let found = cache.get(at);
    if (!found) {
      const lo = (r: Rect) => (horizontal ? r.y : r.x);
      const hi = (r: Rect) => (horizontal ? bottom(r) : right(r));
      found = {
        inside: this.obstacles.filter((r) => at > lo(r) + 1 && at < hi(r) - 1),
        near: this.borders.filter((r) => Math.abs(at - lo(r)) < this.nearBy || Math.abs(at - hi(r)) < this.nearBy),
      };
      cache.set(at, found);
    }
    return found;
  }
}
