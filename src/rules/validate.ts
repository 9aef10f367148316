// validate(plan): index the plan once, run every rule over the index, sort as rules.md asks
// (errors, warnings, info; then rule id; then subjects).
import { withDefaults } from '../model/defaults.ts';
import type { Plan, PlanInput } from '../model/schema.ts';
import { RULE_DEFINITIONS } from './catalog.ts';
import { indexPlan } from './planIndex.ts';
import type { Finding, Severity } from './types.ts';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// Plain code-unit order, not localeCompare: locale collation ignores hyphens, and the order must
// be the same in every browser, in Node and in the CLI's JSON.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (bySeverity !== 0) return bySeverity;
  const byRule = compareText(a.rule, b.rule);
  if (byRule !== 0) return byRule;
  const shared = Math.min(a.subjects.length, b.subjects.length);
  for (let i = 0; i < shared; i++) {
    const bySubject = compareText(a.subjects[i]!, b.subjects[i]!);
    if (bySubject !== 0) return bySubject;
  }
  return a.subjects.length - b.subjects.length;
}

/**
 * Every finding of the plan, sorted. Pure: the same plan always gives the same list. A plan that
 * skipped parsePlan is read with plan-format.md's defaults for what it leaves out.
 */
export function validate(plan: Plan | PlanInput): Finding[] {
  const index = indexPlan(withDefaults(plan));
  const findings: Finding[] = [];
  for (const rule of RULE_DEFINITIONS) for (const finding of rule.check(index)) findings.push(finding);
  return findings.sort(compareFindings);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
