// Row flow: the one placement primitive of auto-layout. Items go left to right and wrap to a new
// row when the next one would pass the row budget, so every container fills like text does.
import { GRID } from '../theme/geometry.ts';

export interface Sized {
  id: string;
  width: number;
  height: number;
}

export interface Placed {
  id: string;
  x: number;
  y: number;
}

export interface FlowOptions {
  /** Where the first row starts. */
  x: number;
  y: number;
  /** Widest a row may grow (measured from x); one item always fits, however wide. */
  maxWidth: number;
  gapX: number;
  gapY: number;
}

export interface FlowResult {
  placed: Placed[];
  /** Rightmost edge and bottom edge reached, in the container's coordinates. */
  right: number;
  bottom: number;
}

/** Rounds up to the 8px grid, so rows and columns line up across containers. */
export function snap(value: number): number {
  return Math.ceil(value / GRID) * GRID;
}

export function flowRows(items: readonly Sized[], options: FlowOptions): FlowResult {
  const { x, maxWidth, gapX, gapY } = options;
  const placed: Placed[] = [];
  let cursorX = x;
  let rowY = snap(options.y);
  let rowHeight = 0;
  let right = x;
  let bottom = rowY;
  for (const item of items) {
    const used = cursorX - x;
    if (used > 0 && used + item.width > maxWidth) {
      rowY = snap(rowY + rowHeight + gapY);
      cursorX = x;
      rowHeight = 0;
    }
    placed.push({ id: item.id, x: cursorX, y: rowY });
    right = Math.max(right, cursorX + item.width);
    cursorX = snap(cursorX + item.width + gapX);
    rowHeight = Math.max(rowHeight, item.height);
    bottom = Math.max(bottom, rowY + item.height);
  }
  return { placed, right, bottom };
}

/**
 * A row budget that keeps a container roughly 16:10 however many items it holds, and never
 * narrower than `minWidth` (so small sites read as one row, like Microsoft's figures).
 */
export function rowBudget(items: readonly Sized[], gap: number, minWidth: number): number {
  let area = 0;
  let widest = 0;
  for (const item of items) {
    area += (item.width + gap) * (item.height + gap);
    widest = Math.max(widest, item.width);
  }
  return Math.max(minWidth, widest, snap(Math.sqrt(area * 1.6)));
}
