import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import { linkKindsFor, type LinkKind } from '../model/index.ts';
import { commitMoves, connect, select, type Move } from '../store/actions.ts';
import { usePlanStore } from '../store/planStore.ts';
import { useView, viewport } from '../store/view.ts';
import { GRID, resolveLayout } from '../theme/geometry.ts';
import { EdgeMarkers, LinkEdge, WitnessEdge } from './edges/LinkEdge.tsx';
import { ClusterNode } from './nodes/ClusterNode.tsx';
import { InfraNode } from './nodes/InfraNode.tsx';
import { ServerNode } from './nodes/ServerNode.tsx';
import { SiteNode } from './nodes/SiteNode.tsx';
import { ZoomedOutContext, useCanvasZoomedOut } from './nodes/useZoomedOut.ts';
import type { PlanEdge, PlanNode } from './planToFlow.ts';
import { useFlowItems, useMoved, useShownItems } from './useFlowItems.ts';
import { useLayer } from './layer/useLayer.ts';
import { LinkKindChooser } from './LinkKindChooser.tsx';
import { EmptyCanvas } from './EmptyCanvas.tsx';
import { MIN_ZOOM, useFitRequests, useFocusRequests, useStartView } from './useFitRequests.ts';
import { PresenceLayer } from './presence/PresenceLayer.tsx';
import { DragOverlay } from './DragOverlay.tsx';
import { Legend } from './Legend.tsx';
import { PlanMinimap } from './PlanMinimap.tsx';
import { useUi } from '../app/uiState.ts';
import { useExternalDrop } from './useExternalDrop.ts';
import { useNodeDrag } from './useNodeDrag.ts';
import { later } from '../app/later.tsx';

// The zoomed-out layer and the minimap's picture (which shares its painter) load when first drawn:
// a small plan at its fitted zoom needs neither, and the first script stays within its budget.
const PlanLayer = later(async () => (await import('./layer/PlanLayer.tsx')).PlanLayer);

const nodeTypes: NodeTypes = {
  site: SiteNode,
  server: ServerNode,
  cluster: ClusterNode,
  infrastructure: InfraNode,
};
const edgeTypes: EdgeTypes = { link: LinkEdge, witness: WitnessEdge };
const snapGrid: [number, number] = [GRID, GRID];
const proOptions = { hideAttribution: true };
// Props React Flow copies into its store when they change identity: constants, so a re-render of
// the canvas (every drag step) does not cause an extra store update.
// Fit never zooms past 100%: a small plan is shown at its natural size, not blown up.
const FIT_VIEW_OPTIONS = { padding: '24px', maxZoom: 1 } as const;
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

/**
 * The selection follows React Flow's `select` changes (a click, Shift+click, the selection box, a
 * click on the pane). Not `onSelectionChange`: React Flow runs its selector over every node and edge
 * on each of its store updates to serve it, every frame of a drag or pan on a large plan.
 */
function selectFrom(changes: readonly (NodeChange<PlanNode> | EdgeChange<PlanEdge>)[]) {
  const picked = changes.filter((c) => c.type === 'select');
  if (picked.length === 0) return;
  const next = new Set(usePlanStore.getState().selection);
  for (const c of picked) {
    if (c.id.startsWith('witness:')) continue;
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  select([...next]);
}

/** Items (nodes) from which a plan zoomed out below the detail level is drawn as one layer. */
const LAYER_MIN_NODES = 200;

export function Canvas() {
  const plan = usePlanStore((s) => s.plan);
  const legendOpen = useUi((s) => s.legendOpen);
  const selection = usePlanStore((s) => s.selection);
  const readOnly = usePlanStore((s) => s.readOnly);
  const rf = useReactFlow();
  const zoomedOut = useCanvasZoomedOut();
  const all = useFlowItems(plan, selection);
  const { follow, settled } = all;
  // The one layer is for large plans; a smaller one keeps its cards (simplified) in the DOM at every
  // zoom, where keyboard and screen-reader users reach each item and its findings.
  const layered = zoomedOut && all.derived.nodes.length >= LAYER_MIN_NODES;
  const layer = useLayer(plan, all.derived, selection, layered);
  // Zoomed out the drag's positions apply to the few cards React Flow holds, not to every node.
  const shownItems = useShownItems(all.derived, all.chosen, layer.shown);
  const nodes = useMoved(shownItems.nodes, all.moving);
  const edges = shownItems.edges;
  const chosen = all.chosen;
  const layerHit = layer.hitAt;
  const [pending, setPending] = useState<{ from: string; to: string; kinds: LinkKind[] } | undefined>();
  const onEdgesChange = useCallback((changes: EdgeChange<PlanEdge>[]) => selectFrom(changes), []);

  const drag = useNodeDrag();
  const { snapDrag, pointerFor, stop: dragStopped } = drag;

  const onNodesChange = useCallback(
    (changes: NodeChange<PlanNode>[]) => {
      snapDrag(changes);
      follow(changes);
      selectFrom(changes);
      // A position change that is not mid-drag ends a mouse drag or is a keyboard move: commit it,
      // in absolute coordinates (the change's position is relative to the node's container).
      const moved = changes.filter(
        (c): c is Extract<NodeChange<PlanNode>, { type: 'position' }> =>
          c.type === 'position' && c.dragging === false && !!c.position,
      );
      if (moved.length === 0) return;
      // No drag under way: arrow keys moved the selection (a series of them is one undo step).
      const nudge = !useView.getState().dragging;
      const { plan: current } = usePlanStore.getState();
      const boxes = resolveLayout(current).byId;
      const ids = new Set(moved.map((c) => c.id));
      const moves: Move[] = [];
      for (const change of moved) {
        const parent = boxes.get(change.id)?.parent;
        if (parent && ids.has(parent)) continue;
        const origin = parent ? boxes.get(parent) : undefined;
        const point = {
          x: change.position!.x + (origin?.absX ?? 0),
          y: change.position!.y + (origin?.absY ?? 0),
        };
        const pointer = pointerFor(point);
        moves.push({ id: change.id, point, ...(pointer ? { pointer } : {}) });
      }
      // React Flow skips onNodeDragStop when it abandons a drag (the node was deleted or undone
      // mid-drag), but still ends it with these changes: the inspector must not stay held.
      dragStopped();
      commitMoves(moves, { nudge });
      // The plan now has the cards where they were dropped (or, refused, where they were).
      settled();
    },
    [snapDrag, follow, pointerFor, dragStopped, settled],
  );

  const onConnect = useCallback((c: Connection) => {
    const { plan: current } = usePlanStore.getState();
    const kinds = linkKindsFor(current, c.source, c.target);
    if (kinds.length === 0) return;
    if (kinds[0] === 'scr') setPending({ from: c.source, to: c.target, kinds });
    else connect(c.source, c.target, kinds[0]!);
  }, []);

  // While a link is being drawn every item shows its connection points (they are hidden otherwise).
  const [connecting, setConnecting] = useState(false);
  const onConnectStart = useCallback(() => setConnecting(true), []);

  // Dropping a new link anywhere on an item (not only on its small handle) connects to it.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      setConnecting(false);
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const target = document
        .elementFromPoint(point.clientX, point.clientY)
        ?.closest<HTMLElement>('.react-flow__node');
      // Zoomed out, the item may be drawn by the layer only.
      const id = target?.dataset.id ?? layerHit(point.clientX, point.clientY)?.id;
      if (id && id !== state.fromNode.id)
        onConnect({ source: state.fromNode.id, target: id, sourceHandle: null, targetHandle: null });
    },
    [onConnect, layerHit],
  );

  const { onDragOver, onDragLeave, onDrop } = useExternalDrop();

  useFocusRequests();
  const canvasRef = useRef<HTMLDivElement>(null);
  const start = useStartView(canvasRef);
  useFitRequests(canvasRef, start);
  // A canvas that goes away mid-drag (another view, another plan) must not leave the flag set.
  useEffect(() => dragStopped, [dragStopped]);
  useEffect(() => {
    viewport.centre = () => {
      const el = document.querySelector('.react-flow');
      const r = el?.getBoundingClientRect();
      return r
        ? rf.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 })
        : { x: 0, y: 0 };
    };
  }, [rf]);

  // The first commit only measures the canvas: the diagram is drawn fitted from its first frame.
  if (!start.ready) return <div ref={canvasRef} className="canvas" />;
  return (
    // data-routes-pending: links drawn provisionally after an edit until the routing worker's routes arrive.
    <div
      ref={canvasRef}
      className={`canvas${connecting ? ' connecting' : ''}`}
      data-routes-pending={all.routesPending || undefined}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <EdgeMarkers />
      <ZoomedOutContext.Provider value={zoomedOut}>
        <ReactFlow<PlanNode, PlanEdge>
          nodes={nodes}
          edges={edges}
          onEdgesChange={onEdgesChange}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeDragStart={drag.onNodeDragStart}
          onNodeDrag={drag.onNodeDrag}
          onNodeDragStop={drag.onNodeDragStop}
          onSelectionDragStart={drag.onSelectionDragStart}
          onSelectionDrag={drag.onSelectionDrag}
          onSelectionDragStop={drag.onSelectionDragStop}
          onConnect={onConnect}
          onConnectStart={onConnectStart}
          onConnectEnd={onConnectEnd}
          connectionMode={ConnectionMode.Loose}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          snapToGrid
          snapGrid={snapGrid}
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          selectionKeyCode="Shift"
          minZoom={MIN_ZOOM}
          maxZoom={2}
          defaultViewport={start.viewport}
          fitView={!start.viewport}
          fitViewOptions={FIT_VIEW_OPTIONS}
          proOptions={proOptions}
          onlyRenderVisibleElements={nodes.length > 300}
          onPaneClick={layer.onPaneClick}
          onPointerDownCapture={layer.onPanePointerDown}
          aria-label="Plan diagram"
        >
          {/* Zoomed far out the dots would be a grey haze, redrawn on every frame of a pan. */}
          {!zoomedOut && (
            <Background variant={BackgroundVariant.Dots} gap={GRID * 3} size={1} color="#c9d1d9" />
          )}
          {layered && <PlanLayer scene={layer.scene} selection={chosen} skip={layer.shown!} hitAt={layer.hitAt} />}
          <DragOverlay />
          {legendOpen && <Legend />}
          <Controls showInteractive={false} position="bottom-left" />
          <PlanMinimap scene={layer.scene} />
          <PresenceLayer />
        </ReactFlow>
      </ZoomedOutContext.Provider>
      {plan.sites.length + plan.servers.length + plan.infrastructure.length === 0 && <EmptyCanvas />}
      {pending && (
        <LinkKindChooser
          kinds={pending.kinds}
          onChoose={(kind) => {
            connect(pending.from, pending.to, kind);
            setPending(undefined);
          }}
          onCancel={() => setPending(undefined)}
        />
      )}
    </div>
  );
}
