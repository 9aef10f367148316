// Floating edges: a link leaves each item where the line between their centres crosses its
// border, so links stay short and readable whichever way items are arranged.
import type { InternalNode } from '@xyflow/react';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    w: node.measured.width ?? node.width ?? 0,
    h: node.measured.height ?? node.height ?? 0,
  };
}

function borderPoint(from: Rect, toward: { x: number; y: number }) {
  const cx = from.x + from.w / 2;
  const cy = from.y + from.h / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Infinity : from.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : from.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

/** Endpoints of a straight edge between two nodes' borders. */
export function floatingEnds(source: InternalNode, target: InternalNode) {
  const a = rectOf(source);
  const b = rectOf(target);
  // A node inside a container links from the container's edge toward the inner node's centre.
  const aCentre = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const bCentre = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const s = borderPoint(a, bCentre);
  const t = borderPoint(b, aCentre);
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y };
}
