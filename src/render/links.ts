// Links: each kind with its own stroke from LINK_STYLE (solid, dashed, dotted), a short label on
// a pill, and an arrowhead only where direction means something (Edge subscription, SCR). The file
// share witness of a CCR cluster is drawn the same way, as a faint dotted link to its server.
// Where they run and where their labels sit comes from layout/route.ts, as on the canvas.
import { LINK_LABEL } from '../model/labels.ts';
import type { LinkKind } from '../model/schema.ts';
import { LABEL_FONT, pathData, routePlan, type LinkLabel, type RoutedLink } from '../layout/route.ts';
import type { Rect } from '../layout/spatial.ts';
import { LINK_STYLE, SURFACE } from '../theme/tokens.ts';
import { tooltip, type RenderContext } from './context.ts';
import { escapeXml } from './escape.ts';
import { outlineColor } from './findings.ts';
import { num } from './text.ts';

/** Everything the links draw, and the area it covers (routes may leave the boxes' bounds). */
export interface LinkLayer {
  svg: string;
  extent: Rect | undefined;
}

class Extent {
  x0 = Infinity;
  y0 = Infinity;
  x1 = -Infinity;
  y1 = -Infinity;
  add(x: number, y: number, dx = 0, dy = 0) {
    this.x0 = Math.min(this.x0, x - dx);
    this.y0 = Math.min(this.y0, y - dy);
    this.x1 = Math.max(this.x1, x + dx);
    this.y1 = Math.max(this.y1, y + dy);
  }
  rect(): Rect | undefined {
    return this.x0 <= this.x1
      ? { x: this.x0, y: this.y0, width: this.x1 - this.x0, height: this.y1 - this.y0 }
      : undefined;
  }
}

/** A label on a pill over the line, where the router put it. */
function labelPill(label: LinkLabel, color: string, border: string, extent: Extent, italic = false): string {
  extent.add(label.x, label.y, label.width / 2, label.height / 2);
  return (
    `<rect class="link-label" x="${num(label.x - label.width / 2)}" y="${num(label.y - label.height / 2)}" width="${num(label.width)}" height="${label.height}" rx="9" fill="#ffffff" stroke="${border}"/>` +
    `<text x="${num(label.x)}" y="${num(label.y + LABEL_FONT * 0.36)}" class="${italic ? 't-link t-italic' : 't-link'}" text-anchor="middle" fill="${color}">${escapeXml(label.text)}</text>`
  );
}

/** Arrowhead markers, one per link kind that has a direction; referenced as url(#arrow-KIND). */
export function arrowMarkers(): string {
  return (Object.keys(LINK_STYLE) as LinkKind[])
    .filter((kind) => LINK_STYLE[kind].arrow)
    .map(
      (kind) =>
        // Sized in stroke widths (the default units), 10 px long on the kind's line: svg2pdf.js
        // (PDF export) always scales markers by the stroke width and ignores userSpaceOnUse.
        `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="${num(10 / LINK_STYLE[kind].width)}" ` +
        `markerHeight="${num(10 / LINK_STYLE[kind].width)}" orient="auto"><path d="M0 0.5 10 5 0 9.5Z" fill="${LINK_STYLE[kind].color}"/></marker>`,
    )
    .join('');
}

function linkSvg(route: RoutedLink, kind: LinkKind, ctx: RenderContext, extent: Extent): string {
  const style = LINK_STYLE[kind];
  const summary = ctx.findings.get(route.id);
  for (const p of route.points) extent.add(p.x, p.y, 6, 6);
  const color = outlineColor(summary, style.color);
  return (
    `<g class="link ${kind}" data-id="${escapeXml(route.id)}">` +
    tooltip([LINK_LABEL[kind], ...(summary?.messages ?? [])]) +
    `<path d="${pathData(route.points)}" fill="none" stroke="${color}" stroke-width="${style.width}"` +
    (style.dash ? ` stroke-dasharray="${style.dash}"` : '') +
    (style.arrow ? ` marker-end="url(#arrow-${kind})"` : '') +
    ' stroke-linejoin="round"/>' +
    (route.label ? labelPill(route.label, style.color, summary ? color : '#d5dbe1', extent) : '') +
    '</g>'
  );
}

/** The file share witness: a dotted line from the cluster box to the server holding the share. */
function witnessSvg(route: RoutedLink, ctx: RenderContext, extent: Extent): string {
  const clusterId = route.id.slice('witness:'.length);
  const cluster = ctx.plan.clusters.find((c) => c.id === clusterId);
  if (!cluster?.witness) return '';
  for (const p of route.points) extent.add(p.x, p.y, 6, 6);
  return (
    `<g class="witness" data-id="${escapeXml(cluster.id)}" data-witness="${escapeXml(cluster.witness)}">` +
    tooltip([`File share witness of ${cluster.name}`]) +
    `<path d="${pathData(route.points)}" fill="none" stroke="${SURFACE.clusterBorder}" stroke-width="1.5" stroke-dasharray="1 3" stroke-linecap="round"/>` +
    (route.label ? labelPill(route.label, SURFACE.muted, '#d5dbe1', extent, true) : '') +
    '</g>'
  );
}

/** All witnesses and links, drawn after the cards so no label hides under one. */
export function linkLayer(ctx: RenderContext): LinkLayer {
  const extent = new Extent();
  const parts: string[] = [];
  const kinds = new Map(ctx.plan.links.map((l) => [l.id, l.kind]));
  for (const route of routePlan(ctx.plan).values()) {
    const kind = kinds.get(route.id);
    parts.push(kind ? linkSvg(route, kind, ctx, extent) : witnessSvg(route, ctx, extent));
  }
  return { svg: parts.filter(Boolean).join('\n'), extent: extent.rect() };
}
