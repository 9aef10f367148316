// Start-up on a share link (app/boot.ts, app/smallLink.ts): the shared plan is drawn as soon as
// the link is read, without waiting for the plan library (IndexedDB) to open; what needs the
// library waits for it.
import { encodePlanLink } from '../src/share/link.ts';
import { templateById } from '../src/templates/index.ts';
import { expect, server, test } from './support.ts';

/** Holds every IndexedDB open's success until the page calls `__openLibrary()`. */
const HOLD_LIBRARY = String.raw`(() => {
  let release;
  const opened = new Promise((done) => (release = done));
  window.__openLibrary = () => release();
  const open = IDBFactory.prototype.open;
  const onsuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess');
  IDBFactory.prototype.open = function (...args) {
    const request = open.apply(this, args);
    Object.defineProperty(request, 'onsuccess', {
      configurable: true,
      get: () => onsuccess.get.call(request),
      set: (handler) => onsuccess.set.call(request, handler && ((e) => void opened.then(() => handler.call(request, e)))),
    });
    const listen = request.addEventListener.bind(request);
    request.addEventListener = (type, handler, options) =>
      listen(type, type === 'success' ? (e) => void opened.then(() => handler.call(request, e)) : handler, options);
    return request;
  };
})()`;

test('a shared plan is drawn while the plan library is still opening; a copy asked for then is made once it has opened', async ({ page }) => {
  const figure3 = templateById('figure-3')!.plan;
  await page.addInitScript({ content: HOLD_LIBRARY });
  await page.goto(`/#plan=${encodePlanLink(figure3)}`);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toContainText('Figure 3');
  await expect(server(page, 'MBX01')).toBeVisible();

  // The library is not open yet: the plan list says so rather than showing none, the copy waits
  // for it, and the shared plan stays as it is meanwhile.
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  await expect(page.locator('.plans-menu .menu-caption')).toHaveText('Opening your plans…');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Open a copy to edit' }).click();
  await page.waitForTimeout(300);
  // A second click while the first copy waits makes no second copy.
  await page.getByRole('button', { name: 'Open a copy to edit' }).click();
  await expect(page.getByRole('region', { name: 'Shared plan' })).toBeVisible();
  await page.evaluate('window.__openLibrary()');
  await expect(page.getByRole('region', { name: 'Shared plan' })).toHaveCount(0);
  await expect(server(page, 'MBX01')).toBeVisible();
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  await expect(page.locator('.plans-menu .menu-caption')).toHaveText('Your plans (1), kept in this browser');
  await expect(page.locator('.plan-list')).toContainText('Figure 3');
});

test('a second share link pasted while the plan library is still opening is opened', async ({ page }) => {
  await page.addInitScript({ content: HOLD_LIBRARY });
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toContainText('Figure 3');

  await page.evaluate((hash) => (location.hash = hash), `#plan=${encodePlanLink(templateById('figure-2')!.plan)}`);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toContainText('Figure 2');
});
