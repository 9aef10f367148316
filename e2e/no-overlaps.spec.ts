import type { Page } from '@playwright/test';
import { canvasOverlaps, dragWithMouse, offsetFrom, pointIn, viewStill } from './mouse.ts';
import { expect, openApp, openTemplate, server, test } from './support.ts';

const site = (page: Page, name: string) => page.locator('.react-flow__node-site').filter({ hasText: name });

test('a server dragged onto another keeps its spot and the other steps aside', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await viewStill(page);
  const um = server(page, 'UM01');
  const cas = server(page, 'CAS01');
  const offset = offsetFrom(cas, server(page, 'HUB01'));
  const casBefore = await offset();
  const grab = await pointIn(um, { x: 0.5, y: 0.15 });
  const onto = await pointIn(cas, { x: 0.6, y: 0.3 });
  await dragWithMouse(page, grab, onto);
  await expect.poll(offset).not.toEqual(casBefore);
  const dropped = (await um.boundingBox())!;
  expect(Math.abs(dropped.x + dropped.width / 2 - onto.x)).toBeLessThan(12);
  expect(await canvasOverlaps(page)).toEqual([]);
  // One undo step puts both back.
  await page.keyboard.press('Control+Z');
  await expect.poll(offset).toEqual(casBefore);
});

test('duplicated and pasted servers each take a free place', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 2');
  await viewStill(page);
  await server(page, 'HUB01').click();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Control+D');
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
  await expect(page.locator('.react-flow__node-server')).toHaveCount(5 + 7);
  expect(await canvasOverlaps(page)).toEqual([]);
});

test('a site that grows pushes the site beside it instead of growing under it', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 1');
  await viewStill(page);
  // A second site right of Head office, dropped from the palette with the mouse.
  const hq = (await site(page, 'Head office').boundingBox())!;
  await dragWithMouse(page, await pointIn(page.getByRole('button', { name: 'Add AD site', exact: true })), { x: hq.x + hq.width + 40, y: hq.y + 10 });
  await expect(site(page, 'Site 2')).toBeVisible();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(400);
  // Drag EX01 far right inside Head office: the site grows, and Site 2 moves out of its way.
  const ex01 = server(page, 'EX01');
  const from = await pointIn(ex01, { x: 0.5, y: 0.1 });
  const site2 = (await site(page, 'Site 2').boundingBox())!;
  const headRight = (await site(page, 'Head office').boundingBox())!;
  await dragWithMouse(page, from, { x: Math.min(headRight.x + headRight.width - 20, site2.x - 10), y: from.y + 40 });
  await page.waitForTimeout(300);
  expect(await canvasOverlaps(page)).toEqual([]);
  const grown = (await site(page, 'Head office').boundingBox())!;
  const pushed = (await site(page, 'Site 2').boundingBox())!;
  expect(pushed.x).toBeGreaterThanOrEqual(grown.x + grown.width - 1);
});
