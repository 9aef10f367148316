// A server card: computer name in bold, a short line under it (OS, architecture, editions when not
// standard), and its roles stacked as chips (icon + abbreviation + name, so color is not needed).
// Existing Exchange 2000/2003/5.5 servers are grey, carry their version and an "existing" tag.
import { OS_LABEL, OS_SHORT, PRODUCT_LABEL, ROLE_ABBREVIATION, ROLE_LABEL } from '../model/labels.ts';
import type { Role, Server } from '../model/schema.ts';
import {
  ROLE_CHIP_GAP,
  ROLE_CHIP_HEIGHT,
  SERVER_HEADER,
  SERVER_PADDING,
  type Box,
} from '../theme/geometry.ts';
import { ROLE_STYLE, SURFACE } from '../theme/tokens.ts';
import { itemGroup, tooltip, useIcon, type RenderContext } from './context.ts';
import { escapeXml } from './escape.ts';
import { findingBadge, outlineColor, outlineWidth } from './findings.ts';
import { fitText, num, textWidth } from './text.ts';

const NAME_X = 30;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function detailLine(server: Server): string {
  if (server.product !== 'exchange2007') {
    const sp = server.legacyServicePack !== undefined ? ` SP${server.legacyServicePack}` : '';
    return `${PRODUCT_LABEL[server.product]}${sp}`;
  }
  const parts = [`${OS_SHORT[server.os]} ${server.arch}`];
  if (server.windowsEdition !== 'standard')
    parts.push(server.windowsEdition === 'enterprise' ? 'Ent' : 'Datacenter');
  if (server.exchangeEdition !== 'standard') parts.push('Exch Ent');
  if (server.domainController) parts.push(server.globalCatalog ? 'GC' : 'DC');
  return parts.join(' · ');
}

function fullDescription(server: Server): string {
  if (server.product !== 'exchange2007') return `Existing ${detailLine(server)} server`;
  const dc = server.domainController
    ? `; domain controller${server.globalCatalog ? ' and global catalog' : ''}`
    : '';
  return (
    `${OS_LABEL[server.os]} ${server.arch}, ${capitalize(server.windowsEdition)} Edition; ` +
    `Exchange 2007 ${capitalize(server.exchangeEdition)} Edition${dc}`
  );
}

/** A small uppercase pill at the header's right: ACTIVE / PASSIVE for cluster nodes, EXISTING for legacy. */
function statusTag(
  label: string,
  width: number,
  solid: boolean,
  color: string,
): { svg: string; width: number } {
  const w = 12 + textWidth(label, 9, true) + label.length * 0.36; // letter-spacing 0.04em
  const x = width - 8 - w;
  const svg =
    `<g class="status" transform="translate(${num(x)},9)">` +
    `<rect width="${num(w)}" height="15" rx="7.5" fill="${solid ? color : '#ffffff'}" stroke="${color}"/>` +
    `<text x="${num(w / 2)}" y="11" class="t-tag" text-anchor="middle" fill="${solid ? '#ffffff' : color}">${label}</text></g>`;
  return { svg, width: w };
}

function roleChip(role: Role, y: number, width: number): string {
  const style = ROLE_STYLE[role];
  const h = ROLE_CHIP_HEIGHT;
  return (
    `<g class="role" data-role="${role}" transform="translate(${SERVER_PADDING},${y})">` +
    `<rect width="${width}" height="${h}" rx="4" fill="${style.tint}"/>` +
    `<path d="M4 0H${h}V${h}H4a4 4 0 0 1-4-4V4a4 4 0 0 1 4-4Z" fill="${style.color}"/>` +
    useIcon(role, 5, 5, 14, '#ffffff') +
    `<text x="${h + 8}" y="16" class="t-abbr" fill="${style.ink}">${ROLE_ABBREVIATION[role]}</text>` +
    `<text x="${h + 34}" y="16" class="t-chip" fill="${style.ink}">${ROLE_LABEL[role]}</text></g>`
  );
}

export function serverSvg(server: Server, box: Box, ctx: RenderContext): string {
  const legacy = server.product !== 'exchange2007';
  const summary = ctx.findings.get(server.id);
  const { width, height } = box;
  const border = legacy ? SURFACE.legacyBorder : SURFACE.serverBorder;

  let tag = { svg: '', width: 0 };
  let nodeState: string | undefined;
  if (legacy) tag = statusTag('EXISTING', width, false, SURFACE.legacyBorder);
  else if (server.cluster !== undefined && ctx.activeNode.has(server.cluster)) {
    const active = ctx.activeNode.get(server.cluster) === server.id;
    nodeState = active ? 'active node' : 'passive node';
    tag = statusTag(active ? 'ACTIVE' : 'PASSIVE', width, active, SURFACE.clusterBorder);
  }

  // 8 % spare beside a tag, so a viewer's wider fallback font does not run the name into it.
  const nameRoom = tag.width
    ? (width - NAME_X - SERVER_PADDING - tag.width - 6) * 0.92
    : width - NAME_X - SERVER_PADDING;
  const name = fitText(server.name, nameRoom, 13, true);
  const detail = fitText(detailLine(server), width - NAME_X - SERVER_PADDING, 11);
  const chipWidth = width - 2 * SERVER_PADDING;

  let body = '';
  if (server.roles.length > 0) {
    server.roles.forEach((role, i) => {
      body += roleChip(role, SERVER_HEADER + i * (ROLE_CHIP_HEIGHT + ROLE_CHIP_GAP), chipWidth);
    });
  } else {
    const note = legacy ? 'Existing server, kept as is' : 'No roles yet';
    body =
      `<rect x="${SERVER_PADDING}" y="${SERVER_HEADER - 2}" width="${chipWidth}" height="22" rx="4" fill="none" ` +
      `stroke="${SURFACE.serverBorder}" stroke-dasharray="3 3"/>` +
      `<text x="${num(width / 2)}" y="${SERVER_HEADER + 13}" class="t-note" text-anchor="middle">${note}</text>`;
  }

  return (
    itemGroup(legacy ? 'server legacy' : 'server', server.id, box.absX, box.absY) +
    tooltip([server.name, fullDescription(server), nodeState, ...(summary?.messages ?? [])]) +
    `<rect width="${width}" height="${num(height)}" rx="6" fill="${legacy ? SURFACE.legacy : SURFACE.server}" ` +
    `stroke="${outlineColor(summary, border)}" stroke-width="${outlineWidth(summary, 1)}"/>` +
    useIcon(legacy ? 'legacy' : 'server', 8, 9, 16, SURFACE.muted) +
    `<text x="${NAME_X}" y="21" class="t-name">${escapeXml(name)}</text>` +
    `<text x="${NAME_X}" y="36" class="t-sub">${escapeXml(detail)}</text>` +
    tag.svg +
    body +
    findingBadge(summary, width) +
    '</g>'
  );
}
