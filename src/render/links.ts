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
import { labelPoint, routeBetween, type Point } from './route.ts';
import { num, textWidth } from './text.ts';

const rect = (b: Box) => ({ x: b.absX, y: b.absY, width: b.width, height: b.height });

function pathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');
}

function labelPill(text: string, at: Point, color: string, border: string, italic = false): string {
  const w = textWidth(text, 10.5) + 12;
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
        `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="10" markerHeight="10" ` +
        `markerUnits="userSpaceOnUse" orient="auto"><path d="M0 0.5 10 5 0 9.5Z" fill="${LINK_STYLE[kind].color}"/></marker>`,
    )
    .join('');
}

export function linkSvg(link: Link, ctx: RenderContext): string {
  const from = ctx.layout.byId.get(link.from);
  const to = ctx.layout.byId.get(link.to);
  if (!from || !to || from === to) return '';
  const style = LINK_STYLE[link.kind];
  const summary = ctx.findings.get(link.id);
  const points = routeBetween(rect(from), rect(to));
  const label = link.kind === 'connection' ? '' : LINK_LABEL[link.kind];
  const color = outlineColor(summary, style.color);
  return (
    `<g class="link ${link.kind}" data-id="${escapeXml(link.id)}">` +
    tooltip([LINK_LABEL[link.kind], ...(summary?.messages ?? [])]) +
    `<path d="${pathData(points)}" fill="none" stroke="${color}" stroke-width="${style.width}"` +
    (style.dash ? ` stroke-dasharray="${style.dash}"` : '') +
    (style.arrow ? ` marker-end="url(#arrow-${link.kind})"` : '') +
    ' stroke-linejoin="round"/>' +
    (label ? labelPill(label, labelPoint(points), style.color, summary ? color : '#d5dbe1') : '') +
    '</g>'
  );
}

/** The file share witness: a dotted line from the cluster box to the server holding the share. */
export function witnessSvg(cluster: Cluster, ctx: RenderContext): string {
  if (cluster.witness === undefined) return '';
  const from = ctx.layout.byId.get(cluster.id);
  const to = ctx.layout.byId.get(cluster.witness);
  if (!from || !to) return '';
  const points = routeBetween(rect(from), rect(to));
  return (
    `<g class="witness" data-id="${escapeXml(cluster.id)}" data-witness="${escapeXml(cluster.witness)}">` +
    `<path d="${pathData(points)}" fill="none" stroke="${SURFACE.clusterBorder}" stroke-width="1.25" stroke-dasharray="1 3" stroke-linecap="round"/>` +
    labelPill('file share witness', labelPoint(points), SURFACE.muted, '#d5dbe1', true) +
    '</g>'
  );
}
