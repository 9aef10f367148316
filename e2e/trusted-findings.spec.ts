// Findings a user can trust at a glance: every check the inspector makes is also a finding, plan
// findings are drawn at full strength, refused renames and drops say why, and the Deploy view never
// prints a value that has an error.
import type { Page } from '@playwright/test';
import { dragFromPalette, expect, findingsPanel, openApp, server, statusCounts, test } from './support.ts';

const inspector = (page: Page) => page.getByTestId('inspector');
const notice = (page: Page) => page.locator('.notice.warning');

async function showView(page: Page, name: 'Design' | 'Deploy') {
  const tab = page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test('an organization name Setup refuses is stored, counted as an error, and never printed in a command', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const field = inspector(page).getByLabel('Organization name');
  await field.fill('Contoso" & calc.exe & "');
  await field.press('Tab');
  await expect(field).toHaveValue('Contoso" & calc.exe & "');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector(page).locator('.insp-message.error')).toContainText('org-name-invalid');
  await expect(statusCounts(page)).toContainText('1 error');

  // A finding about the plan itself has no item on the canvas, yet it is drawn at full strength.
  const row = findingsPanel(page).locator('[data-rule="org-name-invalid"]');
  const text = row.locator('.finding-text');
  await expect(text).toBeEnabled();
  expect(await text.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await expect(
    row.getByRole('button', { name: 'Rename the organization to Contoso calc exe' }),
  ).toBeVisible();

  await showView(page, 'Deploy');
  const region = page.getByRole('region', { name: 'Deployment checklist' });
  const prepareAd = region.locator('li.step').filter({ hasText: 'Prepare Active Directory' });
  await expect(prepareAd.locator('.cmd-text')).toHaveText(
    'Setup.com /PrepareAD /OrganizationName:<organization name>',
  );
  await expect(prepareAd.locator('.fill-ins li.blocked')).toContainText('Not printed');
  await expect(region).not.toContainText('calc.exe & "');
  const callout = region.locator('.errors-callout .error-link').first();
  await expect(callout).toBeEnabled();
  await prepareAd.screenshot({ path: 'test-results/screenshots/deploy-blocked-value.png' });

  await prepareAd.getByRole('button', { name: /Fix/ }).click();
  await expect(inspector(page).getByLabel('Organization name')).toBeFocused();
});

test('a rename the canvas refuses says why, and the inspector keeps the plan’s name', async ({ page }) => {
  await openApp(page);
  await server(page, 'EX01').locator('.server-name').dblclick();
  const box = server(page, 'EX01').getByRole('textbox', { name: 'Name', exact: true });
  await box.fill('EDGE01');
  await expect(page.locator('.inline-problem')).toContainText('already the name of another server');
  await box.press('Enter');
  await expect(notice(page)).toContainText(
    'Not renamed to “EDGE01”: EDGE01 is already the name of another server',
  );
  await expect(server(page, 'EX01')).toBeVisible();

  await server(page, 'EX01').click();
  const name = inspector(page).getByLabel('Server name');
  await name.fill('EX 01');
  await name.press('Tab');
  await expect(name).toHaveValue('EX01');
  await expect(notice(page).last()).toContainText(
    'Server name not changed to “EX 01”: A computer name may hold only letters, digits and hyphens.',
  );
  await page.screenshot({ path: 'test-results/screenshots/rename-refused.png' });
});

test('the canvas refuses an Exchange 2007 role dropped on an Exchange 2003 server, as the inspector does', async ({
  page,
}) => {
  await openApp(page);
  const site = page.locator('.react-flow__node-site').filter({ hasText: 'Head office' });
  const area = (await site.boundingBox())!;
  // Onto the site's free margin below its cards (the new server then takes the nearest free place).
  await dragFromPalette(page, 'Existing Exchange 2003', site, { x: area.width / 2, y: area.height - 10 });
  const legacy = page.locator('.react-flow__node-server').filter({ hasText: 'Exchange 2003' });
  await expect(legacy).toHaveCount(1);
  // The findings panel has opened on the new server's error: fit the plan into the room above it.
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(400);
  await dragFromPalette(page, 'Hub Transport', legacy);
  await expect(notice(page)).toContainText('EX2003-01 runs Exchange 2003, and Exchange 2007 roles cannot share a computer with an earlier version');
  await expect(legacy.locator('.chips')).toHaveCount(0);
  await expect(findingsPanel(page).locator('[data-rule="legacy-no-2007-roles"]')).toHaveCount(0);
});
