// Findings on the drawing: the worst severity gives an item its outline, and a badge on the
// item's top-right corner shows the count with the worst severity's icon (not color alone).
import type { Finding, Severity } from '../rules/types.ts';
import { SEVERITY_COLOR } from '../theme/tokens.ts';
import { escapeXml } from './escape.ts';
import { num, textWidth } from './text.ts';

export interface FindingSummary {
  count: number;
  worst: Severity;
  messages: string[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const SEVERITY_WORD: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
};

/** Per subject id: how many findings name it and the worst of them. */
export function summarizeFindings(findings: readonly Finding[]): Map<string, FindingSummary> {
  const out = new Map<string, FindingSummary>();
  for (const f of findings) {
    for (const subject of new Set(f.subjects)) {
      const s = out.get(subject);
      if (!s) out.set(subject, { count: 1, worst: f.severity, messages: [f.message] });
      else {
        s.count++;
        if (RANK[f.severity] > RANK[s.worst]) s.worst = f.severity;
        s.messages.push(f.message);
      }
    }
  }
  return out;
}

export { countBySeverity } from '../rules/validate.ts';

/** The outline color of an item: its worst finding's color, or its normal border. */
export function outlineColor(summary: FindingSummary | undefined, normal: string): string {
  return summary ? SEVERITY_COLOR[summary.worst] : normal;
}

export function outlineWidth(summary: FindingSummary | undefined, normal: number): number {
  return summary ? Math.max(2, normal) : normal;
}

/** A pill with the worst severity's icon and the count, centred on the item's top-right corner. */
export function findingBadge(summary: FindingSummary | undefined, width: number): string {
  if (!summary) return '';
  const label = String(summary.count);
  const w = 24 + textWidth(label, 11, true);
  const x = width - w + 8;
  const tooltip = summary.messages.slice(0, 10).join('\n');
  return (
    `<g class="finding-badge" data-severity="${summary.worst}" transform="translate(${num(x)},-9)">` +
    `<title>${escapeXml(tooltip)}</title>` +
    `<rect width="${num(w)}" height="18" rx="9" fill="${SEVERITY_COLOR[summary.worst]}" stroke="#ffffff" stroke-width="1.5"/>` +
    `<use href="#icon-${summary.worst}" x="4" y="2" width="14" height="14" color="#ffffff"/>` +
    `<text x="20" y="13" class="t-badge">${label}</text></g>`
  );
}
