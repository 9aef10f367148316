// "Print / save as PDF": the diagram and the findings list on landscape A4 or Letter pages.
import type { Plan } from '../../model/index.ts';
import { findingsOf } from '../../store/findings.ts';
import { ruleById } from '../../rules/index.ts';
import { today } from './download.ts';
import { printDocument } from '../printDocument.ts';

export type PaperSize = 'A4' | 'Letter';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function printPlan(plan: Plan, paper: PaperSize) {
  const [{ renderSvg }, { browserFontCss }] = await Promise.all([import('../../render/svg.ts'), import('../../render/fontBrowser.ts')]);
  const { all } = findingsOf(plan);
  const svg = renderSvg(plan, { findings: all, date: today(), fontCss: browserFontCss, embedPlan: false });
  const root = document.createElement('div');
  const items = all
    .map((f) => `<li class="sev-${f.severity}"><strong>${f.severity.toUpperCase()} · ${escapeHtml(ruleById(f.rule)?.title ?? f.rule)}</strong><br>${escapeHtml(f.message)}</li>`)
    .join('');
  root.innerHTML = `<section class="print-diagram">${svg}</section><section class="print-findings"><h2>Findings (${all.length})</h2>${all.length ? `<ol>${items}</ol>` : '<p>No findings: the plan follows every rule checked.</p>'}</section>`;
  printDocument(root, `@page { size: ${paper} landscape; margin: 12mm; }`);
}
