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

/** Findings of one rule listed one by one; the rest become one summary finding. */
export const MAX_FINDINGS_PER_RULE = 100;

/** "And 5,990 more server-unplaced findings ...": the findings past the cap, as one. */
function summary(rest: readonly Finding[]): Finding {
  const subjects = [...new Set(rest.flatMap((f) => f.subjects))];
  const { rule, severity } = rest[0]!;
  return {
    rule,
    severity,
    subjects,
    message: `And ${rest.length.toLocaleString('en-US')} more ${rule} findings, not listed one by one: their items are this finding's subjects.`,
    more: rest.length,
  };
}

/** Sorted findings with each rule's run cut at the cap, so no plan yields an unreadable list. */
function capPerRule(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.rule === sorted[start]!.rule) end++;
    if (end - start <= MAX_FINDINGS_PER_RULE) for (let i = start; i < end; i++) out.push(sorted[i]!);
    else {
      for (let i = start; i < start + MAX_FINDINGS_PER_RULE; i++) out.push(sorted[i]!);
      out.push(summary(sorted.slice(start + MAX_FINDINGS_PER_RULE, end)));
    }
    start = end;
  }
  return out;
}

/** One rule's findings as validate() lists them: sorted by subjects, cut at the cap (sorts in place). */
export function ruleFindings(findings: Finding[]): Finding[] {
  return capPerRule(findings.sort(compareFindings));
}

/**
 * Every finding of the plan, sorted; past MAX_FINDINGS_PER_RULE of one rule, a summary finding
 * (with `more`) ends that rule's run. Pure: the same plan always gives the same list. A plan that
 * skipped parsePlan is read with plan-format.md's defaults for what it leaves out.
 */
export function validate(plan: Plan | PlanInput): Finding[] {
  const index = indexPlan(withDefaults(plan));
  const findings: Finding[] = [];
  for (const rule of RULE_DEFINITIONS) for (const finding of rule.check(index)) findings.push(finding);
  return capPerRule(findings.sort(compareFindings));
}

/** How many findings of each severity, a summary counting as the findings it stands for. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += finding.more ?? 1;
  return counts;
}
