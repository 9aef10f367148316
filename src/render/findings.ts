// Findings on the drawing: the worst severity gives an item its outline, and a badge on the
// item's top-right corner shows the count with the worst severity's icon (not color alone).
import type { Finding, Severity } from '../rules/types.ts';
import { SEVERITY_COLOR } from '../theme/tokens.ts';
import { escapeXml } from './escape.ts';
import { num, textWidth } from './text.ts';

export interface FindingSummary {
  count: number;
  /** How many of each severity: the badge shows each (an item can have an error and two notes). */
  counts: Record<Severity, number>;
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
      if (!s) {
        const counts = { error: 0, warning: 0, info: 0 };
        counts[f.severity] = 1;
        out.set(subject, { count: 1, counts, worst: f.severity, messages: [f.message] });
      } else {
        s.count++;
        s.counts[f.severity]++;
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

/**
 * A pill on the item's top-right corner with a count per severity, each after its icon, outlined
 * in the worst severity's color.
 */
export function findingBadge(summary: FindingSummary | undefined, width: number): string {
  if (!summary) return '';
  const parts = (['error', 'warning', 'info'] as const).filter((s) => summary.counts[s] > 0);
  const widths = parts.map((s) => 16 + textWidth(String(summary.counts[s]), 11.5, true));
  const w = 10 + widths.reduce((a, b) => a + b, 0) + 6 * (parts.length - 1);
  const x = width - w + 10;
  const tooltip = summary.messages.slice(0, 10).join('\n');
  let at = 5;
  let segments = '';
  parts.forEach((s, i) => {
    segments +=
      `<g class="badge-count" data-severity="${s}" data-count="${summary.counts[s]}">` +
      `<use href="#icon-${s}" x="${num(at)}" y="4" width="12" height="12" color="${SEVERITY_COLOR[s]}"/>` +
      `<text x="${num(at + 14)}" y="14" class="t-badge" fill="${SEVERITY_COLOR[s]}">${summary.counts[s]}</text></g>`;
    at += widths[i]! + 6;
  });
  return (
    `<g class="finding-badge" data-severity="${summary.worst}" transform="translate(${num(x)},-10)">` +
    `<title>${escapeXml(tooltip)}</title>` +
    `<rect width="${num(w)}" height="20" rx="10" fill="#ffffff" stroke="${SEVERITY_COLOR[summary.worst]}" stroke-width="1.5"/>` +
    segments +
    '</g>'
  );
}
