// The minimap's picture (PlanMinimap.tsx decides when it is shown, and fetches this then). The
// plan is painted by the layer's own painter (the same colors as the cards) from the plan, not from
// React Flow's nodes (zoomed out React Flow holds only the cards under the pointer); the view is the
// clear window in it. Press or drag on it to move the view there, wheel to zoom.
import { useEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { paintScene, readPalette } from './layer/paint.ts';
import type { Scene } from './layer/scene.ts';
import { usePageTheme } from './layer/usePageTheme.ts';
import { afterFrames } from './afterFrames.ts';

const WIDTH = 168;
const HEIGHT = 112;
const NOTHING: ReadonlySet<string> = new Set();

export type Bounds = { x: number; y: number; width: number; height: number };

/** The map's scale and offset: the plan's bounds fitted into the map with a small margin. */
function fitted(bounds: Bounds) {
  const zoom = Math.min((WIDTH - 8) / bounds.width, (HEIGHT - 8) / bounds.height);
  return { zoom, x: (WIDTH - bounds.width * zoom) / 2 - bounds.x * zoom, y: (HEIGHT - bounds.height * zoom) / 2 - bounds.y * zoom };
}

type Fit = ReturnType<typeof fitted>;

export function MapCanvas({ scene, bounds }: { scene: Scene; bounds: Bounds }) {
  const ref = useRef<HTMLCanvasElement>(null);
  /** The plan's picture and the map it was painted in: the view's window is drawn in that map over it. */
  const painted = useRef<{ image: HTMLCanvasElement; map: Fit } | null>(null);
  const store = useStoreApi();
  const rf = useReactFlow();
  const map = useMemo(() => fitted(bounds), [bounds]);
  const theme = usePageTheme();

  // The plan is painted once per scene; the view's window over it on every move of the view. The
  // first picture is painted at once; a new scene's (an edit) once the edit's own frame is drawn, so
  // the edit's key press or click does not wait for it: until then the map shows the last picture.
  useEffect(() => {
    const dpr = window.devicePixelRatio || 1;
    const el = ref.current!;
    const colors = readPalette();
    let frame = 0;
    const draw = () => {
      frame = 0;
      const shown = painted.current;
      if (!shown) return;
      const at = shown.map;
      const ctx = el.getContext('2d')!;
      const { transform: [tx, ty, z], width, height } = store.getState();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, el.width, el.height);
      ctx.drawImage(shown.image, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const vx = (-tx / z) * at.zoom + at.x;
      const vy = (-ty / z) * at.zoom + at.y;
      const vw = (width / z) * at.zoom;
      const vh = (height / z) * at.zoom;
      ctx.fillStyle = 'rgba(100, 116, 139, 0.28)';
      ctx.beginPath();
      ctx.rect(0, 0, WIDTH, HEIGHT);
      ctx.rect(vx, vy, vw, vh);
      ctx.fill('evenodd');
      ctx.strokeStyle = colors.accent;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(vx, vy, vw, vh);
    };
    const paintPlan = () => {
      if (el.width !== WIDTH * dpr || el.height !== HEIGHT * dpr) [el.width, el.height] = [WIDTH * dpr, HEIGHT * dpr];
      const image = painted.current?.image ?? document.createElement('canvas');
      [image.width, image.height] = [el.width, el.height];
      const ictx = image.getContext('2d')!;
      ictx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ictx.clearRect(0, 0, WIDTH, HEIGHT);
      paintScene(ictx, scene, { ...map, width: WIDTH, height: HEIGHT }, colors, { selection: NOTHING, skip: NOTHING, labels: false });
      painted.current = { image, map };
      draw();
    };
    const cancel = painted.current ? afterFrames(paintPlan) : paintPlan();
    const off = store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) frame ||= requestAnimationFrame(draw);
    });
    return () => {
      off();
      cancelAnimationFrame(frame);
      cancel?.();
    };
  }, [scene, map, store, theme]);

  const centreAt = (e: React.PointerEvent) => {
    const r = ref.current!.getBoundingClientRect();
    const x = (e.clientX - r.left - map.x) / map.zoom;
    const y = (e.clientY - r.top - map.y) / map.zoom;
    void rf.setCenter(x, y, { zoom: rf.getZoom() });
  };
  return (
    <canvas
      ref={ref}
      className="plan-minimap nopan nowheel"
      style={{ width: WIDTH, height: HEIGHT, display: 'block' }}
      role="img"
      aria-label="Mini map"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        centreAt(e);
      }}
      onPointerMove={(e) => e.buttons && centreAt(e)}
      onWheel={(e) => void (e.deltaY < 0 ? rf.zoomIn() : rf.zoomOut())}
    />
  );
}
