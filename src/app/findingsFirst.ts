// The findings of a small share link's plan, worked out by the early script (linkFirst.ts) beside its
// routes (routesFirst.ts), while the app's scripts are still arriving: opening the link hands them
// to the findings store for that very plan object (linkAtStart.ts, store/findings.ts seedFindings),
// so the first render does not validate it. A fresh validator's first answer is the plain one.
import type { Plan } from '../model/schema.ts';
import { createValidator } from '../rules/incremental.ts';
import type { Finding } from '../rules/types.ts';

const early = new WeakMap<Plan, Finding[]>();

/** Validates `plan` now; a plan that cannot be validated is left to the first render, as before. */
export function validateEarly(plan: Plan): void {
  const start = performance.now();
  try {
    early.set(plan, createValidator()(plan));
  } catch {
    // The first render validates it again and fails where it always did.
  } finally {
    performance.measure('etd:link-findings', { start, end: performance.now() });
  }
}

/** The findings worked out early for this very plan object, if any. */
export const foundEarly = (plan: Plan): Finding[] | undefined => early.get(plan);
