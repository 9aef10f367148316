// The canvas keeps one router for the plan it shows and routes again after every edit, reusing
// what the edit did not touch; the exports route each plan afresh. They must never disagree:
// random runs of edits (moves, growing and shrinking servers, new and deleted items and links,
// servers moved between sites, renames), checked after every step against a fresh router.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRouter } from './route.ts';
import { applyStep, editStarts, editStep } from './testing/randomEdits.ts';

describe.each(editStarts)('routing %s edit after edit', (_, start) => {
  it('gives exactly the routes and labels of a fresh router', () => {
    fc.assert(
      fc.property(fc.array(editStep, { minLength: 1, maxLength: 12 }), (steps) => {
        const route = createRouter();
        let plan = start();
        route(plan);
        steps.forEach((s, i) => {
          plan = applyStep(plan, s, i);
          expect([...route(plan).values()], `after step ${i + 1}: ${JSON.stringify(s)}`).toEqual([...createRouter()(plan).values()]);
        });
      }),
      { numRuns: 60 },
    );
  });
});
