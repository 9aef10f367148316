import { afterEach, expect, it, vi } from 'vitest';
import { decodePlanLink, encodePlanLink } from '../share/link.ts';
import { templateById, TEMPLATES } from '../templates/index.ts';
import { validate } from '../rules/index.ts';
import { findingsOf, seedFindings } from '../store/findings.ts';
import type { Plan } from '../model/schema.ts';

const linkTo = (id: string) => `#plan=${encodePlanLink(templateById(id)!.plan)}`;

/** linkFirst.ts evaluated afresh in a page opened at `hash`: the plan it read and its early findings. */
async function openedAt(hash: string) {
  vi.stubGlobal('location', { hash });
  vi.resetModules();
  performance.clearMeasures();
  const { readLinkAtStart } = await import('./linkFirst.ts');
  const { foundEarly } = await import('./findingsFirst.ts');
  const result = readLinkAtStart();
  return { plan: result.ok ? result.plan : undefined, foundEarly };
}

const planOf = (hash: string): Plan => {
  const result = decodePlanLink(hash);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
};

afterEach(() => vi.unstubAllGlobals());

it('validates a small link’s plan as the link is read: the plain validation’s findings, for that plan object only', async () => {
  for (const { id } of TEMPLATES) {
    const hash = linkTo(id);
    const { plan, foundEarly } = await openedAt(hash);
    const early = foundEarly(plan!);
    expect(early, id).toBeDefined();
    expect(performance.getEntriesByName('etd:link-findings')).toHaveLength(1);
    // The plain computation on a plan object of its own.
    expect(early, id).toEqual(validate(planOf(hash)));
    expect(foundEarly(planOf(hash))).toBeUndefined();
  }
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

it('validates nothing at start for a damaged, a room or a large link', async () => {
  for (const hash of ['#plan=1.not-a-plan', '#room=abc&token=def', `#plan=1.${'A'.repeat(30_000)}`, '']) {
    await openedAt(hash);
    expect(performance.getEntriesByName('etd:link-findings'), hash).toHaveLength(0);
  }
});
