// How a family module declares a rule: its catalog entry and its check side by side, so adding a
// rule is one call in one file (plus its tests). The catalog collects them in rules.md order.
import type { PlanIndex } from './planIndex.ts';
import { sourceNames } from './sources.ts';
import type { Finding, RuleMeta, Severity } from './types.ts';

/** Builds one finding of the rule being checked (its id and severity filled in). */
export type Found = (subjects: string[], message: string) => Finding;

/** A rule's test: pure, over the plan index built once per validation. */
export type Check = (index: PlanIndex) => Finding[];

export interface RuleDefinition {
  meta: RuleMeta;
  check: Check;
}

export interface RuleSpec {
  id: string;
  severity: Severity;
  title: string;
  why: string;
  /** The spec's source column, abbreviations as rules.md writes them ("DEPLOY", "MODIFY"). */
  sources: readonly string[];
  fix: string;
}

/** Rules of one rules.md family; `rule(spec, check)` gives each its catalog entry. */
export function family(name: string) {
  return function rule(spec: RuleSpec, check: (index: PlanIndex, found: Found) => Finding[]): RuleDefinition {
    const { sources, ...rest } = spec;
    const meta: RuleMeta = { ...rest, source: sourceNames(sources), family: name };
    const found: Found = (subjects, message) => ({
      rule: meta.id,
      severity: meta.severity,
      subjects,
      message,
    });
    return { meta, check: (index) => check(index, found) };
  };
}
