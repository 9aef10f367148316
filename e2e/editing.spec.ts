import { dragFromPalette, expect, findingsPanel, openApp, openTemplate, paletteItem, server, test } from './support.ts';

test('drag a role from the palette into a server', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 2');
  const mailbox = page.locator('.react-flow__node-server').filter({ has: page.locator('[data-role="Mailbox"]') }).first();
  const name = (await mailbox.getAttribute('aria-label'))!.match(/^Server (\S+):/)![1]!;
  await dragFromPalette(page, 'Hub Transport', mailbox);
  await expect(server(page, name).locator('[data-role="HubTransport"]')).toBeVisible();
});

test('Client Access on a cluster node is flagged, and the quick fix removes it', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  const node = page.locator('.react-flow__node-server').filter({ has: page.locator('.node-role.active') });
  const name = (await node.getAttribute('aria-label'))!.match(/^Server (\S+):/)![1]!;
  await dragFromPalette(page, 'Client Access', node);
  await expect(server(page, name).locator('[data-role="ClientAccess"]')).toBeVisible();
  await expect(server(page, name).locator('.finding-badge.sev-error')).toBeVisible();
  const finding = findingsPanel(page).locator('[data-rule="cluster-mailbox-only"]');
  await expect(finding).toContainText(name);
  await finding.getByRole('button', { name: /Move Client Access/ }).click();
  await expect(findingsPanel(page).locator('[data-rule="cluster-mailbox-only"]')).toHaveCount(0);
  await expect(server(page, name).locator('[data-role="ClientAccess"]')).toHaveCount(0);
});

test('a finding row follows the plan: its quick fix names the next free computer name, and the other rows stay', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  const node = page.locator('.react-flow__node-server').filter({ has: page.locator('.node-role.active') });
  await dragFromPalette(page, 'Client Access', node);
  const finding = findingsPanel(page).locator('[data-rule="cluster-mailbox-only"]');
  const fix = finding.getByRole('button', { name: /Move Client Access to a new server/ });
  const offered = (await fix.textContent())!.match(/new server (\S+)/)![1]!;
  const rows = await findingsPanel(page).locator('li.finding').count();
  // Another server takes that name: the finding is the same, its fix names the next free one.
  await server(page, 'UM01').click();
  const name = page.getByTestId('inspector').getByLabel('Server name');
  await name.fill(offered);
  await name.press('Enter');
  await expect(server(page, offered)).toBeVisible();
  await expect(fix).not.toContainText(`new server ${offered}`);
  await expect(fix).toContainText(/Move Client Access to a new server \S+/);
  await expect(findingsPanel(page).locator('li.finding')).toHaveCount(rows);
  await fix.click();
  await expect(findingsPanel(page).locator('[data-rule="cluster-mailbox-only"]')).toHaveCount(0);
});

test('Edge Transport dropped on the Figure 1 server is flagged edge-alone', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Edge Transport', server(page, 'EX01'));
  await expect(findingsPanel(page).locator('[data-rule="edge-alone"]')).toContainText('EX01');
  await expect(server(page, 'EX01')).toHaveAttribute('aria-label', /error/);
});

test('undo and redo an edit', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Edge Transport', server(page, 'EX01'));
  await expect(server(page, 'EX01').locator('[data-role="EdgeTransport"]')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(server(page, 'EX01').locator('[data-role="EdgeTransport"]')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(server(page, 'EX01').locator('[data-role="EdgeTransport"]')).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(server(page, 'EX01').locator('[data-role="EdgeTransport"]')).toHaveCount(0);
  await page.keyboard.press('Control+Y');
  await expect(server(page, 'EX01').locator('[data-role="EdgeTransport"]')).toBeVisible();
});

test('autosave keeps an edit across a reload', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Edge Transport', server(page, 'EX01'));
  await expect(server(page, 'EX01').locator('[data-role="EdgeTransport"]')).toBeVisible();
  await expect(page.locator('.status-save')).toHaveText('Saved in this browser');
  // At once, as a user may: the edit is kept however soon the page goes.
  await page.reload();
  await expect(server(page, 'EX01').locator('[data-role="EdgeTransport"]')).toBeVisible();
});

test('add a server and a role with the keyboard only', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Empty plan');
  const site = paletteItem(page, 'AD site');
  await site.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node-site')).toHaveCount(1);
  // The new site is selected: Enter on a palette server puts the server into it.
  await paletteItem(page, 'Exchange 2007 server').focus();
  await page.keyboard.press('Enter');
  await expect(server(page, 'EX01')).toBeVisible();
  await paletteItem(page, 'Mailbox').focus();
  await page.keyboard.press('Enter');
  await expect(server(page, 'EX01').locator('[data-role="Mailbox"]')).toBeVisible();
  await expect(findingsPanel(page).locator('[data-rule="site-needs-hub"]')).toBeVisible();
});
