// The routes of a small share link's plan, worked out by the early script (linkFirst.ts) right after
// it reads the link: that script runs 90-210 ms before React and the app's own scripts have arrived,
// with the main thread otherwise idle, and the router's run (and the plan's layout, kept per plan
// object) then leaves the first render. The canvas takes them for that very plan object only
// (canvas/useRoutes.ts): they are what a fresh router gives, the router here being deterministic.
import type { Plan } from '../model/schema.ts';
import { createRouter, type Routes } from '../layout/route.ts';

const early = new WeakMap<Plan, Routes>();

/** Routes `plan` now; a plan the router cannot route is left to the canvas, which reports it as before. */
export function routeEarly(plan: Plan): void {
  const start = performance.now();
  try {
    early.set(plan, createRouter()(plan));
  } catch {
    // The first render routes it again and fails where it always did.
  } finally {
    performance.measure('etd:link-routes', { start, end: performance.now() });
  }
}

/** The routes worked out early for this very plan object, if any. */
export const routedEarly = (plan: Plan): Routes | undefined => early.get(plan);
