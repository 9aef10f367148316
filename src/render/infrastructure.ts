// Infrastructure (domain controllers, Internet, firewalls, clients, IP gateways, PBXs): an icon and
// a label on a faint card, deliberately lighter than server cards so Exchange stays the subject.
import { INFRA_LABEL, infraCaption } from '../model/labels.ts';
import type { Infrastructure } from '../model/schema.ts';
import type { Box } from '../theme/geometry.ts';
import { INFRA_COLOR } from '../theme/tokens.ts';
import { itemGroup, tooltip, useIcon, type RenderContext } from './context.ts';
import { escapeXml } from './escape.ts';
import { findingBadge, outlineColor, outlineWidth } from './findings.ts';
import { fitText, num, wrapText } from './text.ts';

export function infrastructureSvg(item: Infrastructure, box: Box, ctx: RenderContext): string {
  const summary = ctx.findings.get(item.id);
  const { width, height } = box;
  const color = INFRA_COLOR[item.kind];
  // A long name takes two lines and the kind line gives way; a short one keeps its kind under it.
  const lines = wrapText(item.name, width - 12, 12, true, 2);
  const caption = infraCaption(item);
  const kind = caption === undefined ? '' : fitText(caption, width - 12, 10.5);
  const showKind = lines.length === 1 && kind !== '';
  const nameY = lines.length === 2 ? 46 : showKind ? 47 : 52;
  const nameSvg = lines
    .map(
      (line, i) =>
        `<text x="${num(width / 2)}" y="${nameY + i * 14}" class="t-infra" text-anchor="middle">${escapeXml(line)}</text>`,
    )
    .join('');

  return (
    itemGroup(`infrastructure ${item.kind}`, item.id, box.absX, box.absY) +
    tooltip([item.name, INFRA_LABEL[item.kind], ...(summary?.messages ?? [])]) +
    `<rect width="${num(width)}" height="${num(height)}" rx="6" fill="#ffffff" fill-opacity="0.55" ` +
    `stroke="${outlineColor(summary, '#cfd6dd')}" stroke-width="${outlineWidth(summary, 1)}"/>` +
    useIcon(item.kind, width / 2 - 12, 7, 24, color) +
    nameSvg +
    (showKind
      ? `<text x="${num(width / 2)}" y="60" class="t-kind" text-anchor="middle">${escapeXml(kind)}</text>`
      : '') +
    findingBadge(summary, width) +
    '</g>'
  );
}
