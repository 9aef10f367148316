import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, openTemplate, server, test } from './support.ts';

const inspector = (page: Page) => page.getByTestId('inspector');
const checklistView = (page: Page) => page.getByRole('region', { name: 'Deployment checklist' });
const compareView = (page: Page) => page.getByRole('region', { name: 'Compare plans' });
const step = (page: Page, title: string) => checklistView(page).locator('li.step').filter({ hasText: title });
const CMS_STEP = 'Install the clustered mailbox server CMS01 on MBX01 (active node)';

async function showView(page: Page, name: 'Design' | 'Deploy' | 'Compare plans') {
  const tab = page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

async function dismissNotices(page: Page) {
  for (const button of await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).all()) await button.click();
}

/** Figure 3 names its clustered mailbox server's IP address; clearing it leaves Setup's switch to fill in. */
async function clearClusterAddress(page: Page) {
  await page.locator('.react-flow__node-cluster .cluster-count').click();
  const address = inspector(page).getByLabel('IP address');
  await address.fill('');
  await address.press('Enter');
  await expect(address).toHaveValue('');
}

test('Figure 3: the Deploy view shows the clustered mailbox server command, and ticks survive a reload', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await showView(page, 'Deploy');
  await expect(step(page, CMS_STEP).locator('.cmd-text')).toContainText('/NewCms /CMSName:CMS01 /CMSIPAddress:10.0.0.50');

  await showView(page, 'Design');
  await clearClusterAddress(page);
  await showView(page, 'Deploy');
  const cms = step(page, CMS_STEP);
  await expect(cms.locator('.cmd-text')).toContainText('Setup.com /mode:Install /roles:Mailbox /NewCms /CMSName:CMS01 /CMSIPAddress:<CMS IP address>');
  await expect(cms.locator('.cmd-text mark.placeholder')).toHaveText('<CMS IP address>');
  await expect(checklistView(page).locator('.deploy-progress-text')).toHaveText(/^0 of \d+ steps done$/);
  await dismissNotices(page);
  await page.screenshot({ path: 'test-results/screenshots/deploy-figure-3.png' });

  await page.getByRole('checkbox', { name: 'Extend the Active Directory schema' }).check();
  await page.getByRole('checkbox', { name: CMS_STEP }).check();
  await expect(checklistView(page).locator('.deploy-progress-text')).toHaveText(/^2 of \d+ steps done$/);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/screenshots/deploy-figure-3-cluster.png' });

  await page.reload();
  await expect(page.locator('.plan-title')).toContainText('Figure 3');
  await showView(page, 'Deploy');
  await expect(page.getByRole('checkbox', { name: CMS_STEP })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Extend the Active Directory schema' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Prepare Active Directory' })).not.toBeChecked();
  await expect(checklistView(page).locator('.deploy-progress-text')).toHaveText(/^2 of \d+ steps done$/);
});

test('filling in the cluster address from the checklist puts it in the command; copy, Markdown and print', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await clearClusterAddress(page);
  await showView(page, 'Deploy');
  // Keys meant for the diagram do nothing here: Delete leaves the selected cluster alone.
  await page.keyboard.press('Delete');

  await step(page, CMS_STEP).getByRole('button', { name: 'Fill in CMS IP address' }).click();
  await expect(page.getByRole('tab', { name: 'Design' })).toHaveAttribute('aria-selected', 'true');
  const address = inspector(page).getByLabel('IP address');
  await expect(address).toBeFocused();
  await address.fill('10.0.0.50');
  await address.press('Enter');

  await showView(page, 'Deploy');
  const command = step(page, CMS_STEP).locator('.cmd-text');
  await expect(command).toContainText('/CMSIPAddress:10.0.0.50');
  await expect(command.locator('mark')).toHaveCount(0);
  await step(page, CMS_STEP).getByRole('button', { name: /^Copy command/ }).click();
  await expect(step(page, CMS_STEP).locator('.cmd-status')).toHaveText('Copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Setup.com /mode:Install /roles:Mailbox /NewCms /CMSName:CMS01 /CMSIPAddress:10.0.0.50',
  );

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^Figure-3.*-checklist\.md$/);
  const markdown = await readFile(await file.path(), 'utf8');
  expect(markdown).toContain('# Deployment checklist: Figure 3');
  expect(markdown).toContain('- [ ] **Install the clustered mailbox server CMS01 on MBX01 (active node)**');
  expect(markdown).toContain('/CMSIPAddress:10.0.0.50');

  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print checklist' }).click();
  await expect(page.locator('#print-root')).toContainText('Deployment checklist: Figure 3');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#print-root')).toBeVisible();
  await expect(page.locator('.app')).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/deploy-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // The selected cluster's inspector lists its nodes' commands.
  await showView(page, 'Design');
  await expect(inspector(page).getByRole('heading', { name: 'CMS01', exact: true })).toBeVisible();
  const commands = inspector(page).getByRole('region', { name: 'Setup commands' });
  await expect(commands).toContainText('/NewCms /CMSName:CMS01 /CMSIPAddress:10.0.0.50');
  await expect(commands).toContainText('MBX02');
  await commands.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/deploy-inspector-cluster.png' });
});

test('comparing a plan with an edited copy shows the Setup.com change for EX01', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  await page.getByRole('button', { name: /^Duplicate Figure 1/ }).click();
  await expect(page.locator('.plan-title')).toContainText('(copy)');
  await server(page, 'EX01').click();
  await inspector(page).getByLabel('Unified Messaging').uncheck();
  await expect(inspector(page).getByRole('region', { name: 'Setup commands' })).toContainText('/roles:ClientAccess,HubTransport,Mailbox');

  await showView(page, 'Compare plans');
  const view = compareView(page);
  const original = 'Figure 1: Four server roles on one server';
  await view.getByLabel('Installed (current) plan').selectOption({ label: original });
  await view.getByLabel('Target plan').selectOption({ label: `${original} (copy) (open)` });
  await expect(view.locator('.diff-count.kind-modify .diff-count-n')).toHaveText('1');
  const change = view.locator('[data-change="modify:EX01"]');
  await expect(change).toContainText('EX01: remove Unified Messaging');
  await expect(change.locator('.role-change.remove')).toContainText('Unified Messaging');
  await expect(change.locator('.cmd-text').filter({ hasText: 'Uninstall' })).toContainText('Setup.com /mode:Uninstall /roles:UnifiedMessaging');
  await expect(view.locator('.diff-unchanged')).toContainText('EDGE01');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText('1 server to change');
  await dismissNotices(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'test-results/screenshots/diff-view.png' });

  const [file] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Export Markdown' }).click()]);
  const markdown = await readFile(await file.path(), 'utf8');
  expect(markdown).toContain('Setup.com /mode:Uninstall /roles:UnifiedMessaging');

  await view.getByRole('button', { name: 'Swap the two plans' }).click();
  await expect(view.locator('[data-change="modify:EX01"]')).toContainText('Setup.com /mode:Install /roles:UnifiedMessaging');
});

test('a stored plan that cannot be read is named in the comparison', async ({ page }) => {
  await openApp(page);
  // The first start stored Figure 1 as a database of its own: the only plan so far.
  const original = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('etd-plan:')));
  expect(original).toHaveLength(1);
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  await page.getByRole('button', { name: /^Duplicate Figure 1/ }).click();
  await expect(page.locator('.plan-title')).toContainText('(copy)');
  // The original's storage goes away behind the app's back (a cleared site, a damaged profile).
  await page.evaluate(
    (name) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.deleteDatabase(name!);
        request.onsuccess = () => done();
        request.onerror = () => fail(request.error);
      }),
    original[0],
  );
  await server(page, 'EX01').click();
  await inspector(page).getByLabel('Unified Messaging').uncheck();
  await showView(page, 'Compare plans');
  await expect(compareView(page).getByRole('alert')).toContainText('The installed plan cannot be compared. The saved plan could not be read');
});

test('a plan with errors says so first in the Deploy view, and each error leads to its server', async ({ page }) => {
  await openApp(page);
  await server(page, 'EX01').click();
  await inspector(page).getByLabel('Architecture').selectOption('x86');
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
  await expect(inspector(page).getByLabel('Plan name')).toBeVisible();
  await showView(page, 'Deploy');
  const callout = checklistView(page).locator('.errors-callout');
  await expect(callout).toContainText(/This plan has 1 error: fix it before deploying/);
  const calloutBox = await callout.boundingBox();
  const firstSection = await checklistView(page).locator('.deploy-section').first().boundingBox();
  expect(calloutBox!.y).toBeLessThan(firstSection!.y);
  await page.screenshot({ path: 'test-results/screenshots/deploy-errors.png' });

  await callout.getByRole('button').filter({ hasText: 'EX01' }).click();
  await expect(page.locator('.react-flow')).toBeVisible();
  await expect(inspector(page).getByRole('heading', { name: 'EX01', exact: true })).toBeVisible();
});
