import { afterEach, expect, it, vi } from 'vitest';
import { decodePlanLink, encodePlanLink } from '../share/link.ts';
import { templateById, TEMPLATES } from '../templates/index.ts';
import { createRouter } from '../layout/route.ts';
import { createLiveRouter } from '../layout/routeLive.ts';
import { validate } from '../rules/index.ts';
import { findingsOf, seedFindings } from '../store/findings.ts';
import type { Plan } from '../model/schema.ts';

const linkTo = (id: string) => `#plan=${encodePlanLink(templateById(id)!.plan)}`;

/** linkFirst.ts evaluated afresh in a page opened at `hash`: the plan it read and what it worked out early. */
async function openedAt(hash: string) {
  vi.stubGlobal('location', { hash });
  vi.resetModules();
  performance.clearMeasures();
  const { readLinkAtStart } = await import('./linkFirst.ts');
  const early = await import('./linkEarly.ts');
  const result = readLinkAtStart();
  return { plan: result.ok ? result.plan : undefined, ...early };
}

/** The same link read afresh: an equal plan that is another object, nothing shared. */
const planOf = (hash: string): Plan => {
  const result = decodePlanLink(hash);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
};

afterEach(() => vi.unstubAllGlobals());

it('routes and validates a small link’s plan as the link is read: what a fresh router and validate() give the same plan read afresh', async () => {
  for (const { id } of TEMPLATES) {
    const hash = linkTo(id);
    const { plan, routedEarly, foundEarly } = await openedAt(hash);
    expect(routedEarly(plan!), id).toBeDefined();
    expect(foundEarly(plan!), id).toBeDefined();
    expect(performance.getEntriesByName('etd:link-routes')).toHaveLength(1);
    expect(performance.getEntriesByName('etd:link-findings')).toHaveLength(1);
    expect(routedEarly(plan!), id).toEqual(createRouter()(planOf(hash)));
    expect(foundEarly(plan!), id).toEqual(validate(planOf(hash)));
    expect(routedEarly(planOf(hash))).toBeUndefined();
    expect(foundEarly(planOf(hash))).toBeUndefined();
  }
});

it('the canvas’s router takes the early routes for that very plan object only', async () => {
  const hash = linkTo('figure-3');
  const { plan, routedEarly } = await openedAt(hash);
  const live = createLiveRouter(() => undefined, routedEarly);
  expect(live.routes(plan!, undefined)).toBe(routedEarly(plan!));
  expect(live.pending(plan!)).toBe(false);
  // An equal plan that is another object (a plan opened later) is routed by the canvas itself.
  const other = planOf(hash);
  const routed = createLiveRouter(() => undefined, routedEarly).routes(other, undefined);
  expect(routed).not.toBe(routedEarly(plan!));
  expect(routed).toEqual(routedEarly(plan!));
});

it('the findings store gives the early findings for the plan they were seeded for, the same as validating it there', async () => {
  const hash = linkTo('figure-3');
  const { plan, foundEarly } = await openedAt(hash);
  seedFindings(plan!, foundEarly(plan!)!);
  expect(findingsOf(plan!).all).toBe(foundEarly(plan!));
  const other = findingsOf(planOf(hash));
  expect(findingsOf(plan!).all).toEqual(other.all);
  expect(findingsOf(plan!).counts).toEqual(other.counts);
  expect(findingsOf(plan!).byItem).toEqual(other.byItem);
});

it('works nothing out at start for a damaged, a room or a large link', async () => {
  for (const hash of ['#plan=1.not-a-plan', '#room=abc&token=def', `#plan=1.${'A'.repeat(30_000)}`, '']) {
    await openedAt(hash);
    expect(performance.getEntriesByName('etd:link-routes'), hash).toHaveLength(0);
    expect(performance.getEntriesByName('etd:link-findings'), hash).toHaveLength(0);
  }
});
