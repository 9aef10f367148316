import { Handle, Position } from '@xyflow/react';

/**
 * Connection points: drag from the dot on a card's right edge to another item to link them. Drawn
 * beside the card (not inside its bordered box), centred on the node's edges, where
 * `handlesFor` (handleGeometry.ts) says they are before React Flow has measured them.
 * A card that cannot be linked (a plan only shown, from a share link) draws the same two dots as
 * plain marks: a `<Handle>` subscribes to React Flow's store for the connection in progress.
 */
export function Handles({ connectable }: { connectable: boolean }) {
  if (!connectable)
    return (
      <>
        <div className="react-flow__handle react-flow__handle-left conn-handle target" data-handlepos={Position.Left} />
        <div className="react-flow__handle react-flow__handle-right conn-handle source" data-handlepos={Position.Right} />
      </>
    );
  return (
    <>
      <Handle type="target" position={Position.Left} className="conn-handle" />
      <Handle type="source" position={Position.Right} className="conn-handle" title="Drag to another item to link them" />
    </>
  );
}
