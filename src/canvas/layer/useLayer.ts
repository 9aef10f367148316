// The zoomed-out canvas's behaviour around its one layer: which items are cards in the DOM (the one
// under the pointer, so React Flow's own click, drag and connect work on it, and the selection, so
// it can be moved together), clicks on what only the layer shows (links, sites' bodies) and the
// selection rectangle over items React Flow does not hold.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Plan } from '../../model/index.ts';
import { select } from '../../store/actions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { CLUSTER_HEADER, SITE_HEADER } from '../../theme/geometry.ts';
import type { PlanEdge, PlanNode } from '../planToFlow.ts';
import { enclosed, hitTest, subtree, type Hit } from './hit.ts';
import { buildScene, type Scene, type SceneItem } from './scene.ts';

const NONE: readonly string[] = [];
const headerOf = (i: SceneItem) => (i.kind === 'site' ? SITE_HEADER : i.kind === 'cluster' ? CLUSTER_HEADER : 0);
const MULTI = (e: MouseEvent | React.MouseEvent) => e.shiftKey || e.metaKey || e.ctrlKey;

export function useLayer(plan: Plan, derived: { nodes: PlanNode[]; edges: PlanEdge[] }, selection: readonly string[], zoomedOut: boolean) {
  const rf = useReactFlow();
  const store = useStoreApi();
  // Built after the last committed scene, so its hit-test grid is that scene's with only what changed
  // put in again (set in a layout effect: a render React throws away leaves it as it was).
  const sceneRef = useRef<Scene | undefined>(undefined);
  const scene = useMemo(() => buildScene(plan, derived.nodes, derived.edges, sceneRef.current), [plan, derived]);
  useLayoutEffect(() => {
    sceneRef.current = scene;
  }, [scene]);
  const [hovered, setHovered] = useState<readonly string[]>(NONE);

  const hitAt = useCallback(
    (clientX: number, clientY: number): Hit | undefined => {
      const p = rf.screenToFlowPosition({ x: clientX, y: clientY }, { snapToGrid: false });
      return sceneRef.current && hitTest(sceneRef.current, p, rf.getZoom(), headerOf);
    },
    [rf],
  );

  // The card under the pointer (a container grabbed by its header comes with what it holds).
  useEffect(() => {
    const pane = store.getState().domNode;
    if (!zoomedOut || !pane) return;
    let frame = 0;
    let last: PointerEvent | undefined;
    const update = () => {
      frame = 0;
      if (!last) return;
      const hit = hitAt(last.clientX, last.clientY);
      const next = !hit || hit.kind === 'link' ? NONE : hit.header || hit.kind === 'server' || hit.kind === 'infrastructure' ? subtree(sceneRef.current!, hit.id) : NONE;
      setHovered((current) => (current.length === next.length && current.every((id, i) => id === next[i]) ? current : next));
    };
    // While a button is held (a pan, a drag, a selection rectangle) the cards stay as they are.
    const move = (e: PointerEvent) => {
      if (e.buttons !== 0) return;
      last = e;
      frame ||= requestAnimationFrame(update);
    };
    pane.addEventListener('pointermove', move);
    return () => {
      pane.removeEventListener('pointermove', move);
      cancelAnimationFrame(frame);
      setHovered(NONE);
    };
  }, [zoomedOut, store, hitAt]);

  // Selected items are cards too; a selected container with what it holds (its frame would hide it).
  const shown = useMemo(() => {
    if (!zoomedOut) return undefined;
    const ids = new Set(hovered);
    for (const id of selection) {
      const item = scene.byId.get(id);
      if (!item) continue;
      if (item.kind === 'server' || item.kind === 'infrastructure') ids.add(id);
      else for (const inner of subtree(scene, id)) ids.add(inner);
    }
    return ids;
  }, [zoomedOut, hovered, selection, scene]);

  // A click on what only the layer draws (a link, a site's body) selects it; React Flow clears its
  // own selection for a click on its pane, so the selection before the press is the one extended.
  const before = useRef<readonly string[]>(NONE);
  const onPanePointerDown = useCallback(() => (before.current = usePlanStore.getState().selection), []);
  const onPaneClick = useCallback(
    (e: React.MouseEvent) => {
      if (!zoomedOut) return;
      const hit = hitAt(e.clientX, e.clientY);
      if (!hit || hit.id.startsWith('witness:')) return;
      const kept = before.current.filter((id) => id !== hit.id);
      const next = !MULTI(e) ? [hit.id] : kept.length < before.current.length ? kept : [...before.current, hit.id];
      // After React Flow's own reset of the selection, which follows this call.
      queueMicrotask(() => select(next));
    },
    [zoomedOut, hitAt],
  );

  // The selection rectangle takes every item it encloses, card or drawn.
  useEffect(() => {
    if (!zoomedOut) return;
    return store.subscribe((s, prev) => {
      const r = s.userSelectionRect;
      if (!s.userSelectionActive || !r || r === prev.userSelectionRect) return;
      const [x, y, z] = s.transform;
      const ids = enclosed(sceneRef.current!, { x: (r.x - x) / z, y: (r.y - y) / z, width: r.width / z, height: r.height / z });
      select(ids);
    });
  }, [zoomedOut, store]);

  return { scene, shown, hitAt, onPaneClick, onPanePointerDown };
}
