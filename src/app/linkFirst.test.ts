import { afterEach, expect, it, vi } from 'vitest';
import { decodePlanLink, encodePlanLink } from '../share/link.ts';
import { templateById } from '../templates/index.ts';

const linkTo = (id: string) => `#plan=${encodePlanLink(templateById(id)!.plan)}`;
const readings = () => performance.getEntriesByName('etd:link-read').length;

/** linkFirst.ts evaluated afresh in a page opened at `hash`. */
async function openedAt(hash: string) {
  vi.stubGlobal('location', { hash });
  vi.resetModules();
  performance.clearMeasures();
  return import('./linkFirst.ts');
}

afterEach(() => vi.unstubAllGlobals());

it('reads a small plan link as it runs, and hands the app that reading: the plan the plain reader gives', async () => {
  const hash = linkTo('figure-3');
  const linkFirst = await openedAt(hash);
  expect(linkFirst.smallLinkAtStart).toBe(true);
  expect(readings()).toBe(1);
  expect(linkFirst.readLinkAtStart()).toEqual(decodePlanLink(hash));
  expect(readings()).toBe(1);
});

it('reads the address again when it changed after the page opened', async () => {
  const linkFirst = await openedAt(linkTo('figure-3'));
  const later = linkTo('figure-2');
  vi.stubGlobal('location', { hash: later });
  expect(linkFirst.readLinkAtStart()).toEqual(decodePlanLink(later));
  expect(readings()).toBe(2);
});

it('a damaged link is read as damaged; a room or a large link is not read at start', async () => {
  const damaged = await openedAt('#plan=1.not-a-plan');
  expect(damaged.readLinkAtStart()).toEqual(decodePlanLink('#plan=1.not-a-plan'));
  for (const hash of ['#room=abc&token=def', `#plan=1.${'A'.repeat(30_000)}`, '']) {
    const other = await openedAt(hash);
    expect(other.smallLinkAtStart).toBe(false);
    expect(readings()).toBe(0);
  }
});
