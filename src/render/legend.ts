// What the legend explains, for every format: each role (swatch, abbreviation and name), then the
// link kinds the plan uses and the file share witness, each with its line. The SVG title block and
// the Visio and draw.io title areas lay these out alike.
import { LINK_LABEL, ROLE_ABBREVIATION, ROLE_LABEL } from '../model/labels.ts';
import { ROLES, type LinkKind, type Plan, type Role } from '../model/schema.ts';
import { LINK_STYLE, SURFACE, type LinkStyle } from '../theme/tokens.ts';
import { textWidth } from './text.ts';

/** The dotted line from a CCR cluster to its file share witness. */
export const WITNESS_LINE: LinkStyle = { color: SURFACE.clusterBorder, dash: '1 3', width: 1.5, arrow: false };

export type LegendItem =
  | { kind: 'role'; role: Role; text: string; width: number }
  | { kind: LinkKind | 'witness'; line: LinkStyle; text: string; width: number };

export function legendItems(plan: Plan): LegendItem[] {
  const items: LegendItem[] = ROLES.map((role) => {
    const text = `${ROLE_ABBREVIATION[role]}  ${ROLE_LABEL[role]}`;
    return { kind: 'role', role, text, width: 22 + textWidth(text, 11) };
  });
  const used = new Set<LinkKind>(plan.links.map((l) => l.kind));
  for (const kind of Object.keys(LINK_STYLE) as LinkKind[])
    if (used.has(kind)) items.push({ kind, line: LINK_STYLE[kind], text: LINK_LABEL[kind], width: 34 + textWidth(LINK_LABEL[kind], 11) });
  if (plan.clusters.some((c) => c.witness !== undefined))
    items.push({ kind: 'witness', line: WITNESS_LINE, text: 'File share witness', width: 34 + textWidth('File share witness', 11) });
  return items;
}
