// Zoomed out, the layer repaints only what an edit, a selection or the card under the pointer
// changed: after each of them its bitmap, and the view copied from it, must equal a full repaint of
// the same state pixel for pixel (no tolerance: each repainted rectangle gets the same paint
// operations, in the same order, as in a full paint), and the cheap path must really have been taken.
import type { Page } from '@playwright/test';
import { expect, test } from './support.ts';
import { dragOnLayer, itemBox, LAYER } from './layer.ts';
import { ours } from '../bench/canvas/pages.ts';
import { syntheticBenchPlan } from '../bench/canvas/plans.ts';

const plan = syntheticBenchPlan(200);
const layer = (page: Page) => page.locator('canvas.plan-layer');

type Report = { mode: string; repainted: number; paints: Record<string, number> };
type Check = { pixels: number; differing: number; maxDelta: number; where: unknown[] };
type Layer = { hitAt(x: number, y: number): string | null; paintReport(): Report; paintCheck(): Check | null };
const hitAt = (page: Page, p: { x: number; y: number }) =>
  page.evaluate(([sel, x, y]) => (document.querySelector(sel) as unknown as Layer).hitAt(x, y), [LAYER, p.x, p.y] as const);
const paintReport = (page: Page) => page.evaluate((sel) => (document.querySelector(sel) as unknown as Layer).paintReport(), LAYER);
const paintCheck = (page: Page) => page.evaluate((sel) => (document.querySelector(sel) as unknown as Layer).paintCheck(), LAYER);
/** After the next two frames: the layer has painted whatever was committed. */
const painted = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Whether the cards' links canvas was seen shown, hidden. */
const linkStates = new Set<boolean>();
/** Paints so far that repainted the layer whole and in part. */
let seen = { partial: 0, full: 0 };
/** The layer now equals a full repaint of what it shows; returns how this step repainted it. */
async function equalsFullRepaint(page: Page, what: string) {
  await painted(page);
  const report = await paintReport(page);
  const check = await paintCheck(page);
  const before = seen;
  seen = { partial: report.paints.partial!, full: report.paints.full! };
  expect(check, `${what}: the layer holds a bitmap`).not.toBeNull();
  // The cards' links canvas is shown only while it draws a link.
  const links = page.locator('canvas.plan-layer-links');
  if (((await links.getAttribute('data-edges')) ?? '0') === '0') await expect(links, `${what}: no card's links`).toBeHidden();
  else await expect(links, `${what}: the cards' links`).toBeVisible();
  linkStates.add(await links.isVisible());
  expect(check!.pixels).toBeGreaterThan(100_000);
  expect({ what, differing: check!.differing, maxDelta: check!.maxDelta, where: check!.where }).toEqual({ what, differing: 0, maxDelta: 0, where: [] });
  // Whole, in part, or not at all (an edit of the selected card changes no pixel of the layer).
  return seen.full > before.full ? 'full' : seen.partial > before.partial ? 'partial' : 'none';
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript({ content: ours.storage(plan) });
  await page.goto('/');
  await expect(layer(page)).toHaveAttribute('data-nodes', String(plan.expect.nodes));
  await painted(page);
  const { paints } = await paintReport(page);
  seen = { partial: paints.partial!, full: paints.full! };
});

test('zoomed out, what a hover, a selection, an edit, a drag and an undo repaint equals a full repaint', async ({ page }) => {
  const modes: string[] = [];
  // The card under the pointer leaves the picture, and comes back when the pointer moves on.
  for (const id of plan.serverIds.slice(0, 4)) {
    const box = await itemBox(page, id);
    await page.mouse.move(box.x + box.width / 2, box.y + 2);
    await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeVisible();
    modes.push(await equalsFullRepaint(page, `hover ${id}`));
  }
  // Select the subject, add a role, rename it.
  const subject = await itemBox(page, plan.subject.id);
  await page.mouse.move(subject.x + subject.width / 2, subject.y + 2);
  await page.mouse.click(subject.x + subject.width / 2, subject.y + 2);
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByLabel('Server name')).toHaveValue(plan.subject.name);
  modes.push(await equalsFullRepaint(page, 'select'));
  await inspector.getByLabel('Unified Messaging').click();
  await expect(page.locator(`.react-flow__node[data-id="${plan.subject.id}"]`)).toHaveAttribute('aria-label', /Unified Messaging/);
  modes.push(await equalsFullRepaint(page, 'add role'));
  await inspector.getByLabel('Server name').fill('MBX-REPAINTED01');
  await inspector.getByLabel('Server name').press('Enter');
  await expect(page.locator(`.react-flow__node[data-id="${plan.subject.id}"]`)).toHaveAttribute('aria-label', /^Server MBX-REPAINTED/);
  modes.push(await equalsFullRepaint(page, 'rename'));

  // Deselect with a click where the layer draws nothing.
  const pane = (await layer(page).boundingBox())!;
  const empty = { x: pane.x + 8, y: pane.y + pane.height / 2 };
  expect(await hitAt(page, empty)).toBeNull();
  await page.mouse.move(empty.x, empty.y);
  await page.mouse.click(empty.x, empty.y);
  await expect(inspector.getByLabel('Server name')).toHaveCount(0);
  modes.push(await equalsFullRepaint(page, 'deselect'));

  // Drag another server along its site; then take the move back.
  const other = plan.serverIds[7]!;
  const before = await dragOnLayer(page, other, 3);
  await page.mouse.move(empty.x, empty.y);
  modes.push(await equalsFullRepaint(page, 'drag'));
  await page.evaluate('document.activeElement?.blur()');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await itemBox(page, other)).flowX).toBe(before.flowX);
  modes.push(await equalsFullRepaint(page, 'undo'));

  // A server added from the palette into the selected server's site: the site grows, and what lies
  // below it moves (many items and links at once).
  const again = await itemBox(page, plan.subject.id);
  await page.mouse.move(again.x + again.width / 2, again.y + 2);
  await page.mouse.click(again.x + again.width / 2, again.y + 2);
  await expect(inspector.getByLabel('Server name')).toHaveValue('MBX-REPAINTED01');
  await page.mouse.move(empty.x, empty.y);
  await expect(layer(page)).toHaveAttribute('data-nodes', String(plan.expect.nodes - 1));
  const drawn = plan.expect.nodes - 1;
  await page.locator('[data-palette="server"]').focus();
  await page.keyboard.press('Enter');
  // The new server is selected (a card); the subject is drawn by the layer again.
  await expect(inspector.getByLabel('Server name')).not.toHaveValue('MBX-REPAINTED01');
  await expect(layer(page)).toHaveAttribute('data-nodes', String(drawn + 1));
  modes.push(await equalsFullRepaint(page, 'palette add'));

  // The cheap path was taken (else this test compared two full repaints): a drag or an undo may
  // change the plan's extent, which repaints it whole; the edits of the selected card (a card, not
  // drawn by the layer) change none of its pixels until the card is deselected.
  expect(modes.slice(0, 8), modes.join(', ')).not.toContain('full');
  expect(modes.filter((m) => m === 'partial').length, modes.join(', ')).toBeGreaterThanOrEqual(6);
  expect(modes.at(-1), 'the palette add repaints the layer in part').toBe('partial');
  expect([...linkStates].sort(), 'the cards’ links canvas was seen hidden and shown').toEqual([false, true]);
});

/**
 * What the layer had painted when the first frame after the next `event` started (a callback
 * queued as the event reaches the page, so it runs before anything the edit itself queues).
 */
const armFirstFrame = (page: Page, event: string) =>
  page.evaluate(
    ([sel, event]) => {
      const w = window as unknown as { firstFrame?: Promise<{ nodes: string | undefined; paints: number }> };
      w.firstFrame = new Promise((done) =>
        window.addEventListener(
          event,
          () =>
            requestAnimationFrame(() => {
              const el = document.querySelector(sel) as HTMLCanvasElement & Layer;
              const { paints } = el.paintReport();
              done({ nodes: el.dataset.nodes, paints: Object.values(paints).reduce((a, b) => a + b, 0) });
            }),
          { capture: true, once: true },
        ),
      );
    },
    [LAYER, event] as const,
  );
const firstFrame = (page: Page) => page.evaluate(() => (window as unknown as { firstFrame: Promise<{ nodes: string | undefined; paints: number }> }).firstFrame);

test('the first frame after an edit already shows it on the layer', async ({ page }) => {
  const subject = await itemBox(page, plan.subject.id);
  await page.mouse.move(subject.x + subject.width / 2, subject.y + 2);
  await page.mouse.click(subject.x + subject.width / 2, subject.y + 2);
  await expect(page.getByTestId('inspector').getByLabel('Server name')).toHaveValue(plan.subject.name);
  const pane = (await layer(page).boundingBox())!;
  await page.mouse.move(pane.x + 8, pane.y + pane.height / 2);
  await expect(layer(page)).toHaveAttribute('data-nodes', String(plan.expect.nodes - 1));
  await painted(page);
  const before = Object.values((await paintReport(page)).paints).reduce((a, b) => a + b, 0);

  // A palette add: the new server is selected (a card), the subject is drawn by the layer again.
  await page.locator('[data-palette="server"]').focus();
  await armFirstFrame(page, 'keydown');
  await page.keyboard.press('Enter');
  const first = await firstFrame(page);
  expect(first.nodes, 'the layer draws the subject again in the edit’s first frame').toBe(String(plan.expect.nodes));
  expect(first.paints).toBeGreaterThan(before);
  await expect(layer(page)).toHaveAttribute('data-nodes', String(plan.expect.nodes));
  await equalsFullRepaint(page, 'palette add, first frame');
});
