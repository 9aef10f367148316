// The rule engine's public face: validate a plan, look rules up, and offer quick fixes.
export { RULES, FAMILIES, ruleById } from './catalog.ts';
export { validate, countBySeverity, compareFindings } from './validate.ts';
export { createValidator } from './incremental.ts';
export { quickFixes } from './fixes.ts';
export { indexPlan, type PlanIndex } from './planIndex.ts';
export type { Finding, QuickFix, RuleMeta, Severity } from './types.ts';
