// The human-readable findings report of `validate`: findings grouped under a heading per
// severity, each with its rule id, the names (not ids) of the items it is about, and its message,
// then the counts. Plain text with no colour, so it reads the same in a terminal, a CI log or a file.
import { LINK_LABEL } from '../model/labels.ts';
import type { Plan } from '../model/schema.ts';
import type { Finding, Severity } from '../rules/types.ts';
import { countBySeverity } from '../rules/validate.ts';
import { nameOf } from '../rules/words.ts';

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Display names of every id in the plan; a link reads as "Edge subscription EDGE01 -> Head office". */
export function itemNames(plan: Plan): Map<string, string> {
  const names = new Map<string, string>();
  for (const list of [plan.sites, plan.servers, plan.clusters, plan.infrastructure])
    for (const item of list) names.set(item.id, item.name);
  for (const link of plan.links)
    names.set(
      link.id,
      `${LINK_LABEL[link.kind]} ${names.get(link.from) ?? link.from} -> ${names.get(link.to) ?? link.to}`,
    );
  return names;
}

/** "2 errors, 1 warning, 3 info" (a rule's summary finding counts as the findings it stands for) */
export function countLine(findings: readonly Finding[]): string {
  const { error: errors, warning: warnings, info } = countBySeverity(findings);
  return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${info} info`;
}

/** Items named on a finding's line; a group of thousands (a summary, a name shared by many) is cut short. */
const SUBJECTS_SHOWN = 10;

function subjectLine(f: Finding, names: ReadonlyMap<string, string>): string {
  const shown = f.subjects.slice(0, SUBJECTS_SHOWN).map((id) => nameOf(names.get(id) ?? id));
  const rest = f.subjects.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest.toLocaleString('en-US')} more` : shown.join(', ');
}

export function formatReport(plan: Plan, findings: readonly Finding[], fileName: string): string {
  const names = itemNames(plan);
  const counts = countBySeverity(findings);
  const lines = [`${plan.name} (${fileName})`];
  if (findings.length === 0) lines.push('', 'No findings: the plan follows every rule.');
  for (const severity of ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${HEADINGS[severity]} (${counts[severity].toLocaleString('en-US')})`);
    for (const f of group) {
      const subjects = subjectLine(f, names);
      lines.push(`  ${f.rule}${subjects ? `: ${subjects}` : ''}`, `    ${f.message}`);
    }
  }
  lines.push('', countLine(findings));
  return lines.join('\n') + '\n';
}

/** Exactly the Findings section of rules.md: the four fields, nothing the engine may add. */
export function findingsJson(findings: readonly Finding[]): string {
  const clean = findings.map(({ rule, severity, subjects, message }) => ({
    rule,
    severity,
    subjects,
    message,
  }));
  return JSON.stringify({ findings: clean }, null, 2) + '\n';
}
