// The title block across the top: plan name, organization, service pack, size and date on the
// left, finding counts (icon + number + word) on the right, then a legend of roles and link styles.
import type { Plan } from '../model/schema.ts';
import type { Finding, Severity } from '../rules/types.ts';
import { ROLE_STYLE, SEVERITY_COLOR, SURFACE } from '../theme/tokens.ts';
import { useIcon } from './context.ts';
import { escapeXml } from './escape.ts';
import { countBySeverity, SEVERITY_WORD } from './findings.ts';
import { legendItems } from './legend.ts';
import { fitText, num, textWidth } from './text.ts';

const PAD = 24;
const LEGEND_ROW = 24;

export interface TitleBlockOptions {
  findings: readonly Finding[] | undefined;
  date: string | undefined;
}

function countsSvg(findings: readonly Finding[] | undefined, right: number): { svg: string; width: number } {
  if (findings === undefined) return { svg: '', width: 0 };
  if (findings.length === 0) {
    const text = 'No findings';
    const x = right - textWidth(text, 12);
    return { svg: `<text x="${num(x)}" y="34" class="t-meta">${text}</text>`, width: right - x };
  }
  const counts = countBySeverity(findings);
  let x = right;
  let svg = '';
  for (const severity of ['info', 'warning', 'error'] as Severity[]) {
    const n = counts[severity];
    const text = `${n} ${SEVERITY_WORD[severity][n === 1 ? 0 : 1]}`;
    x -= textWidth(text, 12, true);
    svg += `<g class="count" data-severity="${severity}" data-count="${n}">${useIcon(severity, x - 20, 22, 16, n > 0 ? SEVERITY_COLOR[severity] : SURFACE.muted)}`;
    svg += `<text x="${num(x)}" y="34" class="t-count"${n > 0 ? '' : ` fill="${SURFACE.muted}"`}>${text}</text></g>`;
    x -= 20 + 16;
  }
  return { svg, width: right - x };
}

export function metaLine(plan: Plan, date: string | undefined): string {
  const sites = plan.sites.length;
  const servers = plan.servers.length;
  return [
    plan.organizationName,
    `Exchange Server 2007 ${plan.exchange.servicePack}`,
    `${servers} server${servers === 1 ? '' : 's'} in ${sites} site${sites === 1 ? '' : 's'}`,
    date,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' · ');
}

/** Legend entries as [width, svg-at-origin]: every role, then the link kinds the plan uses. */
function legendEntries(plan: Plan): Array<[number, string]> {
  return legendItems(plan).map((item) => {
    if (item.kind === 'role') {
      const svg =
        `<g class="legend-role" data-role="${item.role}"><rect width="16" height="16" rx="3" fill="${ROLE_STYLE[item.role].color}"/>` +
        useIcon(item.role, 2, 2, 12, '#ffffff') +
        `<text x="22" y="12" class="t-legend" xml:space="preserve">${item.text}</text></g>`;
      return [item.width, svg];
    }
    const s = item.line;
    const svg =
      `<g class="legend-link" data-kind="${item.kind}"><path d="M0 8H24" stroke="${s.color}" stroke-width="${s.width}"` +
      (s.dash ? ` stroke-dasharray="${s.dash}"` : '') +
      (s.arrow ? ` marker-end="url(#arrow-${item.kind})"` : '') +
      (item.kind === 'witness' ? ' stroke-linecap="round"' : '') +
      `/><text x="32" y="12" class="t-legend">${item.text}</text></g>`;
    return [item.width, svg];
  });
}

/** The title block for a document `width` wide; returns its markup and height. */
export function titleBlockSvg(
  plan: Plan,
  width: number,
  options: TitleBlockOptions,
): { svg: string; height: number } {
  const right = width - PAD;
  const counts = countsSvg(options.findings, right);
  // A long name steps down to 16 px before it is shortened (a page is narrower than a drawing).
  const room = right - PAD - counts.width - 24;
  const nameSize = [20, 18, 16].find((size) => textWidth(plan.name, size, true) <= room) ?? 16;
  const name = fitText(plan.name, room, nameSize, true);
  const meta = fitText(metaLine(plan, options.date), right - PAD, 12);

  let legend = '';
  let x = PAD;
  let y = 68;
  for (const [w, svg] of legendEntries(plan)) {
    if (x + w > right && x > PAD) {
      x = PAD;
      y += LEGEND_ROW;
    }
    legend += `<g transform="translate(${num(x)},${y})">${svg}</g>`;
    x += w + 20;
  }
  const height = y + LEGEND_ROW + 12;
  const svg =
    `<g class="title-block">` +
    `<rect width="${num(width)}" height="${height}" fill="#ffffff"/>` +
    `<text x="${PAD}" y="36" class="t-title"${nameSize === 20 ? '' : ` style="font-size:${nameSize}px"`}>${escapeXml(name)}</text>` +
    `<text x="${PAD}" y="56" class="t-meta">${escapeXml(meta)}</text>` +
    counts.svg +
    legend +
    `<path d="M0 ${height - 0.5}H${num(width)}" stroke="#d5dbe1"/>` +
    '</g>';
  return { svg, height };
}
