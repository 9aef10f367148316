// The zoomed-out layer as the browser tests reach it: where it draws an item (its `itemBox` answer)
// and a drag of a server pressed on the layer, as a user's hand makes it.
import type { Page } from '@playwright/test';
import { expect } from './support.ts';

export const LAYER = 'canvas.plan-layer';

/** An item's box on screen, and its place in the flow (what a move changes). */
export type LayerBox = { x: number; y: number; width: number; height: number; flowX: number; flowY: number };

/** Where the layer draws `id` now (the test fails if it draws it nowhere). */
export async function itemBox(page: Page, id: string): Promise<LayerBox> {
  const box = await page.evaluate(
    ([sel, id]) => (document.querySelector(sel) as unknown as { itemBox(id: string): LayerBox | null }).itemBox(id),
    [LAYER, id] as const,
  );
  if (!box) throw new Error(`the layer draws no ${id}`);
  return box;
}

/**
 * Reaches the server near its top edge (its card comes under the pointer), presses and moves it ten
 * steps of `step` px right and 1 px down, lets go, and waits until it has moved. Returns where it was.
 */
export async function dragOnLayer(page: Page, id: string, step: number): Promise<LayerBox> {
  const before = await itemBox(page, id);
  const from = { x: before.x + before.width / 2, y: before.y + 2 };
  await page.mouse.move(from.x, from.y);
  await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeVisible();
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * step, from.y + i);
  await page.mouse.up();
  await expect.poll(async () => (await itemBox(page, id)).flowX).not.toBe(before.flowX);
  return before;
}
