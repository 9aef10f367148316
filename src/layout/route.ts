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
import type { LabelRequest, LinkLabel } from './linkLabels.ts';
import { RouteGroups, type RawWire } from './routeGroups.ts';
import { LabelBlockers, LayoutChanges, rectOf, RouteSurroundings } from './routeSurroundings.ts';
import { sameRect, type Rect } from './spatial.ts';
import { samePoints } from './spreadParts.ts';

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

/** A link (or witness) to route: its two end boxes and the texts its label may show. */
export interface Wanted {
  id: string;
  kind: LinkKind | 'witness';
  from: Box;
  to: Box;
  texts: string[];
}

const key = (r: Rect) => `${r.x},${r.y},${r.width},${r.height}`;

/** Every link and witness the plan draws, witnesses first (the routes' order). */
export function wanted(plan: Plan, layout: ResolvedLayout): Wanted[] {
  const out: Wanted[] = [];
  for (const c of plan.clusters) {
    const from = layout.byId.get(c.id);
    const to = c.witness === undefined ? undefined : layout.byId.get(c.witness);
    if (from && to) out.push({ id: witnessId(c.id), kind: 'witness', from, to, texts: WITNESS_TEXTS });
  }
  for (const l of plan.links) {
    const from = layout.byId.get(l.from);
    const to = layout.byId.get(l.to);
    if (!from || !to || from === to) continue;
    out.push({ id: l.id, kind: l.kind, from, to, texts: l.kind === 'connection' ? NO_TEXTS : [LINK_LABEL[l.kind]] });
  }
  return out;
}

const WITNESS_TEXTS = [WITNESS_LABEL, 'FSW'];
const NO_TEXTS: string[] = [];

/** The window around a link's two ends in which it looks for cards and borders. */
function windowOf(a: Rect, b: Rect): Rect {
  const x0 = Math.min(a.x, b.x) - WINDOW;
  const y0 = Math.min(a.y, b.y) - WINDOW;
  return { x: x0, y: y0, width: Math.max(a.x + a.width, b.x + b.width) + WINDOW - x0, height: Math.max(a.y + a.height, b.y + b.height) + WINDOW - y0 };
}

const widths = new Map<string, number>();
const labelWidth = (text: string) => {
  let w = widths.get(text);
  if (w === undefined) widths.set(text, (w = Math.ceil(textWidth(text, LABEL_FONT, true)) + LABEL_PAD));
  return w;
};

interface LinkMemo extends RawWire {
  from: Box;
  to: Box;
  signature: string;
}

/**
 * A router with a memory of its last routes (one per canvas); a fresh one for each export. A link
 * whose ends are the same boxes and whose window no changed box meets keeps its route without
 * looking again; separation and labels are redone only for the groups of links that changed.
 */
export function createRouter(): (plan: Plan) => Routes {
  let before: ResolvedLayout | undefined;
  let memo = new Map<string, LinkMemo>();
  const groups = new RouteGroups();
  let previous = new Map<string, RoutedLink>();
  const blockers = new LabelBlockers(blockerOf);

  return (plan) => {
    const layout = resolveLayout(plan);
    const changes = new LayoutChanges(before, layout, blockerOf);
    before = layout;
    let surroundings: RouteSurroundings | undefined;
    const links = wanted(plan, layout);
    const nextMemo = new Map<string, LinkMemo>();
    const raw = links.map((link): LinkMemo => {
      const kept = memo.get(link.id);
      const a = rectOf(link.from);
      const b = rectOf(link.to);
      const window = windowOf(a, b);
      let entry = kept;
      if (!kept || kept.from !== link.from || kept.to !== link.to || changes.affects(link.from, link.to, window)) {
        surroundings ??= new RouteSurroundings(layout);
        const { signature, ...near } = surroundings.near(link.from, link.to, window);
        const full = `${key(a)}|${key(b)}${signature}`;
        if (kept && kept.signature === full) entry = { ...kept, from: link.from, to: link.to };
        else {
          // A route found again as it was keeps its array, so what follows sees it unchanged.
          const points = connect(a, b, near);
          entry = { id: link.id, from: link.from, to: link.to, signature: full, ends: [a, b], near, points: kept && samePoints(kept.points, points) ? kept.points : points };
        }
      }
      nextMemo.set(link.id, entry!);
      return entry!;
    });
    memo = nextMemo;

    const separated = groups.separate(raw);
    blockers.update(layout, changes);
    const labels = groups.labels(
      links.map((l, i) => ({ id: l.id, points: separated[i]! })),
      links.map((l, i): LabelRequest => ({ texts: l.texts, widths: l.texts.map(labelWidth), points: separated[i]! })),
      changes.all ? 'all' : changes.blockers,
      () => blockers.get(layout),
    );

    const next = new Map<string, RoutedLink>();
    links.forEach((l, i) => {
      const before = previous.get(l.id);
      if (before && before.kind === l.kind && before.points === separated[i] && before.ends === raw[i]!.ends && before.label === labels[i]) return next.set(l.id, before);
      const routed: RoutedLink = { id: l.id, kind: l.kind, points: separated[i]!, ends: raw[i]!.ends, ...(labels[i] ? { label: labels[i] } : {}) };
      next.set(l.id, before && sameRoute(before, routed) ? before : routed);
    });
    previous = next;
    return next;
  };
}

/** What a label may not cover: a card, or a site's name tab. */
const blockerOf = (b: Box): Rect => (b.kind === 'site' ? { x: b.absX, y: b.absY, width: b.width, height: SITE_TAB } : rectOf(b));

/** Whether two routes draw the same: kind, points, end boxes and label. */
export function sameRoute(a: RoutedLink, b: RoutedLink): boolean {
  return (
    a.kind === b.kind &&
    samePoints(a.points, b.points) &&
    a.ends.every((r, i) => sameRect(r, b.ends[i]!)) &&
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
