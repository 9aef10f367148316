// The baseline of the canvas bench (bench/canvas.ts): React Flow with nothing of ours. It draws the
// same boxes and links as the designer would (absolute boxes from resolveLayout and the edges of
// planToFlow, computed by the bench in Node) as plain default nodes and edges, with the designer's
// canvas props that change how React Flow works (zoom limits, fitView padding, snap grid, the >300
// onlyRenderVisibleElements rule), in a box of the same size as the designer's canvas. Beside it,
// the comparable work to ours in its most direct React Flow form: a panel naming the clicked node
// (our inspector) and a button that relabels it (our edits).
//
// Input: localStorage 'bare:drawing', or the address fragment `#drawing=<base64url(deflate-raw
// JSON)>` (our share link's encoding, decoded by the page like ours decodes a link), holding
// { boxes: [[id, x, y, width, height], ...], edges: [[id, source, target], ...] }; and the address
// ?w=<px>&h=<px>. Without a drawing it draws 300 boxes in a grid, so the page also opens by hand.
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { inflateSync, strFromU8 } from 'fflate';
import {
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

type BoxTuple = [id: string, x: number, y: number, width: number, height: number];
type EdgeTuple = [id: string, source: string, target: string];
interface Drawing {
  boxes: BoxTuple[];
  edges: EdgeTuple[];
}

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 0);
const height = Number(params.get('h') ?? 0);

function fromLink(hash: string): Drawing | undefined {
  const at = hash.indexOf('drawing=');
  if (at < 0) return undefined;
  const base64 = hash
    .slice(at + 'drawing='.length)
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(strFromU8(inflateSync(bytes))) as Drawing;
}

function readDrawing(): Drawing {
  try {
    const linked = fromLink(location.hash);
    if (linked) return linked;
    const raw = localStorage.getItem('bare:drawing');
    if (raw) return JSON.parse(raw) as Drawing;
  } catch (error) {
    console.error('bare page: unreadable drawing, drawing a grid', error);
  }
  const boxes = Array.from({ length: 300 }, (_, i): BoxTuple => [
    `n${i}`,
    (i % 20) * 220,
    Math.floor(i / 20) * 140,
    184,
    110,
  ]);
  return { boxes, edges: [] };
}

const drawing = readDrawing();
const initialNodes: Node[] = drawing.boxes.map(([id, x, y, w, h]) => ({
  id,
  position: { x, y },
  width: w,
  height: h,
  data: { label: id },
}));
const initialEdges: Edge[] = drawing.edges.map(([id, source, target]) => ({ id, source, target }));
const snapGrid: [number, number] = [8, 8];
const fitViewOptions = { padding: 0.08 };
const proOptions = { hideAttribution: true };

function Bare() {
  const [nodes, setNodes] = useState<Node[]>(initialNodes);
  const [edges, setEdges] = useState<Edge[]>(initialEdges);
  const [inspected, setInspected] = useState<string | undefined>();
  const [edits, setEdits] = useState(0);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );
  const onNodeClick: NodeMouseHandler = useCallback((_, node) => setInspected(node.id), []);
  const relabel = () => {
    if (!inspected) return;
    const next = edits + 1;
    setEdits(next);
    setNodes((current) =>
      current.map((n) => (n.id === inspected ? { ...n, data: { label: `${inspected} ${next}` } } : n)),
    );
  };
  const label = nodes.find((n) => n.id === inspected)?.data.label as string | undefined;
  return (
    <div style={{ display: 'flex' }}>
      <div style={{ width: width > 0 ? width : '75vw', height: height > 0 ? height : '100vh' }}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeClick={onNodeClick}
          snapToGrid
          snapGrid={snapGrid}
          minZoom={0.02}
          maxZoom={2}
          fitView
          fitViewOptions={fitViewOptions}
          proOptions={proOptions}
          onlyRenderVisibleElements={nodes.length > 300}
        />
      </div>
      <aside data-testid="inspector" style={{ padding: 12 }}>
        <h2>{label ?? 'Nothing selected'}</h2>
        <button type="button" onClick={relabel} disabled={!inspected}>
          Relabel
        </button>
      </aside>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
