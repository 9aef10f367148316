// Each plan item as the boxes and texts the SVG draws for it (site.ts, cluster.ts, server.ts and
// infrastructure.ts): same sizes, colors, chips and tags, with full names instead of shortened ones
// because the receiving program wraps text itself and the names must stay editable.
import { INFRA_LABEL, ROLE_ABBREVIATION, ROLE_LABEL, SITE_KIND_LABEL } from '../../model/labels.ts';
import type { Cluster, Infrastructure, Plan, Server, Site } from '../../model/schema.ts';
import {
  ROLE_CHIP_GAP,
  ROLE_CHIP_HEIGHT,
  SERVER_HEADER,
  SERVER_PADDING,
  type Box,
} from '../../theme/geometry.ts';
import { INFRA_COLOR, ROLE_STYLE, SURFACE } from '../../theme/tokens.ts';
import { infraCaption } from '../../model/labels.ts';
import { detailLine } from '../server.ts';
import { fitText, textWidth } from '../text.ts';
import { standbyCaption } from '../cluster.ts';
import { clusterData, infrastructureData, serverData, siteData } from './data.ts';
import type { SceneItem, ScenePart, TextRun } from './types.ts';

const run = (text: string, size: number, color: string, style: Partial<TextRun> = {}): TextRun => ({
  text,
  size,
  color,
  ...style,
});

/** Width of a small uppercase pill (a tag or a badge), as the SVG measures it (letter-spacing 0.04em). */
const pillWidth = (label: string, pad: number) => pad + textWidth(label, 9, true) + label.length * 0.36;

/** The item's outline: parts[0], the size of its box. */
const frame = (box: Box, style: Omit<ScenePart, 'name' | 'x' | 'y' | 'width' | 'height'>): ScenePart => ({
  name: 'frame',
  x: 0,
  y: 0,
  width: box.width,
  height: box.height,
  ...style,
});

function item(kind: SceneItem['kind'], id: string, name: string, box: Box, parts: ScenePart[], data: SceneItem['data']): SceneItem {
  const container = kind === 'site' || kind === 'perimeter' || kind === 'cluster';
  return { id, kind, name, parent: box.parent, container, x: box.absX, y: box.absY, width: box.width, height: box.height, parts, data };
}

export function siteItem(site: Site, box: Box, plan: Plan): SceneItem {
  const perimeter = site.kind === 'perimeter';
  const { width } = box;
  const tabWidth = Math.min(width, 40 + textWidth(site.name, 13, true));
  const kindLabel = SITE_KIND_LABEL[site.kind];
  const kindRoom = width - tabWidth - 24;
  const parts: ScenePart[] = [
    frame(box, {
      radius: 8,
      fill: perimeter ? SURFACE.perimeter : SURFACE.site,
      stroke: perimeter ? SURFACE.perimeterBorder : SURFACE.siteBorder,
      strokeWidth: 1.5,
    }),
    {
      name: 'tab',
      x: 0.75,
      y: 0.75,
      width: tabWidth - 0.75,
      height: 27.25,
      radius: 8,
      tabCorner: true,
      fill: perimeter ? SURFACE.perimeterTab : SURFACE.siteTab,
      text: [[run(site.name, 13, SURFACE.ink, { bold: true })]],
      padX: 29,
      valign: 'middle',
    },
    { name: 'icon', x: 10, y: 7, width: 14, height: 14, icon: { name: perimeter ? 'perimeter' : 'site', color: SURFACE.muted } },
  ];
  if (site.name.trim().toLowerCase() !== kindLabel.toLowerCase() && kindRoom > 60)
    parts.push({
      name: 'kind',
      x: tabWidth + 12,
      y: 0,
      width: width - tabWidth - 24,
      height: 28,
      text: [[run(fitText(kindLabel, kindRoom, 11), 10.5, SURFACE.muted)]],
      align: 'right',
      valign: 'middle',
    });
  return item(perimeter ? 'perimeter' : 'site', site.id, site.name, box, parts, siteData(site, plan));
}

export function clusterItem(cluster: Cluster, box: Box, plan: Plan): SceneItem {
  const { width } = box;
  const badgeWidth = pillWidth(cluster.type, 10);
  const nameX = 32 + badgeWidth + 8;
  // A standby cluster: dotted frame, greyer ground, "Standby: CMS02, SCR target" (as cluster.ts draws it).
  const standby = cluster.standby === true;
  const title = standby ? standbyCaption(cluster) : cluster.name;
  const border = standby ? SURFACE.clusterStandbyBorder : SURFACE.clusterBorder;
  const witnessName = plan.servers.find((s) => s.id === cluster.witness)?.name;
  const witnessRoom = width - nameX - textWidth(title, 13, true) * 1.1 - 24;
  const parts: ScenePart[] = [
    frame(box, {
      radius: 8,
      fill: standby ? SURFACE.clusterStandby : SURFACE.cluster,
      stroke: border,
      strokeWidth: standby ? 2 : 1.5,
      dash: standby ? '2 4' : '6 4',
    }),
    { name: 'icon', x: 10, y: 12, width: 16, height: 16, icon: { name: 'cluster', color: border } },
    {
      name: 'badge',
      x: 32,
      y: 12,
      width: badgeWidth,
      height: 17,
      radius: 3,
      fill: border,
      text: [[run(cluster.type, 9, '#ffffff', { bold: true })]],
      align: 'center',
      valign: 'middle',
    },
    {
      name: 'title',
      x: nameX,
      y: 8,
      width: width - nameX - 12,
      height: 25,
      text: [[run(title, 13, SURFACE.ink, { bold: true })]],
      valign: 'middle',
    },
  ];
  if (witnessName && witnessRoom >= 60)
    parts.push({
      name: 'witness',
      x: width - 12 - witnessRoom,
      y: 8,
      width: witnessRoom,
      height: 25,
      text: [[run(fitText(`witness ${witnessName}`, witnessRoom, 10.5), 10.5, SURFACE.muted)]],
      align: 'right',
      valign: 'middle',
    });
  return item('cluster', cluster.id, cluster.name, box, parts, clusterData(cluster, plan));
}

/** ACTIVE / PASSIVE for a cluster node, EXISTING for an earlier Exchange server (as server.ts tags them). */
function statusTag(server: Server, width: number, activeNode: Map<string, string>): ScenePart | undefined {
  const legacy = server.product !== 'exchange2007';
  const clustered = server.cluster !== undefined && activeNode.has(server.cluster);
  if (!legacy && !clustered) return undefined;
  const active = clustered && activeNode.get(server.cluster!) === server.id;
  const label = legacy ? 'EXISTING' : active ? 'ACTIVE' : 'PASSIVE';
  const color = legacy ? SURFACE.legacyBorder : SURFACE.clusterBorder;
  const w = pillWidth(label, 12);
  return {
    name: 'status',
    x: width - 8 - w,
    y: 9,
    width: w,
    height: 15,
    radius: 7.5,
    fill: active ? color : '#ffffff',
    stroke: color,
    strokeWidth: 1,
    text: [[run(label, 9, active ? '#ffffff' : color, { bold: true })]],
    align: 'center',
    valign: 'middle',
  };
}

export function serverItem(server: Server, box: Box, plan: Plan, activeNode: Map<string, string>): SceneItem {
  const legacy = server.product !== 'exchange2007';
  const { width } = box;
  const tag = statusTag(server, width, activeNode);
  const parts: ScenePart[] = [
    frame(box, {
      radius: 6,
      fill: legacy ? SURFACE.legacy : SURFACE.server,
      stroke: legacy ? SURFACE.legacyBorder : SURFACE.serverBorder,
      strokeWidth: 1,
      text: [[run(server.name, 13, SURFACE.ink, { bold: true })], [run(detailLine(server), 11, SURFACE.muted)]],
      padX: 30,
      padTop: 8,
      valign: 'top',
    }),
    { name: 'icon', x: 8, y: 9, width: 16, height: 16, icon: { name: legacy ? 'legacy' : 'server', color: SURFACE.muted } },
  ];
  if (tag) parts.push(tag);
  const chipWidth = width - 2 * SERVER_PADDING;
  server.roles.forEach((role, i) => {
    const style = ROLE_STYLE[role];
    const y = SERVER_HEADER + i * (ROLE_CHIP_HEIGHT + ROLE_CHIP_GAP);
    const h = ROLE_CHIP_HEIGHT;
    parts.push(
      {
        name: `role ${role}`,
        x: SERVER_PADDING,
        y,
        width: chipWidth,
        height: h,
        radius: 4,
        fill: style.tint,
        text: [[run(ROLE_ABBREVIATION[role], 11, style.ink, { bold: true }), run(`  ${ROLE_LABEL[role]}`, 11, style.ink)]],
        padX: h + 8,
        valign: 'middle',
      },
      { name: `swatch ${role}`, x: SERVER_PADDING, y, width: h, height: h, radius: 4, fill: style.color },
      { name: `icon ${role}`, x: SERVER_PADDING + 5, y: y + 5, width: 14, height: 14, icon: { name: role, color: '#ffffff' } },
    );
  });
  if (server.roles.length === 0)
    parts.push({
      name: 'note',
      x: SERVER_PADDING,
      y: SERVER_HEADER - 2,
      width: chipWidth,
      height: 22,
      radius: 4,
      stroke: SURFACE.serverBorder,
      strokeWidth: 1,
      dash: '3 3',
      text: [[run(legacy ? 'Existing server, kept as is' : 'No roles yet', 11, SURFACE.muted, { italic: true })]],
      align: 'center',
      valign: 'middle',
    });
  return item('server', server.id, server.name, box, parts, serverData(server, plan));
}

export function infrastructureItem(infra: Infrastructure, box: Box, plan: Plan): SceneItem {
  const { width } = box;
  // The caption says what the item is, unless its name already does ("Outer firewall").
  const kind = infraCaption(infra) ?? '';
  const showKind = textWidth(infra.name, 12, true) <= width - 12 && kind !== '';
  const text = [[run(infra.name, 12, SURFACE.ink, { bold: true })]];
  if (showKind) text.push([run(fitText(kind, width - 12, 10.5), 10.5, SURFACE.muted)]);
  const parts: ScenePart[] = [
    frame(box, {
      radius: 6,
      fill: '#ffffff',
      fillOpacity: 0.55,
      stroke: '#cfd6dd',
      strokeWidth: 1,
      text,
      align: 'center',
      valign: 'top',
      padX: 6,
      padTop: 33,
    }),
    { name: 'icon', x: width / 2 - 12, y: 7, width: 24, height: 24, icon: { name: infra.kind, color: INFRA_COLOR[infra.kind] } },
  ];
  return item('infrastructure', infra.id, infra.name, box, parts, infrastructureData(infra, plan, INFRA_LABEL[infra.kind]));
}
