// The title area of a Visio or draw.io page, laid out like the SVG's title block: the plan name,
// the meta line (organization, service pack, counts, date) and the legend flowing in rows.
import type { Plan } from '../../model/schema.ts';
import { ROLE_STYLE, SURFACE } from '../../theme/tokens.ts';
import { legendItems, type LegendItem } from '../legend.ts';
import { metaLine } from '../titleBlock.ts';
import type { ScenePart } from './types.ts';

const PAD = 24;
const LEGEND_TOP = 68;
const LEGEND_ROW = 24;

function legendParts(item: LegendItem, x: number, y: number): ScenePart[] {
  const label = (dx: number): ScenePart => ({
    name: 'legend text',
    x: x + dx,
    y,
    width: item.width - dx + 4,
    height: 16,
    text: [[{ text: item.text, size: 11, color: SURFACE.ink }]],
    padX: 0,
    valign: 'middle',
  });
  if (item.kind === 'role')
    return [
      { name: `legend ${item.role}`, x, y, width: 16, height: 16, radius: 3, fill: ROLE_STYLE[item.role].color },
      { name: 'legend icon', x: x + 2, y: y + 2, width: 12, height: 12, icon: { name: item.role, color: '#ffffff' } },
      label(22),
    ];
  const line = item.line;
  return [
    {
      name: `legend ${item.kind}`,
      x,
      y,
      width: 24,
      height: 16,
      stroke: line.color,
      strokeWidth: line.width,
      dash: line.dash,
      path: { points: [{ x: 0, y: 8 }, { x: 24, y: 8 }], arrow: line.arrow, round: item.kind === 'witness' },
    },
    label(32),
  ];
}

/** The title's parts for a page `width` wide, and the height they take. */
export function titleParts(plan: Plan, width: number, date: string | undefined): { parts: ScenePart[]; height: number } {
  const parts: ScenePart[] = [
    {
      name: 'title',
      x: PAD,
      y: 14,
      width: width - 2 * PAD,
      height: 48,
      text: [[{ text: plan.name, size: 20, color: SURFACE.ink, bold: true }], [{ text: metaLine(plan, date), size: 12, color: SURFACE.muted }]],
      padX: 0,
      valign: 'top',
    },
  ];
  let x = PAD;
  let y = LEGEND_TOP;
  for (const item of legendItems(plan)) {
    if (x + item.width > width - PAD && x > PAD) {
      x = PAD;
      y += LEGEND_ROW;
    }
    parts.push(...legendParts(item, x, y));
    x += item.width + 20;
  }
  return { parts, height: y + LEGEND_ROW + 12 };
}
