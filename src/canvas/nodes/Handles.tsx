import { Handle, Position } from '@xyflow/react';

/**
 * Connection points: drag from the dot on a card's right edge to another item to link them. Drawn
 * beside the card (not inside its bordered box), centred on the node's edges, where
 * `handlesFor` (handleGeometry.ts) says they are before React Flow has measured them.
 */
export function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Left} className="conn-handle" />
      <Handle type="source" position={Position.Right} className="conn-handle" title="Drag to another item to link them" />
    </>
  );
}
