import type { Page } from '@playwright/test';
import { dragFromPalette, expect, openApp, openTemplate, server, test } from './support.ts';

async function fileMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

test('using the app sends no request beyond the local server and breaks no security policy', async ({ page, baseURL }) => {
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await openTemplate(page, 'Figure 1');
  await dragFromPalette(page, 'Hub Transport', server(page, 'EDGE01'));
  await page.getByRole('button', { name: 'Undo' }).click();
  await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Export SVG')]);
  await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Export PNG (1x)')]);
  await fileMenu(page, 'Copy share link…');
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.getByRole('button', { name: 'Close' }).last().click();
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toBeVisible();
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});

test('names with markup are shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await openApp(page);
  const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.locator('.plan-title span').dblclick();
  await page.locator('.plan-title input').fill(markup);
  await page.keyboard.press('Enter');
  await expect(page.locator('.plan-title')).toHaveText(markup);
  await page.locator('.react-flow__node-site .site-name').last().click();
  const siteName = page.getByTestId('inspector').getByLabel('Site name');
  await siteName.fill('"><svg onload=alert(3)>');
  await siteName.press('Enter');
  await expect(page.locator('.react-flow__node-site .site-name').last()).toHaveText('"><svg onload=alert(3)>');
  const [file] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Export SVG')]);
  const svg = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
  expect(svg).not.toContain('<script>');
  expect(svg).not.toContain('<svg onload');
  expect(svg).toContain('&lt;script&gt;');
  expect(dialogs).toBe(0);
});

test('a full browser storage is shown, and no edit is lost', async ({ page }) => {
  await openApp(page);
  // Fill the origin's storage quota, as years of plans (or another app) might.
  const filled = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2))
      for (;;) {
        try {
          localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    return n;
  });
  expect(filled).toBeGreaterThan(1);
  await dragFromPalette(page, 'Unified Messaging', server(page, 'EDGE01'));
  await expect(page.getByRole('alert').filter({ hasText: 'Browser storage is full' })).toBeVisible();
  await expect(page.locator('.status-save')).toHaveText('Not saved');
  await expect(server(page, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toBeVisible();
  // Free space: the next save succeeds and keeps both edits.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await dragFromPalette(page, 'Client Access', server(page, 'EDGE01'));
  await expect(page.locator('.status-save')).toHaveText('Saved in this browser');
  await page.reload();
  await expect(server(page, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toBeVisible();
  await expect(server(page, 'EDGE01').locator('[data-role="ClientAccess"]')).toBeVisible();
});
