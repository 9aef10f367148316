// Zoomed out past the detail level, a large plan is drawn as one layer instead of thousands of
// cards; everything a user does there still works, and zooming in brings the cards back.
import type { Page } from '@playwright/test';
import { expect, test } from './support.ts';
import { dragOnLayer, itemBox } from './layer.ts';
import { ours } from '../bench/canvas/pages.ts';
import { syntheticBenchPlan } from '../bench/canvas/plans.ts';
import { ROLE_STYLE } from '../src/theme/tokens.ts';

const plan = syntheticBenchPlan(200);
const layer = (page: Page) => page.locator('canvas.plan-layer');
/** The layer's pixel at a screen point, as "#rrggbb". */
const pixel = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([x, y]) => {
      const el = document.querySelector('canvas.plan-layer') as HTMLCanvasElement;
      const r = el.getBoundingClientRect();
      const scale = el.width / r.width;
      const [red, green, blue] = el.getContext('2d')!.getImageData(Math.round((x! - r.left) * scale), Math.round((y! - r.top) * scale), 1, 1).data;
      return `#${[red, green, blue].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
    },
    [x, y],
  );

test.beforeEach(async ({ page }) => {
  await page.addInitScript({ content: ours.storage(plan) });
  await page.goto('/');
  await expect(layer(page)).toBeVisible();
});

test('zoomed out, one layer draws every server and link, in the cards\' colors, and a click on it selects', async ({ page }) => {
  await expect(layer(page)).toHaveAttribute('data-nodes', String(plan.expect.nodes));
  await expect(layer(page)).toHaveAttribute('data-edges', String(plan.expect.edges));
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  // The subject is a Mailbox server: its role bar is painted in the Mailbox chip's color.
  const box = await itemBox(page, plan.subject.id);
  const bar = { x: box.x + box.width / 2, y: box.y + box.height * 0.75 };
  expect(await pixel(page, bar.x, bar.y)).toBe(ROLE_STYLE.Mailbox.color);

  await page.mouse.move(box.x + box.width / 2, box.y + 2);
  await page.mouse.click(box.x + box.width / 2, box.y + 2);
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByLabel('Server name')).toHaveValue(plan.subject.name);
  // The selected server is a card (React Flow moves it), the rest stays drawn.
  await expect(page.locator(`.react-flow__node[data-id="${plan.subject.id}"]`)).toHaveClass(/selected/);
  await expect(layer(page)).toHaveAttribute('data-nodes', String(plan.expect.nodes - 1));

  // Shift+click on another server drawn by the layer adds it to the selection.
  const other = await itemBox(page, plan.serverIds.find((id) => id !== plan.subject.id)!);
  await page.mouse.move(other.x + other.width / 2, other.y + 2);
  await page.keyboard.down('Shift');
  await page.mouse.click(other.x + other.width / 2, other.y + 2);
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
});

test('a large stored plan opens fitted and drawn by the layer from its first frame, without mounting its cards first', async ({ page }) => {
  // Every card the reopened page ever puts in the DOM (the plan at 100% first meant thousands).
  await page.addInitScript(() => {
    const w = window as unknown as { __cards: number };
    w.__cards = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLElement) w.__cards += (n.matches('.react-flow__node') ? 1 : 0) + n.querySelectorAll('.react-flow__node').length;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(layer(page)).toHaveAttribute('data-nodes', String(plan.expect.nodes));
  await expect(layer(page)).toHaveAttribute('data-edges', String(plan.expect.edges));
  expect(await page.evaluate(() => (window as unknown as { __cards: number }).__cards)).toBe(0);
});

test('zoomed out, a server dragged on the layer moves, and zooming in brings back editable cards', async ({ page }) => {
  await dragOnLayer(page, plan.subject.id, 2);

  // Zoom in on the server until its card is readable: the layer goes, the cards are back.
  const now = await itemBox(page, plan.subject.id);
  await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
  for (let i = 0; i < 12 && (await layer(page).count()) > 0; i++) {
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(150);
  }
  await expect(layer(page)).toHaveCount(0);
  const card = page.locator(`.react-flow__node[data-id="${plan.subject.id}"]`);
  await expect(card.locator('.server-name')).toBeVisible();
  expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(3);
  await card.locator('.server-name').dblclick();
  await card.getByRole('textbox', { name: 'Name' }).fill('MBX-ZOOMED');
  await page.keyboard.press('Enter');
  await expect(card).toHaveAttribute('aria-label', /^Server MBX-ZOOMED:/);
});
