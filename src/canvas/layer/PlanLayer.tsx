// The zoomed-out diagram as one <canvas> under React Flow's cards: repainted (only what is in view)
// when the view, the plan or the selection changes, never through React's commit. Items shown as
// DOM cards at the moment (under the pointer, selected, dragged) are left out. The element carries
// `bench-drawn-layer` with how many items and links it painted (bench/canvas/probe.ts counts them
// as drawn) and answers, for tests and the bench, where an item is and what is at a point.
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { paintScene, readPalette, type Palette, type View } from './paint.ts';
import type { Scene } from './scene.ts';
import type { Hit } from './hit.ts';

export interface LayerProps {
  scene: Scene;
  selection: ReadonlySet<string>;
  skip: ReadonlySet<string>;
  hitAt: (clientX: number, clientY: number) => Hit | undefined;
}

/** What the layer element answers (bench and browser tests): an item's box on screen, the hit. */
export interface LayerElement extends HTMLCanvasElement {
  itemBox?: (id: string) => { x: number; y: number; width: number; height: number; flowX: number; flowY: number } | null;
  hitAt?: (clientX: number, clientY: number) => string | null;
}

export const PlanLayer = memo(function PlanLayer(props: LayerProps) {
  const ref = useRef<LayerElement>(null);
  const store = useStoreApi();
  const latest = useRef(props);
  const frame = useRef(0);
  const palette = useRef<{ theme: string | undefined; colors: Palette } | undefined>(undefined);

  const paint = useRef(() => {
    frame.current = 0;
    const el = ref.current;
    if (!el) return;
    const { width, height, transform } = store.getState();
    const dpr = window.devicePixelRatio || 1;
    if (el.width !== Math.round(width * dpr) || el.height !== Math.round(height * dpr)) {
      el.width = Math.round(width * dpr);
      el.height = Math.round(height * dpr);
      el.style.width = `${width}px`;
      el.style.height = `${height}px`;
    }
    const theme = document.documentElement.dataset.theme;
    const known = palette.current;
    const colors = known && known.theme === theme ? known.colors : readPalette();
    palette.current = { theme, colors };
    const ctx = el.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const view: View = { x: transform[0], y: transform[1], zoom: transform[2], width, height };
    const { scene, selection, skip } = latest.current;
    const drawn = paintScene(ctx, scene, view, colors, { selection, skip, labels: true });
    el.dataset.nodes = String(drawn.items);
    el.dataset.edges = String(drawn.links);
  });
  const schedule = () => {
    if (!frame.current) frame.current = requestAnimationFrame(paint.current);
  };

  // A new scene, selection or set of cards is painted in the frame React commits it in.
  useLayoutEffect(() => {
    latest.current = props;
    schedule();
  });
  useEffect(() => {
    const off = store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) schedule();
    });
    const el = ref.current!;
    el.itemBox = (id) => {
      const item = latest.current.scene.byId.get(id);
      const rect = el.getBoundingClientRect();
      const [x, y, z] = store.getState().transform;
      return item ? { x: rect.left + item.x * z + x, y: rect.top + item.y * z + y, width: item.width * z, height: item.height * z, flowX: item.x, flowY: item.y } : null;
    };
    el.hitAt = (cx, cy) => latest.current.hitAt(cx, cy)?.id ?? null;
    return () => {
      off();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [store]);
  return <canvas ref={ref} className="plan-layer bench-drawn-layer" role="img" aria-label="Plan diagram, zoomed out: zoom in to work on the cards" />;
});
