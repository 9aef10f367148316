// The rule engine's public face: validate a plan (whole, or edit by edit) and look rules up. Quick
// fixes are fixes.ts, imported on their own (the app loads them after its first paint).
export { RULES, FAMILIES, ruleById } from './catalog.ts';
export { validate, countBySeverity, compareFindings } from './validate.ts';
export { createValidator } from './incremental.ts';
export { indexPlan, type PlanIndex } from './planIndex.ts';
export type { Finding, QuickFix, RuleMeta, Severity } from './types.ts';
