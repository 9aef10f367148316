// A clustered mailbox server: a dashed box around its nodes, titled with the CMS name and a CCR or
// SCC badge. The nodes themselves are server cards (marked active/passive by server.ts). A standby
// cluster has a dotted frame on a greyer ground and says so: "Standby: CMS02, SCR target".
import type { Cluster } from '../model/schema.ts';
import type { Box } from '../theme/geometry.ts';
import { SURFACE } from '../theme/tokens.ts';
import { itemGroup, tooltip, useIcon, type RenderContext } from './context.ts';
import { escapeXml } from './escape.ts';
import { findingBadge, outlineColor, outlineWidth } from './findings.ts';
import { fitText, num, textWidth } from './text.ts';

const TYPE_LABEL = { CCR: 'cluster continuous replication', SCC: 'single copy cluster' } as const;

/** The title of a standby cluster: what it is and what it is for. */
export const standbyCaption = (cluster: Cluster) => `Standby: ${cluster.name}, SCR target`;

export function clusterSvg(cluster: Cluster, box: Box, ctx: RenderContext): string {
  const summary = ctx.findings.get(cluster.id);
  const { width, height } = box;
  // The badge goes before the name, at a fixed place, so a viewer's fallback font cannot push them together.
  const badgeWidth = 10 + textWidth(cluster.type, 9, true) + cluster.type.length * 0.36;
  const nameX = 32 + badgeWidth + 8;
  const standby = cluster.standby === true;
  const name = fitText(standby ? standbyCaption(cluster) : cluster.name, width - nameX - 16, 13, true);
  const nodes = ctx.plan.servers.filter((s) => s.cluster === cluster.id).length;
  // The witness named in the title too, as the dotted line alone can be hard to follow.
  const witnessName = ctx.plan.servers.find((s) => s.id === cluster.witness)?.name;
  const border = standby ? SURFACE.clusterStandbyBorder : SURFACE.clusterBorder;
  const witnessRoom = width - nameX - textWidth(name, 13, true) * 1.1 - 24;
  const witness =
    witnessName && witnessRoom >= 60 ? fitText(`witness ${witnessName}`, witnessRoom, 10.5) : '';

  return (
    itemGroup('cluster', cluster.id, box.absX, box.absY) +
    tooltip([
      standby
        ? `${cluster.name}: standby cluster (${cluster.type}), an SCR target; its clustered mailbox server is created by /RecoverCMS after a site loss`
        : `${cluster.name}: clustered mailbox server (${cluster.type}, ${TYPE_LABEL[cluster.type]})`,
      `${nodes} node${nodes === 1 ? '' : 's'}${cluster.ipAddress ? `, ${cluster.ipAddress}` : ''}`,
      ...(summary?.messages ?? []),
    ]) +
    `<rect width="${num(width)}" height="${num(height)}" rx="8" fill="${standby ? SURFACE.clusterStandby : SURFACE.cluster}" ` +
    `stroke="${outlineColor(summary, border)}" stroke-width="${outlineWidth(summary, standby ? 2 : 1.5)}" stroke-dasharray="${standby ? '2 4' : '6 4'}"${standby ? ' stroke-linecap="round"' : ''}/>` +
    useIcon('cluster', 10, 12, 16, border) +
    `<g class="cluster-type" transform="translate(32,12)">` +
    `<rect width="${num(badgeWidth)}" height="17" rx="3" fill="${border}"/>` +
    `<text x="${num(badgeWidth / 2)}" y="12.5" class="t-tag" text-anchor="middle" fill="#ffffff">${cluster.type}</text></g>` +
    `<text x="${num(nameX)}" y="25" class="t-name">${escapeXml(name)}</text>` +
    (witness
      ? `<text x="${num(width - 12)}" y="25" class="t-kind" text-anchor="end">${escapeXml(witness)}</text>`
      : '') +
    findingBadge(summary, width) +
    '</g>'
  );
}
