// Snap guides, as in Visio and draw.io: while a box is dragged, its edges and centre snap to the
// edges and centres of its siblings when they come within a few pixels, and a line shows the
// alignment. Pure: boxes in, an offset and the lines to draw out.
import type { Rect } from './spatial.ts';

export interface Guide {
  /** 'x': a vertical line at x = at; 'y': a horizontal line at y = at. */
  axis: 'x' | 'y';
  at: number;
  /** Extent of the line along the other axis. */
  from: number;
  to: number;
}

export interface Snap {
  dx: number;
  dy: number;
  guides: Guide[];
}

/** Left, centre and right (or top, middle, bottom) of a box along one axis. */
function stops(r: Rect, axis: 'x' | 'y'): number[] {
  const lo = axis === 'x' ? r.x : r.y;
  const size = axis === 'x' ? r.width : r.height;
  return [lo, lo + size / 2, lo + size];
}

function nearest(moving: Rect, others: readonly Rect[], axis: 'x' | 'y', threshold: number) {
  let best: number | undefined;
  for (const o of others)
    for (const target of stops(o, axis))
      for (const own of stops(moving, axis)) {
        const d = target - own;
        if (Math.abs(d) <= threshold && (best === undefined || Math.abs(d) < Math.abs(best))) best = d;
      }
  return best;
}

function linesAlong(moved: Rect, others: readonly Rect[], axis: 'x' | 'y'): Guide[] {
  const out: Guide[] = [];
  for (const at of stops(moved, axis)) {
    const matching = others.filter((o) => stops(o, axis).some((v) => Math.abs(v - at) < 0.5));
    if (matching.length === 0) continue;
    const span = [moved, ...matching].flatMap((r) => (axis === 'x' ? [r.y, r.y + r.height] : [r.x, r.x + r.width]));
    out.push({ axis, at, from: Math.min(...span), to: Math.max(...span) });
  }
  return out;
}

/**
 * How far to shift `moving` so that one of its edges or its centre lines up with a sibling's, on
 * each axis independently, when one is within `threshold`; and the guide lines to show.
 */
export function snapToGuides(moving: Rect, others: readonly Rect[], threshold: number): Snap {
  const dx = nearest(moving, others, 'x', threshold) ?? 0;
  const dy = nearest(moving, others, 'y', threshold) ?? 0;
  const moved = { ...moving, x: moving.x + dx, y: moving.y + dy };
  return { dx, dy, guides: [...linesAlong(moved, others, 'x'), ...linesAlong(moved, others, 'y')] };
}
