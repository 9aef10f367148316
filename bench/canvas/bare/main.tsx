// The baseline of the canvas bench (bench/canvas.ts): React Flow with nothing of ours. It draws the
// same number of plain default nodes as the designer would, at the same absolute boxes (from
// resolveLayout on the same plan, computed by the bench in Node), with the designer's canvas props
// that change how React Flow works (zoom limits, fitView padding, snap grid, the >300
// onlyRenderVisibleElements rule), in a box of the same size as the designer's canvas.
// No custom nodes, no edges, no background, controls or minimap, no store of ours.
//
// Input: localStorage 'bare:boxes' = JSON [[id, x, y, width, height], ...] (absolute, drawing order)
// and the address ?n=<count>&w=<px>&h=<px>. Without boxes it draws n boxes in a grid, so the page
// also opens by hand (vite preview) for a look.
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, applyNodeChanges, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

type BoxTuple = [id: string, x: number, y: number, width: number, height: number];

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 300);
const width = Number(params.get('w') ?? 0);
const height = Number(params.get('h') ?? 0);

function readBoxes(): BoxTuple[] {
  try {
    const raw = localStorage.getItem('bare:boxes');
    if (raw) return JSON.parse(raw) as BoxTuple[];
  } catch {
    // Fall through to the grid.
  }
  return Array.from({ length: count }, (_, i): BoxTuple => [
    `n${i}`,
    (i % 40) * 220,
    Math.floor(i / 40) * 140,
    184,
    110,
  ]);
}

const initialNodes: Node[] = readBoxes().map(([id, x, y, w, h]) => ({
  id,
  position: { x, y },
  width: w,
  height: h,
  data: { label: id },
}));
const snapGrid: [number, number] = [8, 8];
const fitViewOptions = { padding: 0.08 };
const proOptions = { hideAttribution: true };

function Bare() {
  const [nodes, setNodes] = useState<Node[]>(initialNodes);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  return (
    <div style={{ width: width > 0 ? width : '100vw', height: height > 0 ? height : '100vh' }}>
      <ReactFlow
        nodes={nodes}
        edges={[]}
        onNodesChange={onNodesChange}
        snapToGrid
        snapGrid={snapGrid}
        minZoom={0.05}
        maxZoom={2}
        fitView
        fitViewOptions={fitViewOptions}
        proOptions={proOptions}
        onlyRenderVisibleElements={nodes.length > 300}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
