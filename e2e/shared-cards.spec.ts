// A plan shown from a share link cannot be linked: its cards draw their connection points as plain
// marks (no React Flow <Handle>, which reads the store for a connection in progress), the same dots
// in the same places; a copy opened to edit gets live handles that start a link.
import { encodePlanLink } from '../src/share/link.ts';
import { templateById } from '../src/templates/index.ts';
import { expect, server, test } from './support.ts';

test('a shared plan’s cards have plain connection marks; its copy’s cards have handles that start a link', async ({ page }) => {
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(server(page, 'MBX01')).toBeVisible();
  const cards = await page.locator('.react-flow__node').count();
  // React Flow's handles carry the node's id; the plain marks do not.
  const live = page.locator('.react-flow__handle[data-nodeid]');
  await expect(page.locator('.conn-handle')).toHaveCount(2 * cards);
  await expect(page.locator('.conn-handle.source')).toHaveCount(cards);
  await expect(live).toHaveCount(0);
  // Shown on hover all the same, as before.
  const mbx = server(page, 'MBX01');
  await mbx.hover();
  await expect(mbx.locator('.conn-handle.source')).toBeVisible();

  await page.getByRole('button', { name: 'Open a copy to edit' }).click();
  await expect(page.getByRole('region', { name: 'Shared plan' })).toHaveCount(0);
  await expect(live).toHaveCount(2 * cards);
  const hub = server(page, 'HUB01');
  await hub.hover();
  const handle = hub.locator('.react-flow__handle.source');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 40, { steps: 5 });
  await expect(page.locator('.react-flow__connection')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.mouse.up();
});
