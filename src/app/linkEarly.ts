// What the early script (linkFirst.ts) works out for a small share link's plan right after reading
// it: its routes and its findings. That script runs 90-210 ms before React and the app's own scripts
// have arrived, with the main thread otherwise idle, so the router's run (and the plan's layout,
// kept per plan object) and the validation leave the first render. Each result is kept for that very
// plan object only: the canvas takes the routes (canvas/useRoutes.ts) and opening the link hands the
// findings to the findings store (linkAtStart.ts, store/findings.ts seedFindings). A fresh router's
// and a fresh validator's first answers are the plain ones, both being deterministic.
import type { Plan } from '../model/schema.ts';
import { createRouter, type Routes } from '../layout/route.ts';
import { createValidator } from '../rules/incremental.ts';
import type { Finding } from '../rules/types.ts';

/** A piece of work done early for a plan, kept per plan object (weakly) and timed as `measure`. */
function perPlan<T>(measure: string, work: (plan: Plan) => T) {
  const early = new WeakMap<Plan, T>();
  return {
    /** Works it out now; a plan it fails on is left to the first render, which fails where it always did. */
    run(plan: Plan): void {
      const start = performance.now();
      try {
        early.set(plan, work(plan));
      } catch {
        // Worked out again (and reported) by the first render.
      } finally {
        performance.measure(measure, { start, end: performance.now() });
      }
    },
    /** The result worked out early for this very plan object, if any. */
    of: (plan: Plan): T | undefined => early.get(plan),
  };
}

const routes = perPlan<Routes>('etd:link-routes', (plan) => createRouter()(plan));
const findings = perPlan<Finding[]>('etd:link-findings', (plan) => createValidator()(plan));

export const routeEarly = routes.run;
export const routedEarly = routes.of;
export const validateEarly = findings.run;
export const foundEarly = findings.of;
