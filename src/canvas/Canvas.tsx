import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
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
import { findingsOf } from '../store/findings.ts';
import { usePlanStore } from '../store/planStore.ts';
import { useView, viewport } from '../store/view.ts';
import { GRID, resolveLayout } from '../theme/geometry.ts';
import { EdgeMarkers, LinkEdge, WitnessEdge } from './edges/LinkEdge.tsx';
import { ClusterNode } from './nodes/ClusterNode.tsx';
import { InfraNode } from './nodes/InfraNode.tsx';
import { ServerNode } from './nodes/ServerNode.tsx';
import { SiteNode } from './nodes/SiteNode.tsx';
import { ZoomedOutContext, useCanvasZoomedOut } from './nodes/useZoomedOut.ts';
import { createPlanToFlow, type PlanEdge, type PlanNode } from './planToFlow.ts';
import { LinkKindChooser } from './LinkKindChooser.tsx';
import { EmptyCanvas } from './EmptyCanvas.tsx';
import { useFitRequests } from './useFitRequests.ts';
import { PresenceLayer } from './presence/PresenceLayer.tsx';
import { DragOverlay } from './DragOverlay.tsx';
import { Legend } from './Legend.tsx';
import { PlanMinimap } from './PlanMinimap.tsx';
import { useUi } from '../app/uiState.ts';
import { useExternalDrop } from './useExternalDrop.ts';
import { useNodeDrag } from './useNodeDrag.ts';

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
const NO_SELECTION: ReadonlySet<string> = new Set();

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

/** The items with their `selected` flag set from `chosen`; the same array when none changes. */
function withSelection<T extends { id: string; selected?: boolean }>(
  items: T[],
  chosen: ReadonlySet<string>,
): T[] {
  let changed = false;
  const next = items.map((item) => {
    const selected = chosen.has(item.id);
    if (!!item.selected === selected) return item;
    changed = true;
    return { ...item, selected };
  });
  return changed ? next : items;
}

export function Canvas() {
  const plan = usePlanStore((s) => s.plan);
  const legendOpen = useUi((s) => s.legendOpen);
  const selection = usePlanStore((s) => s.selection);
  const readOnly = usePlanStore((s) => s.readOnly);
  const rf = useReactFlow();
  const zoomedOut = useCanvasZoomedOut();
  const toFlow = useMemo(() => createPlanToFlow(), []);
  // Derived from the plan alone; the selection is merged in below, so a click does not rebuild
  // every node (and a drag that starts with a click keeps going).
  const derived = useMemo(() => toFlow(plan, findingsOf(plan).byItem, NO_SELECTION), [toFlow, plan]);
  const [nodes, setNodes] = useState<PlanNode[]>(derived.nodes);
  const [edges, setEdges] = useState<PlanEdge[]>(derived.edges);
  const [pending, setPending] = useState<{ from: string; to: string; kinds: LinkKind[] } | undefined>();
  // The plan's nodes and edges, with the selection merged in. When only the selection changed (the
  // plan's derived nodes are the ones already merged), only the nodes whose flag differs are
  // replaced, and nothing at all when React Flow already set them (a click on the canvas).
  const merged = useRef<typeof derived | undefined>(undefined);
  useEffect(() => {
    const chosen = new Set(selection);
    const sameItems = merged.current === derived;
    merged.current = derived;
    setNodes((current) => {
      if (sameItems) return withSelection(current, chosen);
      const dragging = new Map(current.filter((n) => n.dragging).map((n) => [n.id, n]));
      return derived.nodes.map((n) => {
        const selected = chosen.has(n.id);
        const moving = dragging.get(n.id);
        if (moving) return { ...n, position: moving.position, dragging: true, selected };
        return n.selected === selected ? n : { ...n, selected };
      });
    });
    setEdges((current) => withSelection(sameItems ? current : derived.edges, chosen));
  }, [derived, selection]);
  const onEdgesChange = useCallback((changes: EdgeChange<PlanEdge>[]) => {
    setEdges((current) => applyEdgeChanges(changes, current));
    selectFrom(changes);
  }, []);

  const drag = useNodeDrag();
  const { snapDrag, pointerFor, stop: dragStopped } = drag;
  const derivedRef = useRef(derived);
  derivedRef.current = derived;

  const onNodesChange = useCallback(
    (changes: NodeChange<PlanNode>[]) => {
      snapDrag(changes);
      setNodes((current) => applyNodeChanges(changes, current));
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
      // A refused spot leaves the plan as it was: put the cards back where the plan has them.
      if (usePlanStore.getState().plan === current)
        setNodes(() => {
          const chosen = new Set(usePlanStore.getState().selection);
          return derivedRef.current.nodes.map((n) =>
            chosen.has(n.id) === !!n.selected ? n : { ...n, selected: chosen.has(n.id) },
          );
        });
    },
    [snapDrag, pointerFor, dragStopped],
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
      const id = target?.dataset.id;
      if (id && id !== state.fromNode.id)
        onConnect({ source: state.fromNode.id, target: id, sourceHandle: null, targetHandle: null });
    },
    [onConnect],
  );

  const { onDragOver, onDragLeave, onDrop } = useExternalDrop();

  const focus = useView((s) => s.focus);
  useEffect(() => {
    if (focus?.ids.length)
      void rf.fitView({ nodes: focus.ids.map((id) => ({ id })), duration: 300, padding: 0.4, maxZoom: 1.25 });
  }, [focus, rf]);
  const canvasRef = useRef<HTMLDivElement>(null);
  useFitRequests(canvasRef);
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

  return (
    <div ref={canvasRef} className={`canvas${connecting ? ' connecting' : ''}`} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
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
          minZoom={0.05}
          maxZoom={2}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          proOptions={proOptions}
          onlyRenderVisibleElements={nodes.length > 300}
          aria-label="Plan diagram"
        >
          {/* Zoomed far out the dots would be a grey haze, redrawn on every frame of a pan. */}
          {!zoomedOut && (
            <Background variant={BackgroundVariant.Dots} gap={GRID * 3} size={1} color="#c9d1d9" />
          )}
          <DragOverlay />
          {legendOpen && <Legend />}
          <Controls showInteractive={false} position="bottom-left" />
          <PlanMinimap />
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
