import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, openTemplate, server, statusCounts, test } from './support.ts';

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

test('a page opened on a share link draws only the shared plan, never the plan open last time first', async ({ page, context }) => {
  await openApp(page);
  const ids = () => page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
  const lastTime = await ids();
  await openTemplate(page, 'Figure 3');
  const shared = await ids();
  await fileMenu(page, 'Copy share link…');
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.keyboard.press('Escape');
  await openTemplate(page, 'Figure 1');
  const onlyLastTime = lastTime.filter((id) => !shared.includes(id));
  expect(onlyLastTime.length).toBeGreaterThan(0);

  // Every card the new page ever puts in the DOM, from its very first frame.
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __seen: string[] }).__seen = []);
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLElement)
            for (const el of [n, ...n.querySelectorAll('.react-flow__node')])
              if (el.classList.contains('react-flow__node')) seen.push(el.getAttribute('data-id') ?? '');
    }).observe(document, { childList: true, subtree: true });
  });
  const opened = await context.newPage();
  await opened.goto(url);
  await expect(opened.getByRole('region', { name: 'Shared plan' })).toContainText('Figure 3');
  await expect(opened.locator('.react-flow__node')).toHaveCount(shared.length);
  const seen = await opened.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen.filter((id) => onlyLastTime.includes(id))).toEqual([]);
  // Back to my plans: the plan open last time (Figure 1) comes back, unchanged.
  await opened.getByRole('button', { name: 'Back to my plans' }).click();
  await expect(opened.locator('.plan-title')).toContainText('Figure 1');
  await expect(server(opened, 'EX01')).toBeVisible();
});
