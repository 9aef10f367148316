import { dragWithMouse, pointIn, viewStill } from './mouse.ts';
import { expect, openApp, openTemplate, server, test } from './support.ts';

test('dragging a server near a sibling\'s left edge shows a guide and snaps to it', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 2');
  await viewStill(page);
  const mbx = server(page, 'MBX01');
  const cas = (await server(page, 'CAS01').boundingBox())!;
  const start = (await mbx.boundingBox())!;
  const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const grab = await pointIn(mbx, { x: 0.5, y: 0.1 });
  // Down into the empty row below, ending 4 flow units right of CAS01's left edge.
  const to = { x: grab.x + (cas.x - start.x) + 4 * zoom, y: grab.y + 210 * zoom };
  await dragWithMouse(page, grab, to, async () => {
    await expect(page.locator('.snap-guide.x').first()).toBeVisible();
  });
  await expect(page.locator('.snap-guide')).toHaveCount(0);
  const dropped = (await mbx.boundingBox())!;
  expect(Math.abs(dropped.x - cas.x)).toBeLessThan(1);
});
