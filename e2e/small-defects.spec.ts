import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dragFromPalette, expect, expectFitted, findingsPanel, openApp, openTemplate, test, viewTab } from './support.ts';

async function planNames(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Plans' }).click();
  const names = await page.locator('.plan-list .plan-name').allInnerTexts();
  await page.keyboard.press('Escape');
  return names;
}

test('opening templates while in Deploy logs no errors, and Design shows the new plan fitted', async ({ page }) => {
  await openApp(page);
  await viewTab(page, 'Deploy').click();
  await openTemplate(page, 'Figure 3');
  await openTemplate(page, 'Figure 2');
  await viewTab(page, 'Design').click();
  await expect(page.locator('.react-flow__node-site').first()).toBeVisible();
  await expectFitted(page);
});

test('an imported plan is always fitted, whatever the previous view', async ({ page }) => {
  await openApp(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'File' }).click().then(() => page.getByRole('menuitem', { name: 'Export plan JSON' }).click())]);
  const plan = JSON.parse(await readFile((await file.path())!, 'utf8'));
  // The same plan far to the right and far below: a view left on the previous plan shows nothing.
  const far = structuredClone(plan);
  for (const site of far.sites) far.layout[site.id] = { ...far.layout[site.id], x: far.layout[site.id].x + 6000, y: far.layout[site.id].y + 4000 };
  for (const item of far.infrastructure) if (!item.site) far.layout[item.id] = { x: far.layout[item.id].x + 6000, y: far.layout[item.id].y + 4000 };
  for (let i = 0; i < 6; i++) {
    const next = i % 2 ? plan : far;
    await page.getByTestId('import-input').setInputFiles({ name: `plan-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(next)) });
    await expect(page.locator('.notice.success').last()).toContainText(`plan-${i}.json`);
    await expectFitted(page);
  }
});

test('a template opened twice is named "(2)" the second time', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 1');
  await expect(page.locator('.plan-title')).toHaveText('Figure 1: Four server roles on one server (2)');
  await openTemplate(page, 'Figure 1');
  expect(await planNames(page)).toEqual(expect.arrayContaining(['Figure 1: Four server roles on one server', 'Figure 1: Four server roles on one server (2)', 'Figure 1: Four server roles on one server (3)']));
});

test('switching plans does not reorder the plans list', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 2');
  await openTemplate(page, 'Figure 3');
  const before = await planNames(page);
  expect(before).toHaveLength(3);
  for (const name of [before[2]!, before[1]!, before[0]!]) {
    await page.getByRole('button', { name: 'Plans' }).click();
    await page.locator('.plan-list .plan-open').filter({ has: page.getByText(name, { exact: true }) }).click();
    await expect(page.locator('.plan-title')).toHaveText(name);
    await page.waitForTimeout(600); // longer than the autosave delay
    expect(await planNames(page)).toEqual(before);
  }
});

test('an open "Why?" belongs to its plan', async ({ page }) => {
  await openApp(page);
  const why = () => findingsPanel(page).locator('.finding').first().getByRole('button', { name: 'Why?' });
  // Notes only: the panel is a one-line summary until asked to show them.
  await findingsPanel(page).getByRole('button', { name: 'Show notes' }).click();
  await why().click();
  await expect(findingsPanel(page).locator('.finding-why')).toHaveCount(1);
  // A second copy of the same template has the same findings, each explanation closed.
  await openTemplate(page, 'Figure 1');
  await expect(findingsPanel(page).locator('.finding')).not.toHaveCount(0);
  await expect(findingsPanel(page).locator('.finding-why')).toHaveCount(0);
  await expect(why()).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'Plans' }).click();
  await page.locator('.plan-list .plan-open').filter({ has: page.locator('.plan-name', { hasText: /^Figure 1: Four server roles on one server$/ }) }).click();
  await expect(findingsPanel(page).locator('.finding-why')).toHaveCount(1);
});

test('a read-only shared plan disables the palette and says why', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Copy share link…' }).click();
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.keyboard.press('Escape');
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toBeVisible();
  const palette = page.getByRole('navigation', { name: 'Palette' });
  await expect(palette.getByRole('note')).toContainText('shared with you as a link');
  await expect(palette.getByRole('button', { name: 'Add Exchange 2007 server', exact: true })).toHaveAttribute('aria-disabled', 'true');
  const servers = await page.locator('.react-flow__node-server').count();
  await dragFromPalette(page, 'Exchange 2007 server', page.locator('.react-flow__pane'), { x: 60, y: 60 });
  await palette.getByRole('button', { name: 'Add Mailbox', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node-server')).toHaveCount(servers);
  await page.getByRole('button', { name: 'Open a copy to edit' }).click();
  await expect(page.getByRole('region', { name: 'Shared plan' })).toHaveCount(0);
  await expect(palette.getByRole('button', { name: 'Add Mailbox', exact: true })).not.toHaveAttribute('aria-disabled', 'true');
});
