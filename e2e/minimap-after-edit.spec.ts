// Zoomed in, the minimap shows the plan; an edit's key press draws the edit on the canvas and leaves
// the minimap's whole-plan picture for after the edit's frame (it follows a frame later).
import { ours } from '../bench/canvas/pages.ts';
import { syntheticBenchPlan } from '../bench/canvas/plans.ts';
import { expect, paletteItem, test } from './support.ts';

test('zoomed in, a palette add reaches the minimap after its own frame, not in its key press', async ({ page }) => {
  const plan = syntheticBenchPlan(40);
  await page.addInitScript({ content: ours.storage(plan) });
  await page.goto('/');
  const map = page.locator('canvas.plan-minimap');
  for (let i = 0; i < 3 && !(await map.count()); i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect(map).toBeVisible();
  await page.locator(`[data-id="${plan.subject.id}"]`).first().click();
  const item = paletteItem(page, 'Exchange 2007 server');
  await item.focus();
  // The key press dispatched in the page, read when React's work for it (its commit and effects) is done.
  const seen = await item.evaluate(async (button) => {
    const picture = () => document.querySelector<HTMLCanvasElement>('canvas.plan-minimap')!.toDataURL();
    const cards = () => document.querySelectorAll('.react-flow__node-server').length;
    const before = { picture: picture(), cards: cards() };
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    const inTask = { picture: picture(), cards: cards() };
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))));
    return { before, inTask, after: picture() };
  });
  expect(seen.inTask.cards).toBe(seen.before.cards + 1);
  expect(seen.inTask.picture).toBe(seen.before.picture);
  expect(seen.after).not.toBe(seen.before.picture);
});
