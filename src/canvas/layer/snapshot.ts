// A pan at one zoom moves the whole picture: the layer paints the plan once into a bitmap at that
// zoom (when the bitmap stays small enough; zoomed in on a large plan it paints what is in view
// directly) and every step of a pan only copies it to its new place.
import { paintScene, type PaintOptions, type Palette, type View } from './paint.ts';
import type { Scene } from './scene.ts';

/** The largest bitmap side, in device pixels (beyond it, the view is painted directly). */
const MAX_SIDE = 4096;
/** Room around the plan's bounds for strokes, badges and labels that reach past them (CSS px). */
const PAD = 24;

/** What a paint of `view` shows: items and links in view, less the items shown as cards. */
function inViewCounts(scene: Scene, view: View, skip: ReadonlySet<string>) {
  const z = view.zoom;
  const [left, top] = [-view.x / z, -view.y / z];
  const [right, bottom] = [left + view.width / z, top + view.height / z];
  let items = 0;
  for (const i of scene.items) if (!skip.has(i.id) && i.x < right && i.x + i.width > left && i.y < bottom && i.y + i.height > top) items++;
  let links = 0;
  for (const l of scene.links) {
    if (skip.has(l.ends[0]) || skip.has(l.ends[1])) continue;
    const xs = l.points.map((p) => p.x);
    const ys = l.points.map((p) => p.y);
    if (Math.min(...xs) <= right && Math.max(...xs) >= left && Math.min(...ys) <= bottom && Math.max(...ys) >= top) links++;
  }
  return { items, links };
}

export function createSnapshot() {
  let held: { key: unknown[]; bitmap: HTMLCanvasElement } | undefined;
  return (ctx: CanvasRenderingContext2D, scene: Scene, view: View, colors: Palette, options: PaintOptions) => {
    const dpr = window.devicePixelRatio || 1;
    const { bounds: b } = scene;
    const z = view.zoom;
    const width = Math.ceil(b.width * z) + 2 * PAD;
    const height = Math.ceil(b.height * z) + 2 * PAD;
    if (width * dpr > MAX_SIDE || height * dpr > MAX_SIDE) {
      held = undefined;
      return paintScene(ctx, scene, view, colors, options);
    }
    const key = [scene, options.selection, options.skip, z, colors, dpr];
    if (!held || held.key.some((k, i) => k !== key[i])) {
      const bitmap = held?.bitmap ?? document.createElement('canvas');
      bitmap.width = Math.ceil(width * dpr);
      bitmap.height = Math.ceil(height * dpr);
      const bctx = bitmap.getContext('2d')!;
      bctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      paintScene(bctx, scene, { x: PAD - b.x * z, y: PAD - b.y * z, zoom: z, width, height }, colors, options);
      held = { key, bitmap };
    }
    // Whole device pixels: the copy stays as sharp as the painting.
    const dx = Math.round((view.x + b.x * z - PAD) * dpr) / dpr;
    const dy = Math.round((view.y + b.y * z - PAD) * dpr) / dpr;
    ctx.drawImage(held.bitmap, dx, dy, held.bitmap.width / dpr, held.bitmap.height / dpr);
    return inViewCounts(scene, view, options.skip);
  };
}
