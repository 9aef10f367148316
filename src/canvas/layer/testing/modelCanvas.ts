// For tests in Node (no canvas there): a stand-in for a 2D canvas whose pixels record which paint
// operations reached them, in order. Each pixel holds a hash of the operations (call, arguments in
// device pixels, and the state that colors them) whose footprint covers it: two pictures are equal
// here exactly when every pixel got the same operations in the same order, which is what makes a
// real canvas give the same pixels (no clip around shapes: see snapshot.ts). A footprint is the whole
// device pixels an operation's geometry touches (a stroke by half its width, text by its measured
// width and the font's height); clearing sets a pixel to 0 and a copy replaces it. Clips are kept as
// whole-pixel rectangles (only rectangle paths), and copies and clears honour them.

type Box = { x0: number; y0: number; x1: number; y1: number };
interface State {
  m: [number, number, number, number, number, number];
  clip: Box[] | null;
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineJoin: string;
  dash: number[];
  font: string;
  textBaseline: string;
}

const fresh = (): State => ({ m: [1, 0, 0, 1, 0, 0], clip: null, fillStyle: '#000', strokeStyle: '#000', lineWidth: 1, lineJoin: 'miter', dash: [], font: '10px sans-serif', textBaseline: 'alphabetic' });

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0 || 1;
}
const mix = (a: number, b: number) => (Math.imul(a ^ b, 2654435761) + 0x9e3779b9) >>> 0 || 1;

export class ModelContext {
  private s: State = fresh();
  private stack: State[] = [];
  private path = ModelContext.emptyPath();
  private static emptyPath() {
    return { box: { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity } as Box, rects: [] as Box[], curves: false, text: '', last: undefined as { x: number; y: number } | undefined, segments: [] as Box[] };
  }
  /** Paint operations made so far (tests count them). */
  ops = 0;
  constructor(readonly canvas: ModelCanvas) {}

  reset() {
    this.s = fresh();
    this.stack = [];
  }
  save = () => void this.stack.push({ ...this.s, m: [...this.s.m], dash: [...this.s.dash] });
  restore = () => void (this.s = this.stack.pop() ?? this.s);
  setTransform = (a: number, b: number, c: number, d: number, e: number, f: number) => void (this.s.m = [a, b, c, d, e, f]);
  setLineDash = (dash: number[]) => void (this.s.dash = [...dash]);
  set fillStyle(v: string) { this.s.fillStyle = v; }
  get fillStyle() { return this.s.fillStyle; }
  set strokeStyle(v: string) { this.s.strokeStyle = v; }
  get strokeStyle() { return this.s.strokeStyle; }
  set lineWidth(v: number) { this.s.lineWidth = v; }
  get lineWidth() { return this.s.lineWidth; }
  set lineJoin(v: string) { this.s.lineJoin = v; }
  set font(v: string) { this.s.font = v; }
  set textBaseline(v: string) { this.s.textBaseline = v; }

  /** A point in device pixels (the transforms used here scale and move only). */
  private at(x: number, y: number) {
    const [a, , , d, e, f] = this.s.m;
    return { x: x * a + e, y: y * d + f };
  }
  private boxOf(x: number, y: number, w: number, h: number, grow = 0): Box {
    const p = this.at(x, y);
    const q = this.at(x + w, y + h);
    const g = grow * this.s.m[0];
    return { x0: Math.min(p.x, q.x) - g, y0: Math.min(p.y, q.y) - g, x1: Math.max(p.x, q.x) + g, y1: Math.max(p.y, q.y) + g };
  }
  /** Applies `f` to each whole device pixel `box` touches, inside the clip and the canvas. */
  private each(box: Box, f: (i: number, x: number, y: number) => void) {
    const c = this.canvas;
    const [x0, y0] = [Math.max(0, Math.floor(box.x0)), Math.max(0, Math.floor(box.y0))];
    const [x1, y1] = [Math.min(c.width, Math.ceil(box.x1)), Math.min(c.height, Math.ceil(box.y1))];
    const clip = this.s.clip;
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) if (!clip || clip.some((r) => x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1)) f(y * c.width + x, x, y);
  }
  /** Mixes the operation into each pixel of the union of `boxes`, once. */
  private paint(boxes: Box | Box[], what: string) {
    this.ops++;
    const h = hash(`${what}|${this.s.m.join(',')}`);
    const hit = new Set<number>();
    for (const box of Array.isArray(boxes) ? boxes : [boxes]) this.each(box, (i) => hit.add(i));
    for (const i of hit) this.canvas.pixels[i] = mix(this.canvas.pixels[i]!, h);
  }

  fillRect = (x: number, y: number, w: number, h: number) => this.paint(this.boxOf(x, y, w, h), `fillRect ${x} ${y} ${w} ${h} ${this.s.fillStyle}`);
  strokeRect = (x: number, y: number, w: number, h: number) =>
    this.paint(this.boxOf(x, y, w, h, this.s.lineWidth / 2), `strokeRect ${x} ${y} ${w} ${h} ${this.s.strokeStyle} ${this.s.lineWidth} ${this.s.dash} ${this.s.lineJoin}`);
  clearRect = (x: number, y: number, w: number, h: number) => this.each(this.boxOf(x, y, w, h), (i) => (this.canvas.pixels[i] = 0));

  beginPath = () => void (this.path = ModelContext.emptyPath());
  /** Adds a point (a circle of radius `r` around it) to the path; `line`: joined to the last point by a segment. */
  private add(x: number, y: number, r = 0, line = false) {
    const path = this.path;
    const b = path.box;
    const p = this.at(x, y);
    const g = r * this.s.m[0];
    [b.x0, b.y0, b.x1, b.y1] = [Math.min(b.x0, p.x - g), Math.min(b.y0, p.y - g), Math.max(b.x1, p.x + g), Math.max(b.y1, p.y + g)];
    const from = line && path.last ? path.last : p;
    path.segments.push({ x0: Math.min(from.x, p.x) - g, y0: Math.min(from.y, p.y) - g, x1: Math.max(from.x, p.x) + g, y1: Math.max(from.y, p.y) + g });
    path.last = p;
    path.text += ` ${p.x},${p.y},${g}`;
  }
  moveTo = (x: number, y: number) => ((this.path.curves = true), this.add(x, y));
  lineTo = (x: number, y: number) => this.add(x, y, 0, true);
  arc = (x: number, y: number, r: number) => ((this.path.curves = true), this.add(x, y, r));
  rect = (x: number, y: number, w: number, h: number) => {
    this.add(x, y);
    this.add(x + w, y + h);
    this.path.rects.push(this.boxOf(x, y, w, h));
  };
  /** Each segment's box (an arc's whole circle) grown by half the line's width. */
  stroke = () => {
    const g = (this.s.lineWidth / 2) * this.s.m[0];
    const boxes = this.path.segments.map((b) => ({ x0: b.x0 - g, y0: b.y0 - g, x1: b.x1 + g, y1: b.y1 + g }));
    this.paint(boxes, `stroke${this.path.text} ${this.s.strokeStyle} ${this.s.lineWidth} ${this.s.dash} ${this.s.lineJoin}`);
  };
  fill = () => this.paint(this.path.box, `fill${this.path.text} ${this.s.fillStyle}`);
  clip = () => {
    if (this.path.curves || this.path.rects.some((r) => [r.x0, r.y0, r.x1, r.y1].some((v) => v !== Math.round(v)))) throw new Error('only whole-pixel rectangles clip here');
    const inside = (r: Box) => !this.s.clip || this.s.clip.some((c) => r.x0 >= c.x0 && r.x1 <= c.x1 && r.y0 >= c.y0 && r.y1 <= c.y1);
    if (!this.path.rects.every(inside)) throw new Error('a clip that narrows another clip is not modelled');
    this.s.clip = [...this.path.rects];
  };
  measureText = (text: string) => ({ width: 6 * text.length });
  fillText = (text: string, x: number, y: number) => this.paint(this.boxOf(x, y - 7, this.measureText(text).width, 14), `fillText ${text} ${x} ${y} ${this.s.font} ${this.s.fillStyle} ${this.s.textBaseline}`);

  /** drawImage(image, dx, dy) or drawImage(image, sx, sy, sw, sh, dx, dy, dw, dh) at scale 1: source pixels replace (over a clear pixel) or mix into the target's. */
  drawImage = (from: ModelCanvas, ...a: number[]) => {
    this.ops++;
    const [sx, sy, sw, sh, dx, dy] = a.length === 2 ? [0, 0, from.width, from.height, a[0]!, a[1]!] : (a as [number, number, number, number, number, number]);
    if (a.length === 8 && (a[6] !== sw || a[7] !== sh)) throw new Error('scaled copies are not modelled');
    const o = this.at(dx, dy);
    if (o.x !== Math.round(o.x) || o.y !== Math.round(o.y) || this.s.m[0] !== 1 || this.s.m[3] !== 1) throw new Error('copies are modelled at whole pixels only');
    const [ox, oy] = [o.x - sx, o.y - sy];
    this.each({ x0: o.x, y0: o.y, x1: o.x + sw, y1: o.y + sh }, (i, x, y) => {
      const src = x - ox >= 0 && x - ox < from.width && y - oy >= 0 && y - oy < from.height ? from.pixels[(y - oy) * from.width + (x - ox)]! : 0;
      const px = this.canvas.pixels;
      if (src) px[i] = px[i] ? mix(px[i]!, src) : src;
    });
  };
}

export class ModelCanvas {
  pixels = new Uint32Array(0);
  private w = 0;
  private h = 0;
  private readonly ctx = new ModelContext(this);
  get width() { return this.w; }
  set width(v: number) { this.w = v; this.resized(); }
  get height() { return this.h; }
  set height(v: number) { this.h = v; this.resized(); }
  /** A new size (even the same) clears the pixels and resets the context, as a canvas's does. */
  private resized() {
    this.pixels = new Uint32Array(this.w * this.h);
    this.ctx.reset();
  }
  getContext(): ModelContext {
    return this.ctx;
  }
}

/** How many pixels of `a` differ from `b` placed at (dx, dy) on a picture of `a`'s size (clear outside `b`). */
export function differing(a: ModelCanvas, b: ModelCanvas, dx = 0, dy = 0): number {
  let n = 0;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++) {
      const [bx, by] = [x - dx, y - dy];
      const expected = bx >= 0 && bx < b.width && by >= 0 && by < b.height ? b.pixels[by * b.width + bx]! : 0;
      if (a.pixels[y * a.width + x] !== expected) n++;
    }
  return n;
}
