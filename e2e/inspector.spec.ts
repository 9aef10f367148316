import { expect, findingsPanel, openApp, openTemplate, server, test } from './support.ts';

test('the inspector edits a server and checks its name as you type', async ({ page }) => {
  await openApp(page);
  await server(page, 'EX01').click();
  const inspector = page.getByTestId('inspector');
  const name = inspector.getByLabel('Server name');
  await name.fill('EX 01!');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('MBX01');
  await name.press('Enter');
  await expect(server(page, 'MBX01')).toBeVisible();
  await inspector.getByLabel('Architecture').selectOption('x86');
  await expect(findingsPanel(page).locator('[data-rule="x64-required"]')).toContainText('MBX01');
});

test('setting a cluster node to Standard edition is flagged, and fixed from the panel', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  const node = page.locator('.react-flow__node-server').filter({ has: page.locator('.node-role.active') });
  await node.click();
  await page.getByTestId('inspector').getByLabel('Exchange edition').selectOption('standard');
  const finding = findingsPanel(page).locator('[data-rule="cluster-exchange-enterprise"]');
  await expect(finding).toBeVisible();
  await finding.locator('button.fix').first().click();
  await expect(findingsPanel(page).locator('[data-rule="cluster-exchange-enterprise"]')).toHaveCount(0);
});
