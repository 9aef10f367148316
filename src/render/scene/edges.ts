// Links and file share witnesses as connectors, routed and labelled exactly like the SVG's link
// layer (links.ts), so the Visio and draw.io connectors follow the same paths.
import { LINK_LABEL } from '../../model/labels.ts';
import type { Cluster, Link } from '../../model/schema.ts';
import type { Box } from '../../theme/geometry.ts';
import { LINK_STYLE, SURFACE } from '../../theme/tokens.ts';
import type { RenderContext } from '../context.ts';
import { obstacles } from '../links.ts';
import { WITNESS_LINE } from '../legend.ts';
import { labelSpot, routeBetween, type Point, type Rect } from '../route.ts';
import { textWidth } from '../text.ts';
import type { SceneEdge, SceneLabel } from './types.ts';

const rect = (b: Box): Rect => ({ x: b.absX, y: b.absY, width: b.width, height: b.height });
const LABEL_BORDER = '#d5dbe1';

/** The one call into the router: when the shared canvas/export router lands, only this line changes. */
function routeLink(ctx: RenderContext, from: Box, to: Box): { points: Point[]; blocking: Rect[] } {
  const blocking = obstacles(ctx, from, to);
  return { points: routeBetween(rect(from), rect(to), blocking), blocking };
}

const labelWidth = (text: string) => textWidth(text, 10.5) + 12;

function linkEdge(link: Link, ctx: RenderContext): SceneEdge | undefined {
  const from = ctx.layout.byId.get(link.from);
  const to = ctx.layout.byId.get(link.to);
  if (!from || !to || from === to) return undefined;
  const style = LINK_STYLE[link.kind];
  const { points, blocking } = routeLink(ctx, from, to);
  const text = link.kind === 'connection' ? '' : LINK_LABEL[link.kind];
  let label: SceneLabel | undefined;
  if (text) {
    const spot = labelSpot(points, labelWidth(text), blocking);
    label = { x: spot.x, y: spot.y, text, width: labelWidth(text), color: style.color, border: LABEL_BORDER, italic: false };
  }
  return {
    id: link.id,
    kind: link.kind,
    from: link.from,
    to: link.to,
    points,
    label,
    color: style.color,
    width: style.width,
    dash: style.dash,
    arrow: style.arrow,
  };
}

/** The dotted witness line from a CCR cluster to the server holding its file share witness. */
function witnessEdge(cluster: Cluster, ctx: RenderContext): SceneEdge | undefined {
  if (cluster.witness === undefined) return undefined;
  const from = ctx.layout.byId.get(cluster.id);
  const to = ctx.layout.byId.get(cluster.witness);
  if (!from || !to) return undefined;
  const { points, blocking } = routeLink(ctx, from, to);
  const full = 'file share witness';
  const spot = labelSpot(points, labelWidth(full), blocking);
  // The full label where the line has room for it, "FSW" in a tight gap (as links.ts does).
  const text = spot.length >= labelWidth(full) + 12 ? full : spot.length >= 40 ? 'FSW' : '';
  return {
    id: cluster.id,
    kind: 'witness',
    from: cluster.id,
    to: cluster.witness,
    points,
    label: text
      ? { x: spot.x, y: spot.y, text, width: labelWidth(text), color: SURFACE.muted, border: LABEL_BORDER, italic: true }
      : undefined,
    color: WITNESS_LINE.color,
    width: WITNESS_LINE.width,
    dash: WITNESS_LINE.dash,
    arrow: WITNESS_LINE.arrow,
  };
}

/** Witnesses first, then links, in plan order (the SVG's drawing order). */
export function sceneEdges(ctx: RenderContext): SceneEdge[] {
  const out: SceneEdge[] = [];
  for (const cluster of ctx.plan.clusters) {
    const edge = witnessEdge(cluster, ctx);
    if (edge) out.push(edge);
  }
  for (const link of ctx.plan.links) {
    const edge = linkEdge(link, ctx);
    if (edge) out.push(edge);
  }
  return out;
}
