// Sites: an Active Directory site is a large neutral box with its name on a tab; the perimeter
// network is the same box tinted warm, so the Internet side of the drawing reads at a glance.
import { SITE_KIND_LABEL, siteNameSaysKind } from '../model/labels.ts';
import type { Site } from '../model/schema.ts';
import type { Box } from '../theme/geometry.ts';
import { SURFACE } from '../theme/tokens.ts';
import { itemGroup, tooltip, useIcon, type RenderContext } from './context.ts';
import { escapeXml } from './escape.ts';
import { findingBadge, outlineColor, outlineWidth } from './findings.ts';
import { fitText, num, textWidth } from './text.ts';

const TAB_HEIGHT = 28;

export function siteSvg(site: Site, box: Box, ctx: RenderContext): string {
  const perimeter = site.kind === 'perimeter';
  const fill = perimeter ? SURFACE.perimeter : SURFACE.site;
  const border = perimeter ? SURFACE.perimeterBorder : SURFACE.siteBorder;
  const tab = perimeter ? SURFACE.perimeterTab : SURFACE.siteTab;
  const summary = ctx.findings.get(site.id);
  const kindLabel = SITE_KIND_LABEL[site.kind];
  const showKind = !siteNameSaysKind(site);

  const { width, height } = box;
  const name = fitText(site.name, Math.max(60, width * 0.6), 13, true);
  const tabWidth = Math.min(width, 40 + textWidth(name, 13, true));
  const kindRoom = width - tabWidth - 24;
  const kind = showKind && kindRoom > 60 ? fitText(kindLabel, kindRoom, 11) : '';

  return (
    itemGroup(perimeter ? 'perimeter' : 'site', site.id, box.absX, box.absY) +
    tooltip([site.name, kindLabel, ...(summary?.messages ?? [])]) +
    `<rect width="${num(width)}" height="${num(height)}" rx="8" fill="${fill}" ` +
    `stroke="${outlineColor(summary, border)}" stroke-width="${outlineWidth(summary, 1.5)}"/>` +
    // The tab: rounded top-left like the box, square elsewhere, sitting inside the header band.
    `<path d="M0.75 8.75a8 8 0 0 1 8-8H${num(tabWidth)}V${TAB_HEIGHT}H0.75Z" fill="${tab}"/>` +
    useIcon(perimeter ? 'perimeter' : 'site', 10, 7, 14, SURFACE.muted) +
    `<text x="30" y="19" class="t-site">${escapeXml(name)}</text>` +
    (kind
      ? `<text x="${num(width - 12)}" y="19" class="t-kind" text-anchor="end">${escapeXml(kind)}</text>`
      : '') +
    findingBadge(summary, width) +
    '</g>'
  );
}
