// The zoomed-out diagram as one <canvas> under React Flow's cards: repainted (only what is in view)
// when the view, the plan or the selection changes, never through React's render of DOM. Items shown as
// DOM cards at the moment (under the pointer, selected, dragged) are left out. The element carries
// `bench-drawn-layer` with how many items and links it painted (bench/canvas/probe.ts counts them
// as drawn) and answers, for tests and the bench, where an item is and what is at a point.
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { pointsBetween } from '../edges/preview.ts';
import { paintLinks, readPalette, type Palette, type View } from './paint.ts';
import { createSnapshot, type PaintReport } from './snapshot.ts';
import { checkPaint, type PaintCheck } from './paintCheck.ts';
import type { Scene, SceneLink } from './scene.ts';
import type { Point } from '../../layout/route.ts';
import { provideHitTest, type Hit } from './hit.ts';
import { hitTest } from './hitTest.ts';
import { usePageTheme } from './usePageTheme.ts';

// Zoomed out, what is under the pointer is found with the layer's own script (see hit.ts).
provideHitTest(hitTest);

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
  /** How the last paint went: whole, in part (how many device pixels), copied, or the view directly. */
  paintReport?: () => PaintReport & { ms: number };
  /** The held bitmap and the view against a full paint of the same state (null: painted directly). */
  paintCheck?: () => PaintCheck | null;
}

/** Sizes the canvas to the pane (in device pixels) and clears it (unless told not to); its 2D context, scaled to CSS pixels. */
function prepare(el: HTMLCanvasElement, width: number, height: number, clear = true) {
  const dpr = window.devicePixelRatio || 1;
  if (el.width !== Math.round(width * dpr) || el.height !== Math.round(height * dpr)) {
    el.width = Math.round(width * dpr);
    el.height = Math.round(height * dpr);
    el.style.width = `${width}px`;
    el.style.height = `${height}px`;
  }
  const ctx = el.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (clear) ctx?.clearRect(0, 0, width, height);
  return ctx;
}

/** What the links canvas shows: the card's links, each with its points and whether it is selected. */
interface CardLinks {
  colors: Palette;
  dpr: number;
  view: View;
  links: { link: SceneLink; points: readonly Point[]; selected: boolean }[];
}

const samePoints = (a: readonly Point[], b: readonly Point[]) => a === b || (a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y));
const sameView = (a: View, b: View) => a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.width === b.width && a.height === b.height;

/** Whether painting `next` would give the picture `shown` was painted with. */
function sameCardLinks(shown: CardLinks, next: CardLinks): boolean {
  return (
    shown.colors === next.colors &&
    shown.dpr === next.dpr &&
    sameView(shown.view, next.view) &&
    shown.links.length === next.links.length &&
    shown.links.every((l, i) => l.link === next.links[i]!.link && l.selected === next.links[i]!.selected && samePoints(l.points, next.links[i]!.points))
  );
}

/** An item's box now: React Flow's while it is a card (it may be mid-drag), else the scene's. */
function boxNow(s: ReactFlowState, scene: Scene, id: string) {
  const node = s.nodeLookup.get(id);
  if (node && !node.hidden)
    return { x: node.internals.positionAbsolute.x, y: node.internals.positionAbsolute.y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
  const item = scene.byId.get(id);
  return item ? { x: item.x, y: item.y, width: item.width, height: item.height } : undefined;
}

export const PlanLayer = memo(function PlanLayer(props: LayerProps) {
  // A new theme repaints (the render below runs the layout effect that paints).
  usePageTheme();
  const ref = useRef<LayerElement>(null);
  const store = useStoreApi();
  const latest = useRef(props);
  const frame = useRef(0);
  const palette = useRef<{ theme: string | undefined; colors: Palette } | undefined>(undefined);
  const snapshot = useRef(createSnapshot());
  const took = useRef(0);

  const paint = useRef(() => {
    frame.current = 0;
    const el = ref.current;
    if (!el) return;
    const { width, height, transform } = store.getState();
    // The snapshot clears what it repaints (most paints change a few rectangles of the view).
    const ctx = prepare(el, width, height, false);
    if (!ctx) return;
    const started = performance.now();
    const theme = document.documentElement.dataset.theme;
    const known = palette.current;
    const colors = known && known.theme === theme ? known.colors : readPalette();
    palette.current = { theme, colors };
    const view: View = { x: transform[0], y: transform[1], zoom: transform[2], width, height };
    const { scene, selection, skip } = latest.current;
    const drawn = snapshot.current(ctx, scene, view, colors, { selection, skip, labels: true });
    took.current = performance.now() - started;
    el.dataset.nodes = String(drawn.items);
    el.dataset.edges = String(drawn.links);
    paintCardLinks.current();
  });
  // The links of the items shown as cards, on a canvas of their own over the layer: repainted on
  // every step of a drag (following the card as the SVG links do), without repainting the layer;
  // left as it is when it would paint the same (a click on the card under the pointer).
  const linksRef = useRef<HTMLCanvasElement>(null);
  const linksFrame = useRef(0);
  const linksShown = useRef<CardLinks | undefined>(undefined);
  const paintCardLinks = useRef(() => {
    linksFrame.current = 0;
    const el = linksRef.current;
    const colors = palette.current?.colors;
    if (!el || !colors) return;
    const s = store.getState();
    const { scene, selection, skip } = latest.current;
    const touching = skip.size ? scene.links.filter((l) => skip.has(l.ends[0]) || skip.has(l.ends[1])) : [];
    const pointsOf = (l: SceneLink) => {
      const a = boxNow(s, scene, l.ends[0]);
      const b = boxNow(s, scene, l.ends[1]);
      return a && b ? pointsBetween(l.route, a, b).points : l.points;
    };
    const view: View = { x: s.transform[0], y: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height };
    const next: CardLinks = { colors, dpr: window.devicePixelRatio || 1, view, links: touching.map((link) => ({ link, points: pointsOf(link), selected: selection.has(link.id) })) };
    if (linksShown.current && sameCardLinks(linksShown.current, next)) return;
    linksShown.current = next;
    // With nothing to draw (most of the time: no card has a link) the canvas is hidden, not cleared:
    // no pane-sized bitmap to clear, upload and composite over the layer.
    el.hidden = next.links.length === 0;
    if (el.hidden) {
      el.dataset.edges = '0';
      return;
    }
    const ctx = prepare(el, s.width, s.height);
    if (!ctx) return;
    const points = new Map(next.links.map((l) => [l.link, l.points]));
    el.dataset.edges = String(paintLinks(ctx, touching, view, colors, selection, (l) => points.get(l)!));
  });
  const schedule = () => {
    if (!frame.current) frame.current = requestAnimationFrame(paint.current);
  };

  // A new scene, selection or set of cards is painted in the task React commits it in (a layout
  // effect), not in an animation frame after it: the edit's own task leaves the layer as the frame
  // shows it, so whatever reads the page at the next frame's start (the bench's probe) sees it done.
  // A view change (pan, zoom, resize: many per frame) is still painted once per frame.
  useLayoutEffect(() => {
    latest.current = props;
    cancelAnimationFrame(frame.current);
    paint.current();
  });
  useEffect(() => {
    const off = store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) schedule();
      else if (s.nodes !== prev.nodes && latest.current.skip.size && !linksFrame.current)
        linksFrame.current = requestAnimationFrame(paintCardLinks.current);
    });
    const el = ref.current!;
    el.itemBox = (id) => {
      const item = latest.current.scene.byId.get(id);
      const rect = el.getBoundingClientRect();
      const [x, y, z] = store.getState().transform;
      return item ? { x: rect.left + item.x * z + x, y: rect.top + item.y * z + y, width: item.width * z, height: item.height * z, flowX: item.x, flowY: item.y } : null;
    };
    el.hitAt = (cx, cy) => latest.current.hitAt(cx, cy)?.id ?? null;
    el.paintReport = () => ({ ...snapshot.current.report(), ms: took.current });
    el.paintCheck = () => {
      const held = snapshot.current.inspect();
      return held ? checkPaint(el, held.held, held.whole, held.at) : null;
    };
    return () => {
      off();
      cancelAnimationFrame(frame.current);
      cancelAnimationFrame(linksFrame.current);
      frame.current = 0;
      linksFrame.current = 0;
    };
  }, [store]);
  return (
    <>
      <canvas ref={ref} className="plan-layer bench-drawn-layer" role="img" aria-label="Plan diagram, zoomed out: zoom in to work on the cards" />
      <canvas ref={linksRef} className="plan-layer-links bench-drawn-layer" data-nodes="0" aria-hidden="true" hidden />
    </>
  );
});
