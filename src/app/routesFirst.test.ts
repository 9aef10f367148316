import { afterEach, expect, it, vi } from 'vitest';
import { decodePlanLink, encodePlanLink } from '../share/link.ts';
import { templateById, TEMPLATES } from '../templates/index.ts';
import { createRouter } from '../layout/route.ts';
import { createLiveRouter } from '../layout/routeLive.ts';
import type { Plan } from '../model/schema.ts';

const linkTo = (id: string) => `#plan=${encodePlanLink(templateById(id)!.plan)}`;

/** linkFirst.ts evaluated afresh in a page opened at `hash`, and the early routes of the plan it read. */
async function openedAt(hash: string) {
  vi.stubGlobal('location', { hash });
  vi.resetModules();
  performance.clearMeasures();
  const linkFirst = await import('./linkFirst.ts');
  const { routedEarly } = await import('./routesFirst.ts');
  return { linkFirst, routedEarly };
}

const planOf = (hash: string): Plan => {
  const result = decodePlanLink(hash);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
};

afterEach(() => vi.unstubAllGlobals());

it('routes a small link’s plan as the link is read: the routes a fresh router gives the same plan read afresh', async () => {
  for (const { id } of TEMPLATES) {
    const hash = linkTo(id);
    const { linkFirst, routedEarly } = await openedAt(hash);
    const result = linkFirst.readLinkAtStart();
    if (!result.ok) throw new Error(result.message);
    const early = routedEarly(result.plan);
    expect(early, id).toBeDefined();
    expect(performance.getEntriesByName('etd:link-routes')).toHaveLength(1);
    // Compared with a plan object of its own (its layout resolved again, nothing shared).
    expect(early, id).toEqual(createRouter()(planOf(hash)));
  }
});

it('the canvas’s router takes the early routes for that very plan object only', async () => {
  const hash = linkTo('figure-3');
  const { linkFirst, routedEarly } = await openedAt(hash);
  const result = linkFirst.readLinkAtStart();
  if (!result.ok) throw new Error(result.message);
  const live = createLiveRouter(() => undefined, routedEarly);
  expect(live.routes(result.plan, undefined)).toBe(routedEarly(result.plan));
  expect(live.pending(result.plan)).toBe(false);
  // An equal plan that is another object (a plan opened later) is routed by the canvas itself.
  const other = planOf(hash);
  expect(routedEarly(other)).toBeUndefined();
  const routed = createLiveRouter(() => undefined, routedEarly).routes(other, undefined);
  expect(routed).not.toBe(routedEarly(result.plan));
  expect(routed).toEqual(routedEarly(result.plan));
});

it('routes nothing at start for a damaged, a room or a large link', async () => {
  for (const hash of ['#plan=1.not-a-plan', '#room=abc&token=def', `#plan=1.${'A'.repeat(30_000)}`, '']) {
    await openedAt(hash);
    expect(performance.getEntriesByName('etd:link-routes'), hash).toHaveLength(0);
  }
});
