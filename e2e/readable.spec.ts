import type { Page } from '@playwright/test';
import { serializePlan } from '../src/model/serialize.ts';
import { threeSitePlan } from '../src/render/testing/threeSitePlan.ts';
import { dragWithMouse, pointIn, viewStill } from './mouse.ts';
import { expect, findingsPanel, openApp, openTemplate, paletteItem, server, test } from './support.ts';

const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/** The smallest rendered text on the canvas, in screen pixels (font size times zoom). */
async function smallestText(page: Page): Promise<{ px: number; text: string }> {
  const zoom = await zoomOf(page);
  return page.locator('.react-flow__viewport').evaluate((root, z) => {
    let best = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent?.trim() || el.closest('[hidden]') || el.getClientRects().length === 0) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * z;
      if (px < best.px) best = { px, text: n.textContent.trim() };
    }
    return best;
  }, zoom);
}

/** Every node lies inside the visible canvas. */
async function allInView(page: Page, items?: number) {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  // Fitted below the detail zoom, the layer draws what is in view: every item, less the cards.
  const layer = page.locator('canvas.plan-layer');
  if (items !== undefined && (await layer.count()))
    expect(Number(await layer.getAttribute('data-nodes')) + (await page.locator('.react-flow__node').count())).toBe(items);
  for (const n of await page.locator('.react-flow__node').all()) {
    const b = (await n.boundingBox())!;
    expect(b.x, (await n.getAttribute('aria-label')) ?? '').toBeGreaterThanOrEqual(pane.x);
    expect(b.y).toBeGreaterThanOrEqual(pane.y);
    expect(b.x + b.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(b.y + b.height).toBeLessThanOrEqual(pane.y + pane.height);
  }
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
])
  for (const figure of ['Figure 1', 'Figure 2', 'Figure 3'] as const)
    test(`${figure} fits a ${size.width}x${size.height} window, its text at 11 px or more`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page);
      await openTemplate(page, figure);
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      await page.waitForTimeout(500);
      await page.locator('.notice button').evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
      await page.mouse.move(1, size.height / 2);
      expect(await zoomOf(page)).toBeLessThanOrEqual(1);
      await allInView(page);
      const smallest = await smallestText(page);
      expect(smallest.px, `"${smallest.text}"`).toBeGreaterThanOrEqual(11);
      // Only notes: the findings panel is a one-line summary, and the map is not needed.
      await expect(findingsPanel(page).locator('.findings-summary')).toContainText('2 notes');
      await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
      await page.screenshot({ path: `test-results/screenshots/${figure.replace(' ', '-').toLowerCase()}-${size.width}x${size.height}.png` });
    });

test('a 30-server plan in three sites, fitted: Fit never zooms past 100%; screenshots', async ({ page }) => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1366, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await openApp(page);
    await page.getByTestId('import-input').setInputFiles({ name: 'three-sites.json', mimeType: 'application/json', buffer: Buffer.from(serializePlan(threeSitePlan())) });
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.waitForTimeout(500);
    expect(await zoomOf(page)).toBeLessThanOrEqual(1);
    const plan = threeSitePlan();
    await allInView(page, plan.sites.length + plan.servers.length + plan.clusters.length + plan.infrastructure.length);
    await page.locator('.notice button').evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLElement).click()));
    await page.screenshot({ path: `test-results/screenshots/three-sites-${size.width}x${size.height}.png` });
  }
  // A tiny plan is shown at its natural size, not blown up.
  await openTemplate(page, 'Empty plan');
  await viewStill(page);
  await page.getByRole('button', { name: 'Add AD site', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(500);
  expect(await zoomOf(page)).toBe(1);
});

test('the perimeter header says "Perimeter network" once, and infrastructure captions do not repeat names', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 1');
  await viewStill(page);
  const perimeter = page.locator('.react-flow__node-site').filter({ hasText: 'Perimeter network' });
  expect((await perimeter.locator('.site-tab').innerText()).match(/perimeter network/gi)).toHaveLength(1);
  for (const item of await page.locator('.react-flow__node-infrastructure').all()) {
    const name = (await item.locator('.infra-name').innerText()).toLowerCase();
    const caption = (await item.locator('.infra-detail').allInnerTexts())[0]?.toLowerCase();
    if (caption) expect(name.includes(caption), `${name} / ${caption}`).toBe(false);
  }
  await expect(page.locator('.react-flow__node-infrastructure', { hasText: 'Outer firewall' }).locator('.infra-detail')).toHaveCount(0);
  await expect(page.locator('.react-flow__node-infrastructure', { hasText: 'DC01' }).locator('.infra-detail')).toHaveText('DC / GC · W2003');
});

test('badges count findings per severity: Edge Transport dragged onto EX01 gives it an error, a warning and a note', async ({ page }) => {
  await openApp(page);
  await viewStill(page);
  const hq = page.locator('.react-flow__node-site').filter({ hasText: 'Head office' });
  await expect(hq.locator('.badge-count.sev-info')).toHaveText('2');
  await expect(server(page, 'EX01').locator('.finding-badge')).toHaveCount(0);
  await dragWithMouse(page, await pointIn(paletteItem(page, 'Edge Transport')), await pointIn(server(page, 'EX01')));
  const badge = server(page, 'EX01').locator('.finding-badge');
  await expect(badge.locator('.badge-count.sev-error')).toHaveText('1');
  await expect(badge.locator('.badge-count.sev-warning')).toHaveText('1');
  await expect(badge.locator('.badge-count.sev-info')).toHaveText('1');
  await expect(badge).toHaveAttribute('title', '1 error, 1 warning and 1 note');
  await expect(findingsPanel(page).locator('[data-rule="edge-alone"]')).toBeVisible();
});

test('zoomed far out, a plan of ordinary size keeps its cards, reachable by keyboard and screen reader', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  for (let i = 0; i < 8 && (await zoomOf(page)) >= 0.35; i++) {
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await page.waitForTimeout(100);
  }
  expect(await zoomOf(page)).toBeLessThan(0.35);
  // No one-layer drawing (that is for plans of hundreds of items): every server is a card with its label.
  await expect(page.locator('canvas.plan-layer')).toHaveCount(0);
  for (const name of ['EDGE01', 'CAS01', 'MBX01', 'MBX02', 'HUB01', 'UM01']) await expect(server(page, name)).toHaveCount(1);
  await expect(page.locator('.react-flow__node[aria-label]')).toHaveCount(await page.locator('.react-flow__node').count());
});
