// The nodes and edges handed to React Flow, derived during render (no effect that copies them into
// state, which cost a second render and a second store update per edit). Items that did not change
// keep their objects and the arrays are rebuilt only when the plan, the selection or a drag moved
// something: React Flow then re-renders only the cards an edit touched.
import { useCallback, useMemo, useState } from 'react';
import type { NodeChange } from '@xyflow/react';
import { findingsOf } from '../store/findings.ts';
import type { Plan } from '../model/index.ts';
import { createPlanToFlow, type PlanEdge, type PlanNode } from './planToFlow.ts';

const NO_SELECTION: ReadonlySet<string> = new Set();

type PositionChange = Extract<NodeChange<PlanNode>, { type: 'position' }>;

/** The selected twin of an item, one object per item object (so a re-render keeps its identity). */
function selectedTwins<T extends { selected?: boolean }>() {
  const twins = new WeakMap<T, T>();
  return (item: T): T => {
    let twin = twins.get(item);
    if (!twin) twins.set(item, (twin = { ...item, selected: true }));
    return twin;
  };
}

function withSelection<T extends { id: string; selected?: boolean }>(
  items: readonly T[],
  chosen: ReadonlySet<string>,
  twin: (item: T) => T,
): T[] {
  if (chosen.size === 0) return items as T[];
  return items.map((item) => (chosen.has(item.id) ? twin(item) : item));
}

/**
 * The plan's nodes and edges with the selection merged in, and the positions of a drag in progress
 * (React Flow's position changes, kept only for the items it moves until the drop commits them).
 */
export function useFlowItems(plan: Plan, selection: readonly string[]) {
  const toFlow = useMemo(() => createPlanToFlow(), []);
  const derived = useMemo(() => toFlow(plan, findingsOf(plan).byItem, NO_SELECTION), [toFlow, plan]);
  const twins = useMemo(() => ({ node: selectedTwins<PlanNode>(), edge: selectedTwins<PlanEdge>() }), []);
  const chosen = useMemo(() => new Set(selection), [selection]);
  const selectedNodes = useMemo(() => withSelection(derived.nodes, chosen, twins.node), [derived, chosen, twins]);
  const edges = useMemo(() => withSelection(derived.edges, chosen, twins.edge), [derived, chosen, twins]);
  const [moving, setMoving] = useState<ReadonlyMap<string, PositionChange> | undefined>();

  /** Keeps the drag's positions (mid-drag changes); call `settled` once the drop is committed. */
  const follow = useCallback((changes: readonly NodeChange<PlanNode>[]) => {
    const steps = changes.filter((c): c is PositionChange => c.type === 'position' && !!c.position && !!c.dragging);
    if (steps.length === 0) return;
    setMoving((current) => {
      const next = new Map(current);
      for (const c of steps) next.set(c.id, c);
      return next;
    });
  }, []);
  const settled = useCallback(() => setMoving(undefined), []);
  return { nodes: selectedNodes, edges, derived, moving, follow, settled };
}

/** The nodes with the drag's positions applied (the same array when nothing is being dragged). */
export function useMoved(nodes: PlanNode[], moving: ReadonlyMap<string, PositionChange> | undefined) {
  return useMemo(() => {
    if (!moving) return nodes;
    return nodes.map((n) => {
      const change = moving.get(n.id);
      return change ? { ...n, position: change.position!, dragging: change.dragging ?? false } : n;
    });
  }, [nodes, moving]);
}

const NO_EDGES: PlanEdge[] = [];
const hiddenTwins = new WeakMap<PlanNode, PlanNode>();
function hiddenTwin(node: PlanNode): PlanNode {
  let twin = hiddenTwins.get(node);
  if (!twin) hiddenTwins.set(node, (twin = { ...node, hidden: true }));
  return twin;
}

/**
 * What React Flow holds while the layer draws the diagram: only the items shown as cards, with their
 * containers as hidden nodes (React Flow places a card relative to its container), and no links.
 * All of it (`shown` undefined) when zoomed in.
 */
export function useShownItems(nodes: PlanNode[], edges: PlanEdge[], shown: ReadonlySet<string> | undefined) {
  const shownNodes = useMemo(() => {
    if (!shown) return nodes;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const containers = new Set<string>();
    for (const id of shown) {
      let parent = byId.get(id)?.parentId;
      while (parent && !containers.has(parent)) {
        containers.add(parent);
        parent = byId.get(parent)?.parentId;
      }
    }
    const out: PlanNode[] = [];
    for (const n of nodes)
      if (shown.has(n.id)) out.push(n);
      else if (containers.has(n.id)) out.push(hiddenTwin(n));
    return out;
  }, [nodes, shown]);
  return { nodes: shownNodes, edges: shown ? NO_EDGES : edges };
}
