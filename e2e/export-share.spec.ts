import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, server, statusCounts, test } from './support.ts';

async function fileMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

async function download(page: Page, item: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), fileMenu(page, item)]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** Each export: the file name it gets and how its first bytes look. */
const EXPORTS = {
  'Export SVG': { name: /^Figure-1.*\.svg$/, head: '<?xml' },
  'Export PNG (2x)': { name: /^Figure-1.*@2x\.png$/, head: '\x89PNG' },
  'Export Visio (.vsdx)': { name: /^Figure-1.*\.vsdx$/, head: 'PK\x03\x04' },
  'Export draw.io (.drawio)': { name: /^Figure-1.*\.drawio$/, head: '<?xml' },
} as const;

for (const [format, expected] of Object.entries(EXPORTS)) {
  test(`${format} through the UI, re-imported, gives the same plan`, async ({ page }) => {
    await openApp(page);
    const original = await readFile((await download(page, 'Export plan JSON')).path, 'utf8');
    const exported = await download(page, format);
    expect(exported.name).toMatch(expected.name);
    const bytes = await readFile(exported.path);
    expect(bytes.subarray(0, expected.head.length).toString('latin1')).toBe(expected.head);
    await page.getByTestId('import-input').setInputFiles(exported.path);
    await expect(page.locator('.notice.success')).toContainText('Imported');
    await page.getByRole('button', { name: 'Plans' }).click();
    await expect(page.locator('.plan-list li')).toHaveCount(2);
    await page.keyboard.press('Escape');
    const reimported = await readFile((await download(page, 'Export plan JSON')).path, 'utf8');
    expect(reimported).toBe(original);
  });
}

test('a damaged Visio file is refused with a message and the open plan stays as it was', async ({ page }) => {
  await openApp(page);
  const exported = await download(page, 'Export Visio (.vsdx)');
  const bytes = await readFile(exported.path);
  await page.getByTestId('import-input').setInputFiles({ name: 'cut.vsdx', mimeType: 'application/octet-stream', buffer: bytes.subarray(0, bytes.length >> 1) });
  await expect(page.locator('.notice.error')).toContainText('This Visio file is damaged or incomplete');
  await expect(page.locator('.notice.error')).toContainText('Your open plan was not changed');
  await page.getByRole('button', { name: 'Plans' }).click();
  await expect(page.locator('.plan-list li')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(server(page, 'EX01')).toBeVisible();
});

test('a foreign file is refused with a message and the open plan stays as it was', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "hello": ') });
  await expect(page.locator('.notice.error')).toContainText('notes.json');
  await expect(page.locator('.notice.error')).toContainText('Your open plan was not changed');
  await expect(page.locator('.plan-title')).toContainText('Figure 1');
  await expect(server(page, 'EX01')).toBeVisible();
});

test('a share link opens the plan read-only in a fresh browser, and a copy can be edited', async ({ page, browser }) => {
  await openApp(page);
  await page.locator('.plan-title span').dblclick();
  await page.locator('.plan-title input').fill('Contoso shared design');
  await page.keyboard.press('Enter');
  await fileMenu(page, 'Copy share link…');
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(url).toMatch(/#plan=1\./);
  await expect(page.locator('.share-length')).toContainText('characters');

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole('region', { name: 'Shared plan' })).toContainText('Contoso shared design');
  await expect(server(fresh, 'EX01')).toBeVisible();
  await expect(statusCounts(fresh)).toContainText('0 errors');
  await fresh.getByRole('button', { name: 'Open a copy to edit' }).click();
  await expect(fresh.getByRole('region', { name: 'Shared plan' })).toHaveCount(0);
  await fresh.getByRole('button', { name: 'Plans' }).click();
  await expect(fresh.locator('.plan-list')).toContainText('Contoso shared design');
  await other.close();
});

test('a damaged link says so and the app still works', async ({ page }) => {
  await page.goto('/#plan=1.AAAAthis-is-not-a-plan');
  await expect(page.locator('.notice.error')).toContainText('damaged or incomplete');
  await expect(page.locator('.plan-title')).toContainText('Figure 1');
  await expect(server(page, 'EX01')).toBeVisible();
});
