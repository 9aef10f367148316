// The nodes and edges handed to React Flow, derived during render (no effect that copies them into
// state, which cost a second render and a second store update per edit). Items that did not change
// keep their objects and the arrays are rebuilt only when the plan, the selection or a drag moved
// something: React Flow then re-renders only the cards an edit touched.
import { useCallback, useMemo, useState } from 'react';
import type { NodeChange } from '@xyflow/react';
import { findingsOf } from '../store/findings.ts';
import type { Plan } from '../model/index.ts';
import { createPlanToFlow, placeKnown, type PlanEdge, type PlanNode } from './planToFlow.ts';
import { useRoutes } from './useRoutes.ts';

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
 * The plan's nodes and edges before the selection is merged in (see `useShownItems`), the selection
 * as a set, the positions of a drag in progress (React Flow's position changes, kept only for the
 * items it moves until the drop commits them) and whether the links' routes are still provisional.
 */
export function useFlowItems(plan: Plan, selection: readonly string[]) {
  const toFlow = useMemo(() => createPlanToFlow(), []);
  const { routes, pending } = useRoutes(plan);
  const derived = useMemo(() => toFlow(plan, findingsOf(plan).byItem, NO_SELECTION, routes), [toFlow, plan, routes]);
  const chosen = useMemo(() => new Set(selection), [selection]);
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
  return { derived, chosen, moving, follow, settled, routesPending: pending };
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

/** Each node's place in its list, per list (when the mapping that made the list cannot tell). */
const places = new WeakMap<readonly PlanNode[], Map<string, number>>();
function placeOf(nodes: readonly PlanNode[], id: string): number | undefined {
  const known = placeKnown(nodes, id);
  if (known !== undefined) return known;
  let place = places.get(nodes);
  if (!place) places.set(nodes, (place = new Map(nodes.map((n, i) => [n.id, i]))));
  return place.get(id);
}

/**
 * The items of `shown` from `nodes` (in their order), the selected ones as their selected twins,
 * and the containers they sit in as hidden nodes (React Flow places a card relative to its
 * container). Walks only the shown items and their containers, not every node: a click, the
 * pointer reaching a card or an edit on a large plan costs a handful of lookups (the mapping knows
 * where its nodes are; a list of nodes it did not make is indexed once).
 */
export function cardsOf(nodes: readonly PlanNode[], shown: ReadonlySet<string>, chosen: ReadonlySet<string>, twin: (n: PlanNode) => PlanNode): PlanNode[] {
  const picked = new Set<number>();
  for (const id of shown) {
    let at = placeOf(nodes, id);
    if (at === undefined) continue;
    picked.add(at);
    for (let parent = nodes[at]!.parentId; parent !== undefined; parent = nodes[at]!.parentId) {
      at = placeOf(nodes, parent);
      if (at === undefined || picked.has(at)) break;
      picked.add(at);
    }
  }
  return [...picked]
    .sort((a, b) => a - b)
    .map((at) => {
      const n = nodes[at]!;
      const selected = chosen.has(n.id) ? twin(n) : n;
      return shown.has(n.id) ? selected : hiddenTwin(selected);
    });
}

/**
 * What React Flow holds: every node and edge with the selection merged in, or, while the layer
 * draws the diagram (`shown` defined), only the items shown as cards, with their containers as
 * hidden nodes, and no links.
 */
export function useShownItems(derived: { nodes: PlanNode[]; edges: PlanEdge[] }, chosen: ReadonlySet<string>, shown: ReadonlySet<string> | undefined) {
  const twins = useMemo(() => ({ node: selectedTwins<PlanNode>(), edge: selectedTwins<PlanEdge>() }), []);
  const layered = shown !== undefined;
  const all = useMemo(
    () => (layered ? undefined : { nodes: withSelection(derived.nodes, chosen, twins.node), edges: withSelection(derived.edges, chosen, twins.edge) }),
    [layered, derived, chosen, twins],
  );
  const cards = useMemo(() => (shown ? cardsOf(derived.nodes, shown, chosen, twins.node) : undefined), [derived, shown, chosen, twins]);
  return all ?? { nodes: cards!, edges: NO_EDGES };
}
