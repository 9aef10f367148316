// Fitting the view: on request (Fit, Auto-layout) and whenever another plan is opened, imported or
// switched to. The view is computed from the plan's own layout (the boxes the canvas draws) and the
// canvas element's size, so it neither waits for React Flow to measure the new nodes (fitting then
// kept the previous plan's viewport) nor fits a hidden canvas (the Deploy view: NaN transforms).
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { usePlanStore } from '../store/planStore.ts';
import { useView } from '../store/view.ts';
import { resolveLayout } from '../theme/geometry.ts';

// Fit never zooms past 100%: a small plan is shown at its natural size, not blown up; a margin of
// 24 px keeps the outermost boxes off the canvas edge.
const PADDING = '24px';
// Zoomed out, the diagram is one layer (layer/PlanLayer.tsx): a 5,000-server plan fits a 1920 px screen.
export const MIN_ZOOM = 0.02;
const MAX_ZOOM = 1;

/** Whether the element has a size: React Flow reports 500 x 500 for a hidden pane, so ask the DOM. */
function useShown(ref: RefObject<HTMLElement | null>): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setShown(el.offsetWidth > 0 && el.offsetHeight > 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return shown;
}

/** The plan fitted into the element, or undefined when either has no size. */
function fitted(el: HTMLElement): Viewport | undefined {
  const { bounds } = resolveLayout(usePlanStore.getState().plan);
  if (bounds.width === 0 || bounds.height === 0 || el.offsetWidth === 0 || el.offsetHeight === 0)
    return undefined;
  return getViewportForBounds(bounds, el.offsetWidth, el.offsetHeight, MIN_ZOOM, MAX_ZOOM, PADDING);
}

/** The view the canvas starts at (see `useStartView`); `viewport` undefined: the plan could not be fitted then. */
export type StartView = { ready: boolean; viewport?: Viewport };

/**
 * The view React Flow starts at: the plan fitted, measured before the first paint. `ready` turns
 * true in the same frame; until then the canvas draws no diagram. Without it a large plan was first
 * drawn at 100% (thousands of cards mounted, seconds at 5,000 servers), then fitted and layered.
 */
export function useStartView(canvas: RefObject<HTMLElement | null>): StartView {
  const store = useStoreApi();
  const [start, setStart] = useState<StartView>({ ready: false });
  useLayoutEffect(() => {
    const viewport = canvas.current ? fitted(canvas.current) : undefined;
    // React Flow reads the zoom from its store before its own effect applies defaultViewport.
    if (viewport) store.setState({ transform: [viewport.x, viewport.y, viewport.zoom] });
    setStart({ ready: true, viewport });
  }, [canvas, store]);
  return start;
}

/**
 * Fits the view when another plan is opened and when asked. The plan the canvas starts on was
 * fitted by the start view before its first paint (fitting it again redrew the view just after
 * that paint); only where the start view could not fit it (a hidden canvas) is it fitted here, once shown.
 */
export function useFitRequests(canvas: RefObject<HTMLElement | null>, start: StartView) {
  const rf = useReactFlow();
  const planId = usePlanStore((s) => s.planId);
  const requested = useView((s) => s.fit);
  const shown = useShown(canvas);
  // 'start': the plan the canvas started on; 'open': another plan was opened (jump there); 'request': the user asked (animate).
  const [pending, setPending] = useState<'start' | 'open' | 'request' | undefined>('start');
  const [seen, setSeen] = useState({ planId, requested });
  if (seen.planId !== planId || seen.requested !== requested) {
    setSeen({ planId, requested });
    setPending(seen.planId !== planId || pending === 'open' || pending === 'start' ? 'open' : 'request');
  }
  const startFitted = start.viewport !== undefined;
  useEffect(() => {
    const el = canvas.current;
    if (!pending || !shown || !el) return;
    setPending(undefined);
    if (pending === 'start' && startFitted) return;
    const viewport = fitted(el);
    if (!viewport) return;
    void rf.setViewport(viewport, pending === 'request' ? { duration: 300 } : undefined);
  }, [pending, shown, canvas, rf, startFitted]);
}

/**
 * Zooms to the items a panel asks for (a finding, Find), from the plan's boxes: zoomed out, React
 * Flow holds only the items shown as cards.
 */
export function useFocusRequests() {
  const rf = useReactFlow();
  const store = useStoreApi();
  const focus = useView((s) => s.focus);
  useEffect(() => {
    const byId = resolveLayout(usePlanStore.getState().plan).byId;
    const boxes = focus?.ids.map((id) => byId.get(id)).filter((b) => !!b);
    if (!boxes?.length) return;
    const x = Math.min(...boxes.map((b) => b.absX));
    const y = Math.min(...boxes.map((b) => b.absY));
    const width = Math.max(...boxes.map((b) => b.absX + b.width)) - x;
    const height = Math.max(...boxes.map((b) => b.absY + b.height)) - y;
    const { width: w, height: h } = store.getState();
    void rf.setViewport(getViewportForBounds({ x, y, width, height }, w, h, MIN_ZOOM, 1.25, 0.4), {
      duration: 300,
    });
  }, [focus, rf, store]);
}
