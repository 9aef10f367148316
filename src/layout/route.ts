// The one router behind the canvas and every export: each link (and each cluster's file share
// witness) as an orthogonal route around the cards, routes spread apart where they would share a
// line, and a label on each line where it covers nothing. Pure and deterministic: the same plan
// gives the same routes everywhere. A router made by createRouter() keeps each link's route until
// the boxes near it change, so the canvas re-routes only around what an edit moved.
import { LINK_LABEL } from '../model/labels.ts';
import type { LinkKind, Plan } from '../model/schema.ts';
import { textWidth } from '../render/text.ts';
import { resolveLayout, type Box, type ResolvedLayout } from '../theme/geometry.ts';
import { connect, type Point } from './connector.ts';
import { placeLabels, type LabelRequest, type LinkLabel } from './linkLabels.ts';
import { separate, type Wire } from './nudge.ts';
import { SpatialIndex, type Rect } from './spatial.ts';

export type { Point } from './connector.ts';
export type { LinkLabel } from './linkLabels.ts';

export interface RoutedLink {
  /** The link's id, or `witness:<cluster id>` for a file share witness. */
  id: string;
  kind: LinkKind | 'witness';
  points: Point[];
  /** The boxes of its two ends as routed (the canvas draws a preview while one is dragged). */
  ends: [Rect, Rect];
  label?: LinkLabel;
}

export type Routes = ReadonlyMap<string, RoutedLink>;

/** How far around its two ends a link looks for cards and borders. */
const WINDOW = 240;
/** Site name tabs: no label may cover one. */
const SITE_TAB = 32;
export const LABEL_FONT = 11.5;
/** Pill padding and border either side of the text, as the canvas draws it. */
const LABEL_PAD = 16;
export const WITNESS_LABEL = 'file share witness';

export const witnessId = (clusterId: string) => `witness:${clusterId}`;

interface Wanted {
  id: string;
  kind: LinkKind | 'witness';
  from: Box;
  to: Box;
  texts: string[];
}

const rectOf = (b: Box): Rect => ({ x: b.absX, y: b.absY, width: b.width, height: b.height });
const key = (r: Rect) => `${r.x},${r.y},${r.width},${r.height}`;

function wanted(plan: Plan, layout: ResolvedLayout): Wanted[] {
  const out: Wanted[] = [];
  for (const c of plan.clusters) {
    const from = layout.byId.get(c.id);
    const to = c.witness === undefined ? undefined : layout.byId.get(c.witness);
    if (from && to) out.push({ id: witnessId(c.id), kind: 'witness', from, to, texts: [WITNESS_LABEL, 'FSW'] });
  }
  for (const l of plan.links) {
    const from = layout.byId.get(l.from);
    const to = layout.byId.get(l.to);
    if (!from || !to || from === to) continue;
    out.push({ id: l.id, kind: l.kind, from, to, texts: l.kind === 'connection' ? [] : [LINK_LABEL[l.kind]] });
  }
  return out;
}

/** The ids of a box and every container it is drawn in, outermost last. */
function lineage(layout: ResolvedLayout, box: Box): string[] {
  const ids: string[] = [];
  for (let b: Box | undefined = box, depth = 0; b && depth < 6; b = b.parent ? layout.byId.get(b.parent) : undefined, depth++)
    ids.push(b.id);
  return ids;
}

interface Indexed {
  box: Box;
  rect: Rect;
}

/** Boxes listed flat when there are few, in a spatial index when there are many. */
class Shelf {
  private readonly index: SpatialIndex<Indexed> | undefined;
  constructor(private readonly items: Indexed[]) {
    if (items.length > 128) this.index = new SpatialIndex(items);
  }
  query(window: Rect): Indexed[] {
    if (this.index) return this.index.query(window);
    return this.items.filter(({ rect: r }) => r.x <= window.x + window.width && window.x <= r.x + r.width && r.y <= window.y + window.height && window.y <= r.y + r.height);
  }
}

/**
 * Boxes indexed for routing. Seen from afar, a site is one box: a link meets the cards of the
 * sites (or top-level items) its two ends are in, and only the outlines of the others, so a link
 * across a large plan looks at a few dozen boxes, not thousands.
 */
class Surroundings {
  private readonly top: Shelf;
  private readonly inside = new Map<string, Shelf>();
  private readonly chains = new Map<string, string[]>();

  constructor(private readonly layout: ResolvedLayout) {
    const top: Indexed[] = [];
    const byRoot = new Map<string, Indexed[]>();
    for (const box of layout.boxes) {
      const item = { box, rect: rectOf(box) };
      const chain = this.lineage(box);
      if (chain.length === 1) top.push(item);
      else {
        const root = chain[chain.length - 1]!;
        const list = byRoot.get(root);
        if (list) list.push(item);
        else byRoot.set(root, [item]);
      }
    }
    this.top = new Shelf(top);
    for (const [root, list] of byRoot) this.inside.set(root, new Shelf(list));
  }

  private lineage(box: Box): string[] {
    let chain = this.chains.get(box.id);
    if (!chain) this.chains.set(box.id, (chain = lineage(this.layout, box)));
    return chain;
  }

  /** What a link between `from` and `to` must heed inside `window`, with a signature of it all. */
  near(from: Box, to: Box, window: Rect) {
    const ends = [this.lineage(from), this.lineage(to)];
    const skip = new Set(ends.flat());
    // The sites the ends are in; a top-level end (a site, say) is never entered: its border is the goal.
    const roots = new Set(ends.filter((chain) => chain.length > 1).map((chain) => chain[chain.length - 1]!));
    const found = this.top.query(window);
    for (const root of roots) found.push(...(this.inside.get(root)?.query(window) ?? []));
    const obstacles: Rect[] = [];
    const borders: Rect[] = [];
    const parts: number[] = [];
    for (const { box, rect } of found) {
      borders.push(rect);
      // Other sites are in the way as a whole (a link goes round them, not through).
      const blocks = !skip.has(box.id);
      if (blocks) obstacles.push(rect);
      parts.push(blocks ? 1 : 0, rect.x, rect.y, rect.width, rect.height);
    }
    return { obstacles, borders, signature: parts.join(',') };
  }
}

/** A router with a memory of its last routes (one per canvas); a fresh one for each export. */
export function createRouter(): (plan: Plan) => Routes {
  let memo = new Map<string, { key: string; points: Point[] }>();
  let previous = new Map<string, RoutedLink>();

  return (plan) => {
    const layout = resolveLayout(plan);
    const surroundings = new Surroundings(layout);
    const links = wanted(plan, layout);
    const nextMemo = new Map<string, { key: string; points: Point[] }>();
    const wires: Wire[] = links.map((link) => {
      const a = rectOf(link.from);
      const b = rectOf(link.to);
      const x0 = Math.min(a.x, b.x) - WINDOW;
      const y0 = Math.min(a.y, b.y) - WINDOW;
      const window = { x: x0, y: y0, width: Math.max(a.x + a.width, b.x + b.width) + WINDOW - x0, height: Math.max(a.y + a.height, b.y + b.height) + WINDOW - y0 };
      const near = surroundings.near(link.from, link.to, window);
      const signature = `${key(a)}|${key(b)}${near.signature}`;
      const kept = memo.get(link.id);
      const points = kept && kept.key === signature ? kept.points : connect(a, b, near);
      nextMemo.set(link.id, { key: signature, points });
      return { points, ends: [a, b], near };
    });
    memo = nextMemo;

    separate(wires);
    const labels = placeLabels(
      links.map((l, i): LabelRequest => ({
        texts: l.texts,
        widths: l.texts.map((t) => Math.ceil(textWidth(t, LABEL_FONT, true)) + LABEL_PAD),
        points: wires[i]!.points,
      })),
      labelBlockers(layout),
      lineIndex(wires),
    );

    const next = new Map<string, RoutedLink>();
    links.forEach((l, i) => {
      const routed: RoutedLink = { id: l.id, kind: l.kind, points: wires[i]!.points, ends: wires[i]!.ends, ...(labels[i] ? { label: labels[i] } : {}) };
      const before = previous.get(l.id);
      next.set(l.id, before && sameRoute(before, routed) ? before : routed);
    });
    previous = next;
    return next;
  };
}

/** Cards and site name tabs: what a label may not cover. */
function labelBlockers(layout: ResolvedLayout): SpatialIndex<{ rect: Rect }> {
  return new SpatialIndex(
    layout.boxes.map((b) => ({ rect: b.kind === 'site' ? { x: b.absX, y: b.absY, width: b.width, height: SITE_TAB } : rectOf(b) })),
  );
}

function lineIndex(wires: readonly Wire[]): SpatialIndex<{ rect: Rect; owner: number }> {
  const index = new SpatialIndex<{ rect: Rect; owner: number }>();
  wires.forEach((w, owner) => {
    for (let i = 1; i < w.points.length; i++) {
      const p = w.points[i - 1]!;
      const q = w.points[i]!;
      const x = Math.min(p.x, q.x);
      const y = Math.min(p.y, q.y);
      index.add({ owner, rect: { x: x - 1, y: y - 1, width: Math.abs(q.x - p.x) + 2, height: Math.abs(q.y - p.y) + 2 } });
    }
  });
  return index;
}

function sameRoute(a: RoutedLink, b: RoutedLink): boolean {
  return (
    a.kind === b.kind &&
    a.points.length === b.points.length &&
    a.points.every((p, i) => p.x === b.points[i]!.x && p.y === b.points[i]!.y) &&
    a.ends.every((r, i) => key(r) === key(b.ends[i]!)) &&
    a.label?.text === b.label?.text &&
    a.label?.x === b.label?.x &&
    a.label?.y === b.label?.y
  );
}

const routed = new WeakMap<Plan, Routes>();

/** The routes of a plan, computed once per plan object (exports and tests). */
export function routePlan(plan: Plan): Routes {
  let routes = routed.get(plan);
  if (!routes) routed.set(plan, (routes = createRouter()(plan)));
  return routes;
}

/** SVG path data of a route: the one formatting the canvas and the export share. */
export function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p.x * 100) / 100} ${Math.round(p.y * 100) / 100}`).join(' ');
}
