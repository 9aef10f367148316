// Where each link's label goes: on its own line, covering no card, no site's name tab and no
// other label, and crossing no other link where it can help it. Labels are placed one after
// another in plan order against a spatial index, so the cost grows with the number of links.
import type { Point } from './connector.ts';
import { intersects, SpatialIndex, type Rect } from './spatial.ts';

/** A label pill, centred on (x, y). */
export interface LinkLabel {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const LABEL_HEIGHT = 18;
/** Where along a segment to try, middle first. */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];

export interface LabelRequest {
  /** Texts to try, longest first (e.g. "file share witness", then "FSW"). */
  texts: readonly string[];
  widths: readonly number[];
  points: readonly Point[];
}

interface Placed {
  rect: Rect;
}

const pill = (x: number, y: number, width: number): Rect => ({
  x: x - width / 2,
  y: y - LABEL_HEIGHT / 2,
  width,
  height: LABEL_HEIGHT,
});

/** Spots along the polyline for a label `width` wide, best first. */
function spots(points: readonly Point[], width: number): Point[] {
  const segs: Array<{ p: Point; q: Point; room: number; length: number }> = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const length = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    // The pill's extent along the line: its width on a horizontal run, its height on a vertical one.
    const room = length - (p.y === q.y ? width : LABEL_HEIGHT) - 12;
    if (room >= 0) segs.push({ p, q, room, length });
  }
  segs.sort((a, b) => b.length - a.length);
  const out: Point[] = [];
  for (const s of segs)
    for (const t of ALONG) {
      // Keep the whole pill on the segment: t is mapped into the part that leaves room at both ends.
      const half = (s.length - s.room) / 2 / s.length;
      const u = half + t * (1 - 2 * half);
      out.push({ x: Math.round(s.p.x + (s.q.x - s.p.x) * u), y: Math.round(s.p.y + (s.q.y - s.p.y) * u) });
    }
  return out;
}

/**
 * Places every label it can: `blocked` are rectangles no label may cover (cards, site tabs),
 * `lines` the links' segments as thin rectangles (avoided when possible, by index of request).
 * Returns one label or undefined per request.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  blocked: SpatialIndex<{ rect: Rect }>,
  lines: SpatialIndex<{ rect: Rect; owner: number }>,
): Array<LinkLabel | undefined> {
  const placed = new SpatialIndex<Placed>();
  return requests.map((req, owner) => placeLabel(req, owner, blocked, lines, placed));
}

/** The pill a placed label takes (what later labels must not cover). */
export const labelPill = (label: LinkLabel): Rect => pill(label.x, label.y, label.width);

/** The links' segments as thin rectangles, by the index of their request (each at least once). */
export interface Lines {
  query(window: Rect): readonly { rect: Rect; owner: number }[];
}

/**
 * One request's label, given the labels placed before it (`placed`, to which it is added).
 * `tried` (when given) receives every pill it looked at: the label depends on nothing else than
 * what covers those pills (cards, site tabs, other labels, other links' lines).
 */
export function placeLabel(
  req: LabelRequest,
  owner: number,
  blocked: SpatialIndex<{ rect: Rect }>,
  lines: Lines,
  placed: SpatialIndex<{ rect: Rect }>,
  tried?: Rect[],
): LinkLabel | undefined {
  for (let t = 0; t < req.texts.length; t++) {
    const width = req.widths[t]!;
    let fallback: LinkLabel | undefined;
    for (const at of spots(req.points, width)) {
      const rect = pill(at.x, at.y, width);
      tried?.push(rect);
      if (blocked.query(rect).some((b) => intersects(b.rect, rect))) continue;
      if (placed.query(rect).some((b) => intersects(b.rect, rect))) continue;
      const label = { text: req.texts[t]!, x: at.x, y: at.y, width, height: LABEL_HEIGHT };
      if (lines.query(rect).some((l) => l.owner !== owner && intersects(l.rect, rect))) {
        fallback ??= label;
        continue;
      }
      placed.add({ rect });
      return label;
    }
    if (fallback) {
      placed.add({ rect: pill(fallback.x, fallback.y, width) });
      return fallback;
    }
  }
  return undefined;
}
