// Dragging items on the canvas: where the mouse grabbed them (the container under the pointer
// receives them on the drop, not the one under the card's centre), the target highlighted on the
// way, and snap guides to sibling edges and centres. Positions are React Flow's (relative to the
// parent); everything else here is in absolute canvas coordinates.
import { useCallback, useRef } from 'react';
import { useReactFlow, type NodeChange } from '@xyflow/react';
import { snapToGuides } from '../layout/guides.ts';
import type { Rect } from '../layout/spatial.ts';
import { dropTarget, type Point } from '../store/dropTarget.ts';
import { usePlanStore } from '../store/planStore.ts';
import { showDropHint, showGuides, useView } from '../store/view.ts';
import { resolveLayout } from '../theme/geometry.ts';
import type { PlanNode } from './planToFlow.ts';

/** How close (in screen pixels) an edge or centre must come to a sibling's to snap to it. */
const SNAP_PX = 6;

interface Grab {
  /** The item under the mouse, then the rest of the selection. */
  ids: string[];
  /** Pointer minus the grabbed item's top-left, at the start. */
  offset: Point;
  /** The pointer now. */
  pointer: Point;
  /** The container the pointer is over (as of the last pointer event). */
  into: string | undefined;
  /** Sibling boxes by container, gathered once per container per drag (not on every step). */
  siblings: Map<string | undefined, Rect[]>;
  /** The snap applied to the last drag step (React Flow ends a drag at its own, unsnapped spot). */
  snap: Point;
}

type PositionChange = Extract<NodeChange<PlanNode>, { type: 'position' }>;

export function useNodeDrag() {
  const rf = useReactFlow<PlanNode>();
  const grab = useRef<Grab | undefined>(undefined);

  const toFlow = useCallback(
    (e: MouseEvent | TouchEvent | React.MouseEvent) => {
      const p = 'changedTouches' in e ? e.changedTouches[0] : e;
      return p ? rf.screenToFlowPosition({ x: p.clientX, y: p.clientY }) : undefined;
    },
    [rf],
  );

  const start = useCallback(
    (e: MouseEvent | TouchEvent | React.MouseEvent, first: string, all: readonly { id: string }[]) => {
      useView.setState({ dragging: true });
      const pointer = toFlow(e);
      const at = rf.getInternalNode(first)?.internals.positionAbsolute;
      if (!pointer || !at) return;
      const ids = [first, ...all.map((n) => n.id).filter((id) => id !== first)];
      grab.current = { ids, offset: { x: pointer.x - at.x, y: pointer.y - at.y }, pointer, snap: { x: 0, y: 0 }, into: undefined, siblings: new Map() };
    },
    [rf, toFlow],
  );

  const move = useCallback(
    (e: MouseEvent | TouchEvent | React.MouseEvent) => {
      const g = grab.current;
      const pointer = toFlow(e);
      if (!g || !pointer) return;
      g.pointer = pointer;
      const target = dropTarget(usePlanStore.getState().plan, { kind: 'items', ids: g.ids }, pointer);
      g.into = target.box && target.box.kind !== 'server' ? target.box.id : undefined;
      showDropHint(target.box ? { id: target.box.id, ...(target.refused ? { refused: target.refused } : {}) } : undefined);
    },
    [toFlow],
  );

  const stop = useCallback(() => {
    grab.current = undefined;
    useView.setState({ dragging: false });
    showDropHint(undefined);
    showGuides([]);
  }, []);

  /**
   * Position changes of a drag, snapped so the grabbed item lines up with its future siblings (the
   * whole selection moves by the same amount); the drop keeps the last step's snap. In place.
   */
  const snapDrag = useCallback(
    (changes: NodeChange<PlanNode>[]) => {
      const g = grab.current;
      if (!g) return;
      const moving = changes.filter((c): c is PositionChange => c.type === 'position' && !!c.position);
      const shift = (d: Point) => {
        for (const c of moving) c.position = { x: c.position!.x + d.x, y: c.position!.y + d.y };
      };
      const lead = moving.find((c) => c.id === g.ids[0]);
      if (!lead?.position) return;
      if (!lead.dragging) return shift(g.snap);
      const plan = usePlanStore.getState().plan;
      const layout = resolveLayout(plan);
      const box = layout.byId.get(lead.id);
      if (!box) return;
      const parent = box.parent ? layout.byId.get(box.parent) : undefined;
      const rect = { x: lead.position.x + (parent?.absX ?? 0), y: lead.position.y + (parent?.absY ?? 0), width: box.width, height: box.height };
      const container = g.into;
      let siblings = g.siblings.get(container);
      if (!siblings) {
        const skip = new Set(g.ids);
        siblings = layout.boxes
          .filter((b) => b.parent === container && !skip.has(b.id))
          .map((b) => ({ x: b.absX, y: b.absY, width: b.width, height: b.height }));
        g.siblings.set(container, siblings);
      }
      const snap = snapToGuides(rect, siblings, SNAP_PX / rf.getZoom());
      showGuides(snap.guides);
      g.snap = { x: snap.dx, y: snap.dy };
      shift(g.snap);
    },
    [rf],
  );

  /** Where the mouse holds `id` when its top-left is at `point` (undefined: a keyboard move). */
  const pointerFor = useCallback((point: Point): Point | undefined => {
    const g = grab.current;
    return g ? { x: point.x + g.offset.x, y: point.y + g.offset.y } : undefined;
  }, []);

  return {
    onNodeDragStart: useCallback((e: MouseEvent | TouchEvent, node: PlanNode, nodes: PlanNode[]) => start(e, node.id, nodes), [start]),
    onNodeDrag: useCallback((e: MouseEvent | TouchEvent) => move(e), [move]),
    onNodeDragStop: stop,
    onSelectionDragStart: useCallback((e: React.MouseEvent, nodes: PlanNode[]) => nodes[0] && start(e, nodes[0].id, nodes), [start]),
    onSelectionDrag: useCallback((e: React.MouseEvent) => move(e), [move]),
    onSelectionDragStop: stop,
    snapDrag,
    pointerFor,
    stop,
  };
}
