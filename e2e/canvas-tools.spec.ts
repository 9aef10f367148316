import { dragFromPalette, expect, findingsPanel, openApp, openTemplate, server, test } from './support.ts';

test('copy, paste, duplicate and delete servers with their roles', async ({ page }) => {
  await openApp(page);
  await server(page, 'EX01').click();
  await page.keyboard.press('Control+C');
  await page.keyboard.press('Control+V');
  await expect(server(page, 'EX02')).toBeVisible();
  await expect(server(page, 'EX02').locator('.role-chip')).toHaveCount(4);
  await page.keyboard.press('Control+D');
  await expect(server(page, 'EX03')).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(server(page, 'EX03')).toHaveCount(0);
  await expect(server(page, 'EX02')).toBeVisible();
});

test('rename a server by double-clicking its name', async ({ page }) => {
  await openApp(page);
  await server(page, 'EX01').locator('.server-name').dblclick();
  const input = server(page, 'EX01').getByRole('textbox', { name: 'Name' });
  await input.fill('EX 01');
  await expect(server(page, 'EX01').getByRole('alert')).toContainText('letters, digits and hyphens');
  await input.fill('MAIL01');
  await input.press('Enter');
  await expect(server(page, 'MAIL01')).toBeVisible();
});

test('a link drawn from Hub Transport to an Exchange 2003 server becomes a routing group connector', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 2');
  const site = page.locator('.react-flow__node-site').filter({ hasText: 'Head office' });
  const box = (await site.boundingBox())!;
  // Onto the site's free margin below its cards (the new server then takes the nearest free place).
  await dragFromPalette(page, 'Existing Exchange 2003', site, { x: box.width / 2, y: box.height - 10 });
  const legacy = page.locator('.react-flow__node-server.legacy, .react-flow__node-server').filter({ hasText: 'Exchange 2003' });
  await expect(legacy).toHaveCount(1);
  await expect(findingsPanel(page).locator('[data-rule="legacy-routing-group-connector"]')).toBeVisible();
  // The findings panel has opened on the error: fit the plan into the room left above it.
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(400);
  const hub = page.locator('.react-flow__node-server').filter({ has: page.locator('[data-role="HubTransport"]') }).first();
  await hub.hover();
  await hub.locator('.react-flow__handle.source').dragTo(legacy);
  await expect(page.locator('.edge-label', { hasText: 'Routing group connector' })).toBeVisible();
  await expect(findingsPanel(page).locator('[data-rule="legacy-routing-group-connector"]')).toHaveCount(0);
});

test('auto-layout keeps every item and the shortcuts dialog lists the keys', async ({ page }) => {
  await openApp(page);
  const before = await page.locator('.react-flow__node').count();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(before);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toContainText('Ctrl+Z');
  await expect(dialog).toContainText('Arrow keys');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('find a server by name and jump to it', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await page.keyboard.press('Control+F');
  await page.getByLabel('Name to find').fill('mbx02');
  await page.keyboard.press('Enter');
  await expect(server(page, 'MBX02')).toHaveClass(/selected/);
  await expect(page.getByTestId('inspector').getByLabel('Server name')).toHaveValue('MBX02');
});

test('dragging a server into another site re-homes it where it was dropped', async ({ page }) => {
  await openApp(page);
  const edge = server(page, 'EDGE01');
  const site = page.locator('.react-flow__node-site').filter({ hasText: 'Head office' });
  const from = (await edge.boundingBox())!;
  const to = (await site.boundingBox())!;
  // Well inside the canvas, so React Flow does not auto-pan while the pointer is near its edge.
  const start = { x: from.x + from.width / 2, y: from.y + 10 };
  const target = { x: to.x + to.width * 0.6, y: to.y + to.height * 0.7 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 2, start.y + 1);
  for (let i = 1; i <= 20; i++) await page.mouse.move(start.x + ((target.x - start.x) * i) / 20, start.y + ((target.y - start.y) * i) / 20);
  const shown = (await edge.boundingBox())!;
  await page.mouse.up();
  await expect(findingsPanel(page).locator('[data-rule="edge-outside-forest"]')).toContainText('EDGE01');
  const dropped = (await edge.boundingBox())!;
  // It stays where it was shown when the button was released (give or take the 8-unit grid).
  expect(Math.abs(dropped.x - shown.x)).toBeLessThan(6);
  expect(Math.abs(dropped.y - shown.y)).toBeLessThan(6);
  expect(Math.abs(dropped.x + dropped.width / 2 - target.x)).toBeLessThan(12);
  await edge.click();
  await expect(page.getByTestId('inspector').getByLabel('Site', { exact: true })).toHaveValue('hq');
});

test('the inspector follows the selection on the canvas: click, Shift+click, the pane, a drag', async ({ page }) => {
  await openApp(page);
  const inspector = page.getByTestId('inspector');
  await server(page, 'EX01').click();
  await expect(inspector.getByLabel('Server name')).toHaveValue('EX01');
  await server(page, 'EDGE01').click({ modifiers: ['Shift'] });
  await expect(server(page, 'EX01')).toHaveClass(/selected/);
  await expect(server(page, 'EDGE01')).toHaveClass(/selected/);
  await expect(inspector).toContainText('2 items selected');
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
  await expect(server(page, 'EX01')).not.toHaveClass(/selected/);
  await expect(server(page, 'EDGE01')).not.toHaveClass(/selected/);
  await expect(inspector.getByLabel('Server name')).toHaveCount(0);
  // Pressing on a server that is not selected and dragging it selects it; its fields are shown
  // once it is dropped.
  const box = (await server(page, 'EDGE01').boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + 10 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + i * 4, start.y + i * 2);
  await page.mouse.up();
  await expect(server(page, 'EDGE01')).toHaveClass(/selected/);
  await expect(server(page, 'EX01')).not.toHaveClass(/selected/);
  await expect(inspector.getByLabel('Server name')).toHaveValue('EDGE01');
});

test('a server deleted while it is being dragged leaves the inspector free to follow the next click', async ({ page }) => {
  await openApp(page);
  const box = (await server(page, 'EDGE01').boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + 10 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(start.x + i * 4, start.y + i * 2);
  await page.keyboard.press('Delete');
  // React Flow abandons a drag whose node is gone at the next move.
  await page.mouse.move(start.x + 30, start.y + 16);
  await page.mouse.move(start.x + 34, start.y + 18);
  await page.mouse.up();
  await expect(server(page, 'EDGE01')).toHaveCount(0);
  await server(page, 'EX01').click();
  await expect(page.getByTestId('inspector').getByLabel('Server name')).toHaveValue('EX01');
});

test('the panels shown and the view chosen are kept across a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'View', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Findings' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(findingsPanel(page)).toHaveCount(0);
  const tabs = page.getByRole('tablist', { name: 'View' });
  await tabs.getByRole('tab', { name: 'Deploy', exact: true }).click();
  await page.reload();
  await expect(tabs.getByRole('tab', { name: 'Deploy', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Deployment checklist' })).toBeVisible();
  await tabs.getByRole('tab', { name: 'Design', exact: true }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(findingsPanel(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add AD site', exact: true })).toBeVisible();
});
