// Links: each kind with its own stroke from LINK_STYLE (solid, dashed, dotted), a short label on
// a pill, and an arrowhead only where direction means something (Edge subscription, SCR). The file
// share witness of a CCR cluster is drawn the same way, as a faint dotted link to its server.
import { LINK_LABEL } from '../model/labels.ts';
import type { Cluster, Link, LinkKind } from '../model/schema.ts';
import type { Box } from '../theme/geometry.ts';
import { LINK_STYLE, SURFACE } from '../theme/tokens.ts';
import { tooltip, type RenderContext } from './context.ts';
import { escapeXml } from './escape.ts';
import { outlineColor } from './findings.ts';
import { labelSpot, routeBetween, type Point, type Rect } from './route.ts';
import { num, textWidth } from './text.ts';

const rect = (b: Box): Rect => ({ x: b.absX, y: b.absY, width: b.width, height: b.height });

/** Every card and cluster box, built once per drawing (links only skip their own ends). */
const cardsOf = new WeakMap<RenderContext, Array<{ id: string; rect: Rect }>>();

/** Cards and cluster boxes a link should not run through: all but its ends and their containers. */
export function obstacles(ctx: RenderContext, from: Box, to: Box): Rect[] {
  let cards = cardsOf.get(ctx);
  if (!cards) {
    cards = ctx.layout.boxes.filter((b) => b.kind !== 'site').map((b) => ({ id: b.id, rect: rect(b) }));
    cardsOf.set(ctx, cards);
  }
  const skip = new Set<string>();
  for (const end of [from, to]) {
    for (
      let box: Box | undefined = end, depth = 0;
      box && depth < 5;
      box = box.parent ? ctx.layout.byId.get(box.parent) : undefined, depth++
    )
      skip.add(box.id);
  }
  const out: Rect[] = [];
  for (const card of cards) if (!skip.has(card.id)) out.push(card.rect);
  return out;
}

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

function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');
}

/** A label on a pill over the line, at the spot labelSpot chose. */
function labelPill(
  text: string,
  at: Point,
  color: string,
  border: string,
  extent: Extent,
  italic = false,
): string {
  const w = textWidth(text, 10.5) + 12;
  extent.add(at.x, at.y, w / 2, 9);
  return (
    `<rect x="${num(at.x - w / 2)}" y="${num(at.y - 9)}" width="${num(w)}" height="18" rx="9" fill="#ffffff" stroke="${border}"/>` +
    `<text x="${num(at.x)}" y="${num(at.y + 4)}" class="${italic ? 't-link t-italic' : 't-link'}" text-anchor="middle" fill="${color}">${escapeXml(text)}</text>`
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

function linkSvg(link: Link, ctx: RenderContext, extent: Extent): string {
  const from = ctx.layout.byId.get(link.from);
  const to = ctx.layout.byId.get(link.to);
  if (!from || !to || from === to) return '';
  const style = LINK_STYLE[link.kind];
  const summary = ctx.findings.get(link.id);
  const blocking = obstacles(ctx, from, to);
  const points = routeBetween(rect(from), rect(to), blocking);
  for (const p of points) extent.add(p.x, p.y, 6, 6);
  const label = link.kind === 'connection' ? '' : LINK_LABEL[link.kind];
  const spot = labelSpot(points, textWidth(label, 10.5) + 12, blocking);
  const color = outlineColor(summary, style.color);
  return (
    `<g class="link ${link.kind}" data-id="${escapeXml(link.id)}">` +
    tooltip([LINK_LABEL[link.kind], ...(summary?.messages ?? [])]) +
    `<path d="${pathData(points)}" fill="none" stroke="${color}" stroke-width="${style.width}"` +
    (style.dash ? ` stroke-dasharray="${style.dash}"` : '') +
    (style.arrow ? ` marker-end="url(#arrow-${link.kind})"` : '') +
    ' stroke-linejoin="round"/>' +
    (label ? labelPill(label, spot, style.color, summary ? color : '#d5dbe1', extent) : '') +
    '</g>'
  );
}

/** The file share witness: a dotted line from the cluster box to the server holding the share. */
function witnessSvg(cluster: Cluster, ctx: RenderContext, extent: Extent): string {
  if (cluster.witness === undefined) return '';
  const from = ctx.layout.byId.get(cluster.id);
  const to = ctx.layout.byId.get(cluster.witness);
  if (!from || !to) return '';
  const blocking = obstacles(ctx, from, to);
  const points = routeBetween(rect(from), rect(to), blocking);
  for (const p of points) extent.add(p.x, p.y, 6, 6);
  // The full label where the line has room for it; "FSW" in a tight gap (the cluster title names the witness too).
  const spot = labelSpot(points, textWidth('file share witness', 10.5) + 12, blocking);
  const label =
    spot.length >= textWidth('file share witness', 10.5) + 24
      ? 'file share witness'
      : spot.length >= 40
        ? 'FSW'
        : '';
  return (
    `<g class="witness" data-id="${escapeXml(cluster.id)}" data-witness="${escapeXml(cluster.witness)}">` +
    tooltip([`File share witness of ${cluster.name}`]) +
    `<path d="${pathData(points)}" fill="none" stroke="${SURFACE.clusterBorder}" stroke-width="1.5" stroke-dasharray="1 3" stroke-linecap="round"/>` +
    (label ? labelPill(label, spot, SURFACE.muted, '#d5dbe1', extent, true) : '') +
    '</g>'
  );
}

/** All witnesses and links, drawn after the cards so no label hides under one. */
export function linkLayer(ctx: RenderContext): LinkLayer {
  const extent = new Extent();
  const parts: string[] = [];
  for (const cluster of ctx.plan.clusters) parts.push(witnessSvg(cluster, ctx, extent));
  for (const link of ctx.plan.links) parts.push(linkSvg(link, ctx, extent));
  return { svg: parts.filter(Boolean).join('\n'), extent: extent.rect() };
}
