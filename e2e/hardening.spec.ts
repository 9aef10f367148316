import type { Page } from '@playwright/test';
import { dragFromPalette, expect, openApp, openTemplate, server, test } from './support.ts';

async function fileMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

test('using the app sends no request beyond the local server and breaks no security policy', async ({
  page,
  baseURL,
}) => {
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
      violations.push(m.text());
  });
  // zod's `new Function` probe was caught by zod but still reported once per load: the fixture in
  // support.ts turns every securitypolicyviolation (page or plan worker) into a console error.
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

test.describe('a page that frames the app', () => {
  // Chromium says on the console that it refused the frame: that is the point here.
  test.use({ allowedConsoleErrors: [/frame-ancestors|Refused to (display|frame)/] });

  test('the server sends the security headers: no framing, no sniffing, no referrer', async ({
    page,
    request,
  }) => {
    for (const path of ['/', '/favicon.svg']) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
    // Another page that frames the app gets an empty frame, not the designer.
    await page.route('http://framing.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe id="app" src="${test.info().project.use.baseURL}/"></iframe>`,
      }),
    );
    await page.goto('http://framing.test/');
    // Chromium replaces a frame it refuses to show with its own error page.
    await expect
      .poll(() =>
        page
          .frames()
          .find((f) => f !== page.mainFrame())
          ?.url(),
      )
      .toBe('chrome-error://chromewebdata/');
  });
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
  await expect(page.locator('.react-flow__node-site .site-name').last()).toHaveText(
    '"><svg onload=alert(3)>',
  );
  const [file] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'Export SVG')]);
  const svg = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
  expect(svg).not.toContain('<script>');
  expect(svg).not.toContain('<svg onload');
  expect(svg).toContain('&lt;script&gt;');
  expect(dialogs).toBe(0);
});

/** Makes IndexedDB refuse writes as a full disk does (QuotaExceededError), while `window.__storageFull` is true. */
const FULL_DISK = `(() => {
  window.__storageFull = false;
  for (const method of ['add', 'put']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
})()`;

test('a full browser storage is shown, the plan file is offered, and no edit is lost', async ({ page }) => {
  await page.addInitScript({ content: FULL_DISK });
  await openApp(page);
  await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = true));
  await dragFromPalette(page, 'Unified Messaging', server(page, 'EDGE01'));
  const banner = page.getByRole('alert').filter({ hasText: 'Browser storage is full' });
  await expect(banner).toBeVisible();
  await expect(page.locator('.status-save')).toHaveText('Not saved');
  await expect(server(page, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/storage-full.png' });
  // The plan file holds the edit that could not be saved.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download the plan file' }).click(),
  ]);
  const saved = JSON.parse(await (await import('node:fs/promises')).readFile(await file.path(), 'utf8')) as {
    servers: { name: string; roles: string[] }[];
  };
  expect(saved.servers.find((s) => s.name === 'EDGE01')!.roles).toContain('UnifiedMessaging');
  // Room again: saving resumes by itself and keeps both edits.
  await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = false));
  await dragFromPalette(page, 'Client Access', server(page, 'EDGE01'));
  await expect(page.locator('.status-save')).toHaveText('Saved in this browser', { timeout: 10_000 });
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(server(page, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toBeVisible();
  await expect(server(page, 'EDGE01').locator('[data-role="ClientAccess"]')).toBeVisible();
});

test('without IndexedDB (a private window) work goes on in memory, and says so', async ({ page }) => {
  await page.addInitScript({
    content: 'Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });',
  });
  await openApp(page);
  const banner = page.getByRole('alert').filter({ hasText: 'will not let the designer store plans' });
  await expect(banner).toBeVisible();
  await expect(page.locator('.status-save')).toHaveText('Not saved');
  await dragFromPalette(page, 'Unified Messaging', server(page, 'EDGE01'));
  await expect(server(page, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/storage-unavailable.png' });
  // Plans live on in memory: another plan can be opened and this one found again in the list.
  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('menuitem', { name: /^Figure 2/ }).click();
  await expect(page.locator('.plan-title')).toContainText('Figure 2');
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Figure 1/ }).click();
  await expect(server(page, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download the plan file' }).click(),
  ]);
  expect(await file.suggestedFilename()).toMatch(/\.json$/);
});

/**
 * Keeps IndexedDB busy on the open plan's database (a slow disk, a busy profile): a read-write
 * transaction held open for `ms` from a second page, so the plan's next write waits behind it.
 */
async function holdPlanDatabase(page: Page, ms: number) {
  const other = await page.context().newPage();
  // A page of the app's origin that is not the app (which would open the plan itself).
  await other.route('**/hold', (route) => route.fulfill({ contentType: 'text/html', body: '<link rel="icon" href="data:,">' }));
  await other.goto('/hold');
  await other.evaluate(async (ms) => {
    const name = (await indexedDB.databases()).map((d) => d.name).find((n) => n?.startsWith('etd-plan:'));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('updates', 'readwrite').objectStore('updates');
    const until = performance.now() + ms;
    const spin = () => {
      if (performance.now() < until) store.count().onsuccess = spin;
    };
    spin();
  }, ms);
  return other;
}

const dc01 = (page: Page) => page.locator('.react-flow__node-infrastructure').filter({ hasText: 'DC01' });
const architecture = (page: Page) => page.getByTestId('inspector').getByLabel('Architecture');

test('an edit made just before the page is reloaded is kept, even while IndexedDB is slow to write', async ({ page }) => {
  await openApp(page);
  await dc01(page).click();
  await expect(architecture(page)).toHaveValue('');
  const other = await holdPlanDatabase(page, 1500);
  await architecture(page).selectOption('x64');
  await page.reload();
  await dc01(page).click();
  await expect(architecture(page)).toHaveValue('x64');
  await other.close();
});

/** Makes localStorage refuse writes while `window.__localFull` is true. */
const LOCAL_FULL = `(() => {
  window.__localFull = false;
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function (...args) {
    if (window.__localFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  };
})()`;

test('leaving with an edit that can be kept nowhere yet asks first; staying keeps it', async ({ page }) => {
  await page.addInitScript({ content: LOCAL_FULL });
  await openApp(page);
  await dc01(page).click();
  const other = await holdPlanDatabase(page, 1500);
  await page.evaluate(() => ((window as unknown as { __localFull: boolean }).__localFull = true));
  await architecture(page).selectOption('x64');
  const asked = page.waitForEvent('dialog');
  await page.evaluate(() => void setTimeout(() => location.reload(), 0));
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(architecture(page)).toHaveValue('x64');
  // Storage works again: the page goes without asking, and the edit is there.
  await page.evaluate(() => ((window as unknown as { __localFull: boolean }).__localFull = false));
  const dialogs: string[] = [];
  page.on('dialog', (d) => void (dialogs.push(d.type()), d.accept()));
  await page.reload();
  await dc01(page).click();
  await expect(architecture(page)).toHaveValue('x64');
  expect(dialogs).toEqual([]);
  await other.close();
});
