// A standby cluster (an SCR target): marked in the inspector, drawn as such on the canvas and in the
// SVG export, installed passive in the Deploy view with its /RecoverCMS step kept for a site loss.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, openTemplate, test } from './support.ts';

const inspector = (page: Page) => page.getByTestId('inspector');

test('Figure 3 with CMS01 as a standby cluster: caption, frame, passive nodes, export and deploy', async ({
  page,
}) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  const cluster = page.locator('.react-flow__node-cluster');
  await cluster.locator('.cluster-count').click();
  await inspector(page).getByLabel('Standby cluster (SCR target)').check();

  await expect(cluster.locator('.cluster-box')).toHaveClass(/standby/);
  await expect(cluster.locator('.cluster-head')).toContainText('Standby:CMS01, SCR target');
  await expect(page.locator('.react-flow__node-server .node-role.passive')).toHaveCount(2);
  await expect(page.locator('.react-flow__node-server .node-role.active')).toHaveCount(0);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const at = (await cluster.boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
  await cluster.screenshot({ path: 'test-results/screenshots/standby-cluster.png' });

  await page.getByRole('button', { name: 'File' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Export SVG', exact: true }).click(),
  ]);
  const path = test.info().outputPath('standby.svg');
  await file.saveAs(path);
  const svg = await readFile(path, 'utf8');
  expect(svg).toContain('Standby: CMS01, SCR target');
  expect(svg).toContain('stroke-dasharray="2 4"');
  expect(svg.match(/>PASSIVE</g)).toHaveLength(2);

  await page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name: 'Deploy', exact: true }).click();
  const region = page.getByRole('region', { name: 'Deployment checklist' });
  await expect(region).not.toContainText('/roles:Mailbox /NewCms');
  await expect(region.locator('li.step').filter({ hasText: 'standby cluster CMS01' }).first()).toBeVisible();
  const recovery = region.locator('li.step').filter({ hasText: 'Only after losing the primary site' });
  await expect(recovery.locator('.cmd-text')).toHaveText(
    'Setup.com /RecoverCMS /CMSName:CMS01 /CMSIPAddress:10.0.0.50',
  );
});

test('the new plan fields are edited in the inspector and saved with the plan', async ({ page }) => {
  await openApp(page);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await inspector(page).getByLabel('Exchange 2000/2003 organization mode').selectOption('mixed');
  await inspector(page).getByLabel('Outlook 2003 or earlier clients remain').check();
  await page.locator('.react-flow__node-infrastructure').filter({ hasText: 'DC01' }).click();
  await inspector(page).getByLabel('Architecture').selectOption('x64');
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.locator('.react-flow__node-infrastructure').filter({ hasText: 'DC01' }).click();
  await expect(inspector(page).getByLabel('Architecture')).toHaveValue('x64');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(inspector(page).getByLabel('Exchange 2000/2003 organization mode')).toHaveValue('mixed');
  await expect(inspector(page).getByLabel('Outlook 2003 or earlier clients remain')).toBeChecked();
});
