// For browser tests: whether the layer's incrementally repainted bitmap, and the view copied from
// it, equal a full paint of the same state, pixel for pixel (how many differ, by how much at most).

export interface PaintCheck {
  /** Device pixels compared (held bitmap, then the view). */
  pixels: number;
  differing: number;
  /** The largest difference of one channel (0-255). */
  maxDelta: number;
  /** Where differing pixels are, per canvas (device pixels), to tell a stale bitmap from a bad copy. */
  where: { canvas: 'held' | 'view'; x0: number; y0: number; x1: number; y1: number }[];
}

function compare(canvas: 'held' | 'view', a: HTMLCanvasElement, b: HTMLCanvasElement, into: PaintCheck) {
  const [w, h] = [Math.min(a.width, b.width), Math.min(a.height, b.height)];
  if (a.width !== b.width || a.height !== b.height) into.differing += Math.abs(a.width * a.height - b.width * b.height);
  if (!w || !h) return;
  const x = a.getContext('2d')!.getImageData(0, 0, w, h).data;
  const y = b.getContext('2d')!.getImageData(0, 0, w, h).data;
  into.pixels += w * h;
  const box = { canvas, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let i = 0; i < x.length; i += 4) {
    const delta = Math.max(Math.abs(x[i]! - y[i]!), Math.abs(x[i + 1]! - y[i + 1]!), Math.abs(x[i + 2]! - y[i + 2]!), Math.abs(x[i + 3]! - y[i + 3]!));
    if (!delta) continue;
    into.differing++;
    into.maxDelta = Math.max(into.maxDelta, delta);
    const [px, py] = [(i / 4) % w, Math.floor(i / 4 / w)];
    [box.x0, box.y0, box.x1, box.y1] = [Math.min(box.x0, px), Math.min(box.y0, py), Math.max(box.x1, px), Math.max(box.y1, py)];
  }
  if (box.x1 >= 0) into.where.push(box);
}

/** Held bitmap against a full paint of its state; the view against that full paint copied to it. */
export function checkPaint(view: HTMLCanvasElement, held: HTMLCanvasElement, whole: HTMLCanvasElement, at: { x: number; y: number }): PaintCheck {
  const result: PaintCheck = { pixels: 0, differing: 0, maxDelta: 0, where: [] };
  compare('held', held, whole, result);
  const expected = document.createElement('canvas');
  [expected.width, expected.height] = [view.width, view.height];
  expected.getContext('2d')!.drawImage(whole, at.x, at.y);
  compare('view', view, expected, result);
  return result;
}
