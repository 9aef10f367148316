// Where each card's two connection points are, worked out from its box instead of measured.
// React Flow draws a link only once it knows the handles of both its cards; given none it waits
// for its ResizeObserver to measure every card after the first paint, so the links came a frame
// (and a task) after the cards. A node that carries `handles` has its links drawn with it.
import { Position, type NodeHandle } from '@xyflow/react';

/** A connection point's size (`.conn-handle`: 10 px square, border included). */
export const HANDLE_SIZE = 10;

const cache = new Map<string, NodeHandle[]>();

/**
 * The handles as React Flow measures them on a card `width` x `height`: the target centred on the
 * left edge, the source on the right one (`Handles.tsx` places them on the node's own box, outside
 * the card's border, so no border width or device pixel ratio enters). Top-left corners relative
 * to the node, in flow units. One array per size, shared: React Flow only reads it.
 */
export function handlesFor(width: number, height: number): NodeHandle[] {
  const key = `${width}x${height}`;
  let handles = cache.get(key);
  if (!handles) {
    const half = HANDLE_SIZE / 2;
    const y = height / 2 - half;
    const common = { id: null, width: HANDLE_SIZE, height: HANDLE_SIZE, y };
    handles = [
      { ...common, type: 'target', position: Position.Left, x: -half },
      { ...common, type: 'source', position: Position.Right, x: width - half },
    ];
    // Sizes come and go as sites grow; a long session must not keep every one.
    if (cache.size > 500) cache.clear();
    cache.set(key, handles);
  }
  return handles;
}
