// Links and file share witnesses as connectors, routed and labelled by the one router
// (layout/route.ts) the canvas and the SVG use, so the Visio and draw.io connectors follow the
// same paths and carry the same labels.
import { routePlan, witnessId } from '../../layout/route.ts';
import { LINK_STYLE, SURFACE } from '../../theme/tokens.ts';
import type { RenderContext } from '../context.ts';
import { WITNESS_LINE } from '../legend.ts';
import type { SceneEdge } from './types.ts';

const LABEL_BORDER = '#d5dbe1';

/** Witnesses first, then links, in plan order (the SVG's drawing order). */
export function sceneEdges(ctx: RenderContext): SceneEdge[] {
  const routes = routePlan(ctx.plan);
  const out: SceneEdge[] = [];
  for (const cluster of ctx.plan.clusters) {
    const route = cluster.witness === undefined ? undefined : routes.get(witnessId(cluster.id));
    if (!route || cluster.witness === undefined) continue;
    const l = route.label;
    out.push({
      id: cluster.id,
      kind: 'witness',
      from: cluster.id,
      to: cluster.witness,
      points: route.points,
      label: l && { x: l.x, y: l.y, text: l.text, width: l.width, color: SURFACE.muted, border: LABEL_BORDER, italic: true },
      color: WITNESS_LINE.color,
      width: WITNESS_LINE.width,
      dash: WITNESS_LINE.dash,
      arrow: WITNESS_LINE.arrow,
    });
  }
  for (const link of ctx.plan.links) {
    const route = routes.get(link.id);
    if (!route) continue;
    const style = LINK_STYLE[link.kind];
    const l = route.label;
    out.push({
      id: link.id,
      kind: link.kind,
      from: link.from,
      to: link.to,
      points: route.points,
      label: l && { x: l.x, y: l.y, text: l.text, width: l.width, color: style.color, border: LABEL_BORDER, italic: false },
      color: style.color,
      width: style.width,
      dash: style.dash,
      arrow: style.arrow,
    });
  }
  return out;
}
