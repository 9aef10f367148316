// Geometry sections: rectangles with rounded corners drawn as elliptical arcs (an arc's control
// point is its midpoint, so no sign convention can flip it), and open or closed polylines for
// connectors and icons. Coordinates are the shape's local inches, origin bottom-left.
import type { Point } from '../../layout/connector.ts';
import { cell, indexedRow, section, vnum } from './cells.ts';

const SIN45 = Math.SQRT1_2;

function flags(fill: boolean, line: boolean): string[] {
  return [cell('NoFill', fill ? 0 : 1), cell('NoLine', line ? 0 : 1), cell('NoShow', 0), cell('NoSnap', 0)];
}

/** Coordinate cells; with a box size, those nearer the right/top edge follow it by formula (the shape may be resized). */
type Box = { w: number; h: number } | undefined;
function coord(name: 'X' | 'Y' | 'A' | 'B', v: number, box: Box): string {
  const size = box && (name === 'X' || name === 'A' ? box.w : box.h);
  const far = size !== undefined && v > size / 2;
  return cell(name, v, { formula: far ? `${name === 'X' || name === 'A' ? 'Width' : 'Height'}-${vnum(size - v)}` : undefined });
}

const moveTo = (ix: number, x: number, y: number, box?: Box) =>
  indexedRow(ix, [coord('X', x, box), coord('Y', y, box)], 'MoveTo');
const lineTo = (ix: number, x: number, y: number, box?: Box) =>
  indexedRow(ix, [coord('X', x, box), coord('Y', y, box)], 'LineTo');
/** A quarter circle of radius r ending at (x, y), around centre (cx, cy), through its midpoint. */
function quarter(ix: number, x: number, y: number, c: { x: number; y: number; r: number; dx: number; dy: number }, box: Box): string {
  const a = c.x + c.dx * c.r * SIN45;
  const b = c.y + c.dy * c.r * SIN45;
  return indexedRow(
    ix,
    [coord('X', x, box), coord('Y', y, box), coord('A', a, box), coord('B', b, box), cell('C', 0), cell('D', 1)],
    'EllipticalArcTo',
  );
}

export interface BoxGeometry {
  width: number;
  height: number;
  radius: number;
  /** Round only the top-left corner. */
  tabCorner?: boolean;
  fill: boolean;
  line: boolean;
}

/** A (rounded) rectangle in inches, drawn counter-clockwise from the bottom-left corner. */
export function boxGeometry(g: BoxGeometry, ix = 0): string {
  const { width: w, height: h } = g;
  const box = { w, h };
  const r = Math.min(g.radius, w / 2, h / 2);
  const round = (corner: 'bl' | 'br' | 'tr' | 'tl') => r > 0 && (!g.tabCorner || corner === 'tl');
  const rows: string[] = [];
  let n = 1;
  const rb = round('bl') ? r : 0;
  rows.push(moveTo(n++, 0, rb, box));
  if (rb) rows.push(quarter(n++, r, 0, { x: r, y: r, r, dx: -1, dy: -1 }, box));
  rows.push(lineTo(n++, round('br') ? w - r : w, 0, box));
  if (round('br')) rows.push(quarter(n++, w, r, { x: w - r, y: r, r, dx: 1, dy: -1 }, box));
  rows.push(lineTo(n++, w, round('tr') ? h - r : h, box));
  if (round('tr')) rows.push(quarter(n++, w - r, h, { x: w - r, y: h - r, r, dx: 1, dy: 1 }, box));
  rows.push(lineTo(n++, round('tl') ? r : 0, h, box));
  if (round('tl')) rows.push(quarter(n++, 0, h - r, { x: r, y: h - r, r, dx: -1, dy: 1 }, box));
  rows.push(lineTo(n, 0, rb, box));
  return section('Geometry', [...flags(g.fill, g.line), ...rows], ix);
}

/** A polyline (closed if asked) through points already in local inches. */
export function polylineGeometry(points: readonly Point[], options: { closed: boolean; fill: boolean }, ix = 0): string {
  const rows = points.map((p, i) => (i === 0 ? moveTo(1, p.x, p.y) : lineTo(i + 1, p.x, p.y)));
  if (options.closed && points.length > 0) rows.push(lineTo(points.length + 1, points[0]!.x, points[0]!.y));
  return section('Geometry', [...flags(options.fill, true), ...rows], ix);
}
