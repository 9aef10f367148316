// The theme's icons as polylines, for formats that draw geometry but not SVG paths (Visio shapes):
// arcs and curves become short straight segments, fine enough at icon sizes. Only our own icon
// data passes through here, never user text.
import { ICONS, type IconName } from '../../theme/icons.ts';
import type { Point } from '../../layout/connector.ts';

export interface IconStroke {
  points: Point[];
  closed: boolean;
  /** A solid shape rather than an outline. */
  fill: boolean;
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

function tokens(d: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const part of d.split(/([MmLlHhVvCcAaZz])/)) {
    if (/^[MmLlHhVvCcAaZz]$/.test(part)) out.push(part);
    else for (const n of part.match(NUMBER) ?? []) out.push(Number(n));
  }
  return out;
}

/** Points along an SVG elliptical arc (endpoint form, SVG 1.1 appendix F.6), excluding the start. */
function arcPoints(p: Point, rx: number, ry: number, phi: number, large: boolean, sweep: boolean, q: Point): Point[] {
  const cos = Math.cos((phi * Math.PI) / 180);
  const sin = Math.sin((phi * Math.PI) / 180);
  const dx = (p.x - q.x) / 2;
  const dy = (p.y - q.y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  let a = Math.abs(rx);
  let b = Math.abs(ry);
  const scale = (x1 * x1) / (a * a) + (y1 * y1) / (b * b);
  if (scale > 1) [a, b] = [a * Math.sqrt(scale), b * Math.sqrt(scale)];
  const num = a * a * b * b - a * a * y1 * y1 - b * b * x1 * x1;
  const root = Math.sqrt(Math.max(0, num / (a * a * y1 * y1 + b * b * x1 * x1))) * (large === sweep ? -1 : 1);
  const cx1 = (root * a * y1) / b;
  const cy1 = (-root * b * x1) / a;
  const cx = cos * cx1 - sin * cy1 + (p.x + q.x) / 2;
  const cy = sin * cx1 + cos * cy1 + (p.y + q.y) / 2;
  const angle = (ux: number, uy: number) => Math.atan2(uy, ux);
  const start = angle((x1 - cx1) / a, (y1 - cy1) / b);
  let delta = angle((-x1 - cx1) / a, (-y1 - cy1) / b) - start;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  const steps = Math.max(2, Math.ceil(Math.abs(delta) / (Math.PI / 10)));
  const out: Point[] = [];
  for (let i = 1; i <= steps; i++) {
    const t = start + (delta * i) / steps;
    const ex = a * Math.cos(t);
    const ey = b * Math.sin(t);
    out.push({ x: cos * ex - sin * ey + cx, y: sin * ex + cos * ey + cy });
  }
  out[out.length - 1] = q;
  return out;
}

function cubicPoints(p: Point, c1: Point, c2: Point, q: Point): Point[] {
  const out: Point[] = [];
  for (let i = 1; i <= 8; i++) {
    const t = i / 8;
    const u = 1 - t;
    out.push({
      x: u * u * u * p.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * q.x,
      y: u * u * u * p.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * q.y,
    });
  }
  return out;
}

/** One path's subpaths as polylines in the icon's 16-unit grid. */
function pathStrokes(d: string, fill: boolean): IconStroke[] {
  const list = tokens(d);
  const strokes: IconStroke[] = [];
  let current: IconStroke | undefined;
  let at: Point = { x: 0, y: 0 };
  let command = 'M';
  let i = 0;
  const next = () => Number(list[i++]);
  while (i < list.length) {
    if (typeof list[i] === 'string') command = list[i++] as string;
    const rel = command === command.toLowerCase();
    const base = rel ? at : { x: 0, y: 0 };
    const upper = command.toUpperCase();
    if (upper === 'Z') {
      if (current) {
        current.closed = true;
        at = current.points[0]!;
      }
      current = undefined;
      continue;
    }
    if (upper === 'M') {
      at = { x: base.x + next(), y: base.y + next() };
      current = { points: [at], closed: false, fill };
      strokes.push(current);
      command = rel ? 'l' : 'L'; // further pairs are lines
      continue;
    }
    if (!current) strokes.push((current = { points: [at], closed: false, fill }));
    let added: Point[];
    if (upper === 'L') added = [{ x: base.x + next(), y: base.y + next() }];
    else if (upper === 'H') added = [{ x: base.x + next(), y: at.y }];
    else if (upper === 'V') added = [{ x: at.x, y: base.y + next() }];
    else if (upper === 'C') {
      const c1 = { x: base.x + next(), y: base.y + next() };
      const c2 = { x: base.x + next(), y: base.y + next() };
      added = cubicPoints(at, c1, c2, { x: base.x + next(), y: base.y + next() });
    } else if (upper === 'A') {
      const [rx, ry, phi, large, sweep] = [next(), next(), next(), next(), next()];
      const q = { x: base.x + next(), y: base.y + next() };
      added = rx === 0 || ry === 0 ? [q] : arcPoints(at, rx, ry, phi, large === 1, sweep === 1, q);
    } else throw new Error(`iconOutline: unsupported path command ${command}`);
    current.points.push(...added);
    at = added[added.length - 1]!;
  }
  return strokes;
}

const cache = new Map<IconName, IconStroke[]>();

/** Every stroke of an icon, in its 16x16 grid (y down). */
export function iconOutline(name: IconName): IconStroke[] {
  let strokes = cache.get(name);
  if (!strokes) {
    strokes = ICONS[name].paths.flatMap((p) => pathStrokes(p.d, p.fill === true));
    cache.set(name, strokes);
  }
  return strokes;
}
