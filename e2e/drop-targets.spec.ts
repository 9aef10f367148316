import type { Page } from '@playwright/test';
import { dragWithMouse, offsetFrom, pointIn, viewStill } from './mouse.ts';
import { dragFromPalette, expect, openApp, openTemplate, paletteItem, server, test } from './support.ts';

const site = (page: Page, name: string) => page.locator('.react-flow__node-site').filter({ hasText: name });
const cluster = (page: Page) => page.locator('.react-flow__node-cluster');
const target = (page: Page) => page.locator('.drop-target');

test('while dragging, the site under the pointer is highlighted and receives the server', async ({ page }) => {
  await openApp(page);
  await viewStill(page);
  const edge = server(page, 'EDGE01');
  const hq = site(page, 'Head office');
  // The pointer goes just inside Head office's top edge while most of the card is still above it.
  const grab = await pointIn(edge, { x: 0.5, y: 0.1 });
  const box = (await hq.boundingBox())!;
  const into = { x: box.x + box.width / 2, y: box.y + 12 };
  await dragWithMouse(page, grab, into, async () => {
    await expect(target(page)).toHaveAttribute('data-target', 'hq');
    await expect(target(page)).not.toHaveClass(/refused/);
  });
  await expect(target(page)).toHaveCount(0);
  await edge.click();
  await expect(page.getByTestId('inspector').getByLabel('Site', { exact: true })).toHaveValue('hq');
});

test('a server with Client Access dragged into a cluster shows why it is refused, and stays', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await viewStill(page);
  const cas = server(page, 'CAS01');
  const offset = offsetFrom(cas, server(page, 'HUB01'));
  const before = await offset();
  await dragWithMouse(page, await pointIn(cas, { x: 0.5, y: 0.1 }), await pointIn(cluster(page), { x: 0.5, y: 0.9 }), async () => {
    await expect(target(page)).toHaveAttribute('data-target', 'cms01');
    await expect(target(page)).toHaveClass(/refused/);
    await expect(page.locator('.drop-reason')).toHaveText(/Only the Mailbox role may run on a cluster node: CAS01 also runs Client Access/);
  });
  await expect(page.locator('.notice', { hasText: 'Only the Mailbox role may run on a cluster node' })).toBeVisible();
  await expect.poll(offset).toEqual(before);
  await cas.click();
  await expect(page.getByTestId('inspector').getByLabel('Cluster', { exact: true })).toHaveValue('');
});

test('an Exchange 2007 role over an Exchange 2003 server shows the "no" state, and the drop adds nothing', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 2');
  await viewStill(page);
  const hq = site(page, 'Head office');
  const box = (await hq.boundingBox())!;
  await dragFromPalette(page, 'Existing Exchange 2003', hq, { x: box.width / 2, y: box.height - 10 });
  const legacy = page.locator('.react-flow__node-server').filter({ hasText: 'Exchange 2003' });
  await expect(legacy).toHaveCount(1);
  // The new server brings an error: the findings panel opens; fit the plan above it.
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(400);
  await dragWithMouse(page, await pointIn(paletteItem(page, 'Hub Transport')), await pointIn(legacy), async () => {
    await expect(target(page)).toHaveClass(/refused/);
    await expect(page.locator('.drop-reason')).toHaveText(/runs Exchange 2003, and Exchange 2007 roles cannot share a computer with an earlier version/);
  });
  await expect(legacy.locator('[data-role]')).toHaveCount(0);
  await expect(target(page)).toHaveCount(0);
});

test('deleting a site takes its contents, and the toast brings it all back', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await viewStill(page);
  await site(page, 'Head office').locator('.site-tab').click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Delete');
  await expect(site(page, 'Head office')).toHaveCount(0);
  await expect(page.locator('.react-flow__node-server')).toHaveCount(1);
  const toast = page.locator('.notice', { hasText: 'Deleted Head office with 5 servers and 5 other items in it.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(site(page, 'Head office')).toHaveCount(1);
  await expect(page.locator('.react-flow__node-server')).toHaveCount(6);
});

test('"Remove container, keep contents" leaves the nodes exactly where they are on screen', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await viewStill(page);
  const nodes = ['MBX01', 'MBX02'];
  // Measured from HUB01, which stays put, so a view still settling after the template opened does not matter.
  const offsets = () => Promise.all(nodes.map((n) => offsetFrom(server(page, n), server(page, 'HUB01'))()));
  const before = await offsets();
  await cluster(page).locator('.cluster-head').click({ position: { x: 300, y: 12 } });
  await page.getByTestId('inspector').getByRole('button', { name: 'Remove container, keep contents' }).click();
  await expect(cluster(page)).toHaveCount(0);
  expect(await offsets()).toEqual(before);
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
  await server(page, 'MBX01').click();
  await expect(page.getByTestId('inspector').getByLabel('Site', { exact: true })).toHaveValue('hq');
});
