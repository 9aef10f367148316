// A pan at one zoom moves the whole picture: the layer paints the plan once into a bitmap at that
// zoom (when the bitmap stays small enough; zoomed in on a large plan it paints what is in view
// directly) and every step of a pan only copies it to its new place. A change (an edit, a selection,
// the card under the pointer) repaints only the rectangles it touches on the held bitmap, clipped,
// with everything that reaches into them in the order of a full paint, and copies only those to the
// view; a new zoom, theme, pixel ratio or plan extent, or a large change, repaints it whole.
import type { Rect } from '../../layout/spatial.ts';
import { createCounter } from './counts.ts';
import { repaintArea, type Frame, type Painted, type Transform } from './dirty.ts';
import { paintScene, type PaintOptions, type Palette, type View } from './paint.ts';
import type { Scene } from './scene.ts';

/** The largest bitmap side, in device pixels (beyond it, the view is painted directly). */
const MAX_SIDE = 4096;
/** Room around the plan's bounds for strokes, badges and labels that reach past them (CSS px). */
const PAD = 24;

type Held = Painted & Frame & { bitmap: HTMLCanvasElement; t: Transform; options: PaintOptions };

/** How the last paint went (browser tests and diagnostics read it from the layer element). */
export interface PaintReport {
  mode: 'direct' | 'full' | 'partial' | 'copy';
  /** Device pixels repainted on the held bitmap. */
  repainted: number;
  /** How many rectangles that took (1 for a whole repaint, 0 for a copy). */
  rects: number;
  /** Paints so far, by mode. */
  paints: Record<PaintReport['mode'], number>;
}

/** Paints `held`'s scene whole into `bitmap` (sized to it), as the held bitmap is first painted. */
export function paintWhole(bitmap: HTMLCanvasElement, held: Held, colors: Palette) {
  const bctx = bitmap.getContext('2d')!;
  // The painter leaves its state (line join, dashes, font) behind: a later repaint in part must
  // start from the state a full paint starts from, or its corners and joins come out different.
  bctx.save();
  bctx.setTransform(held.dpr, 0, 0, held.dpr, 0, 0);
  const { x, y, zoom } = held.t;
  paintScene(bctx, held.scene, { x, y, zoom, width: bitmap.width / held.dpr, height: bitmap.height / held.dpr }, colors, held.options);
  bctx.restore();
}

/**
 * Repaints device-pixel `rects` of the held bitmap: everything reaching into them is painted whole
 * on a scratch bitmap of the same size, with no clip (a clip makes the rasterizer cut paths at its
 * edges, which shifts antialiased pixels there a little), and only the rectangles are copied over,
 * so each of their pixels gets the same paint operations, in the same order, as in a full paint.
 */
function paintPart(held: Held, scratch: HTMLCanvasElement, rects: readonly Rect[], colors: Palette) {
  const d = held.dpr;
  const { x, y, zoom } = held.t;
  const sctx = scratch.getContext('2d')!;
  for (const r of rects) sctx.clearRect(r.x, r.y, r.width, r.height);
  sctx.save();
  sctx.setTransform(d, 0, 0, d, 0, 0);
  const area = rects.map((r) => ({ x: r.x / d, y: r.y / d, width: r.width / d, height: r.height / d }));
  paintScene(sctx, held.scene, { x, y, zoom, width: scratch.width / d, height: scratch.height / d }, colors, { ...held.options, area });
  sctx.restore();
  copyParts(held.bitmap.getContext('2d')!, scratch, rects, 0, 0);
}

/**
 * Copies device-pixel `rects` of `from`, drawn at (dx, dy), onto `ctx` (at its identity transform):
 * one copy of the whole picture clipped to them, not one per rectangle. The clip's edges are whole
 * pixels and the copy is not scaled, so each pixel inside is copied as it is and none outside is
 * touched (clearing first: a copy blends over what is there).
 */
function copyParts(ctx: CanvasRenderingContext2D, from: HTMLCanvasElement, rects: readonly Rect[], dx: number, dy: number) {
  ctx.save();
  ctx.beginPath();
  for (const r of rects) ctx.rect(dx + r.x, dy + r.y, r.width, r.height);
  ctx.clip();
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.drawImage(from, dx, dy);
  ctx.restore();
}

/** `newCanvas` makes the bitmaps it holds (tests give their own). */
export function createSnapshot(newCanvas = (): HTMLCanvasElement => document.createElement('canvas')) {
  let held: Held | undefined;
  /** Where a repaint in part is painted before its rectangles are copied to the held bitmap. */
  let scratch: HTMLCanvasElement | undefined;
  /** What the view canvas shows: the held bitmap at (dx, dy) device pixels, on a canvas of that size. */
  let shown: { dx: number; dy: number; width: number; height: number } | undefined;
  const count = createCounter();
  const paints = { direct: 0, full: 0, partial: 0, copy: 0 };
  let report: PaintReport = { mode: 'full', repainted: 0, rects: 0, paints };

  const paint = (ctx: CanvasRenderingContext2D, scene: Scene, view: View, colors: Palette, options: PaintOptions) => {
    const dpr = window.devicePixelRatio || 1;
    const { bounds: b } = scene;
    const z = view.zoom;
    const width = Math.ceil(b.width * z) + 2 * PAD;
    const height = Math.ceil(b.height * z) + 2 * PAD;
    const canvas = ctx.canvas;
    if (width * dpr > MAX_SIDE || height * dpr > MAX_SIDE) {
      held = shown = scratch = undefined;
      ctx.clearRect(0, 0, view.width, view.height);
      paintScene(ctx, scene, view, colors, options);
      report = { mode: 'direct', repainted: canvas.width * canvas.height, rects: 1, paints };
      paints.direct++;
      return count(scene, view, options.skip);
    }
    const next = { scene, selection: options.selection, skip: options.skip, zoom: z, dpr, colors, bounds: b };
    const t = { x: PAD - b.x * z, y: PAD - b.y * z, zoom: z };
    const [bw, bh] = [Math.ceil(width * dpr), Math.ceil(height * dpr)];
    const sized = held && held.bitmap.width === bw && held.bitmap.height === bh;
    const area = held && sized ? repaintArea(held, next, t, bw, bh) : 'full';
    const bitmap = held?.bitmap ?? newCanvas();
    held = { ...next, bitmap, t, options };
    if (area === 'full') {
      // Setting the size clears the bitmap and resets its context, even at the same size.
      bitmap.width = bw;
      bitmap.height = bh;
      paintWhole(bitmap, held, colors);
    } else if (area.length) {
      scratch ??= newCanvas();
      // A new size clears it; at the same size its pixels outside the rectangles are never copied.
      if (scratch.width !== bw || scratch.height !== bh) [scratch.width, scratch.height] = [bw, bh];
      paintPart(held, scratch, area, colors);
    }
    report =
      area === 'full'
        ? { mode: 'full', repainted: bw * bh, rects: 1, paints }
        : { mode: area.length ? 'partial' : 'copy', repainted: area.reduce((s, r) => s + r.width * r.height, 0), rects: area.length, paints };
    paints[report.mode]++;

    // Whole device pixels: the copy stays as sharp as the painting.
    const dx = Math.round((view.x + b.x * z - PAD) * dpr);
    const dy = Math.round((view.y + b.y * z - PAD) * dpr);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (area !== 'full' && shown && shown.dx === dx && shown.dy === dy && shown.width === canvas.width && shown.height === canvas.height) {
      // The view shows this bitmap where it was: only what was repainted is copied again.
      if (area.length) copyParts(ctx, bitmap, area, dx, dy);
    } else {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, dx, dy);
    }
    ctx.restore();
    shown = { dx, dy, width: canvas.width, height: canvas.height };
    return count(scene, view, options.skip);
  };

  /** The held bitmap, a full paint of the same state beside it, and where the view shows it (tests). */
  const inspect = () => {
    if (!held || !shown) return undefined;
    const whole = newCanvas();
    [whole.width, whole.height] = [held.bitmap.width, held.bitmap.height];
    paintWhole(whole, held, held.colors as Palette);
    return { held: held.bitmap, whole, at: { x: shown.dx, y: shown.dy } };
  };
  return Object.assign(paint, { inspect, report: () => ({ ...report, paints: { ...paints } }) });
}
