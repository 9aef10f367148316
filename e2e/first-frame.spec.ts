// The diagram's first frame: the links are drawn in the frame that first shows the cards, not a
// frame later (React Flow draws a link once it knows both cards' handles; the nodes carry them,
// src/canvas/nodes/handleGeometry.ts). Read in the page at the start of every animation frame,
// from before the app's first script: what the DOM holds then is what that frame paints.
import type { Page } from '@playwright/test';
import { encodePlanLink } from '../src/share/link.ts';
import { templateById } from '../src/templates/index.ts';
import { handlesFor } from '../src/canvas/nodes/handleGeometry.ts';
import { expect, server, test } from './support.ts';

/** Each animation frame's card and link counts, into `window.__frames`, until the page stops it. */
const WATCH_FRAMES = String.raw`(() => {
  const frames = (window.__frames = []);
  const cards = document.getElementsByClassName('react-flow__node');
  const links = document.getElementsByClassName('react-flow__edge');
  const watch = () => {
    frames.push({ cards: cards.length, links: links.length, at: performance.now() });
    if (frames.length < 2000) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})()`;

type Frame = { cards: number; links: number; at: number };

/** The first frame that shows any card, and the counts once the plan is drawn. */
async function firstCardsFrame(page: Page) {
  const cards = page.locator('.react-flow__node');
  const links = page.locator('.react-flow__edge');
  // Settled: two reads a moment apart agree.
  let last = '';
  await expect
    .poll(async () => {
      const now = `${await cards.count()}|${await links.count()}`;
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [300] })
    .toBe(true);
  const frames = (await page.evaluate('window.__frames')) as Frame[];
  const first = frames.find((f) => f.cards > 0);
  return { first: first && { cards: first.cards, links: first.links }, at: first?.at, final: { cards: await cards.count(), links: await links.count() } };
}

test('a plan opened from a share link has every link drawn in the frame that first shows its cards', async ({ page }) => {
  await page.addInitScript({ content: WATCH_FRAMES });
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(server(page, 'MBX01')).toBeVisible();
  const { first, final } = await firstCardsFrame(page);
  expect(final.links).toBeGreaterThan(5);
  expect(first).toEqual(final);
});

test('the plan the app starts on has every link drawn in the frame that first shows its cards', async ({ page }) => {
  await page.addInitScript({ content: WATCH_FRAMES });
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const { first, final } = await firstCardsFrame(page);
  expect(final.links).toBeGreaterThan(0);
  expect(first).toEqual(final);
});

test('each card’s connection points are where its node says before React Flow measures them', async ({ page }) => {
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(server(page, 'MBX01')).toBeVisible();
  // As React Flow measures a handle: its box relative to the node's, in flow units.
  const measured = await page.evaluate(() => {
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).m22;
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => {
      const n = node.getBoundingClientRect();
      const handles = [...node.querySelectorAll<HTMLElement>('.react-flow__handle')].map((h) => {
        const r = h.getBoundingClientRect();
        const at = (v: number) => Math.round((v / zoom) * 64) / 64;
        return { type: h.classList.contains('source') ? 'source' : 'target', x: at(r.left - n.left), y: at(r.top - n.top), width: h.offsetWidth, height: h.offsetHeight };
      });
      return { width: node.offsetWidth, height: node.offsetHeight, handles };
    });
  });
  expect(measured.length).toBeGreaterThan(10);
  for (const m of measured)
    expect(m.handles).toEqual(handlesFor(m.width, m.height).map((h) => ({ type: h.type, x: h.x, y: h.y, width: h.width, height: h.height })));
});

test('a plan opened fitted fetches the minimap’s code only after its first frame', async ({ page }) => {
  await page.addInitScript({ content: WATCH_FRAMES });
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(server(page, 'MBX01')).toBeVisible();
  const { at } = await firstCardsFrame(page);
  // The app fetches it once idle after the first paint, so a later zoom finds it there.
  const fetched = async () =>
    (await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /MinimapCanvas/.test(e.name)).map((e) => e.startTime))) as number[];
  await expect.poll(async () => (await fetched()).length, { timeout: 10_000 }).toBeGreaterThan(0);
  for (const start of await fetched()) expect(start).toBeGreaterThan(at!);
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
});
