// Start-up on a share link (app/boot.ts, app/smallLink.ts): the shared plan is drawn as soon as
// the link is read, without waiting for the plan library (IndexedDB) to open; what needs the
// library waits for it.
import { encodePlanLink } from '../src/share/link.ts';
import { templateById } from '../src/templates/index.ts';
import { expect, expectFitted, server, test, viewTab } from './support.ts';

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

test('a shared plan is drawn with only the scripts the page names: its reader is not fetched after them', async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  const named = new Set([...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!));
  expect(named.size).toBeGreaterThan(1);
  // Every other script is held until the plan has been drawn.
  let release = () => {};
  const drawn = new Promise<void>((done) => (release = done));
  const held: string[] = [];
  await page.route(/\/assets\/[\w.-]+\.js$/, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!named.has(path)) {
      held.push(path);
      await drawn;
    }
    await route.continue();
  });
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(server(page, 'MBX01')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shared plan' })).toContainText('Figure 3');
  // The hold was real: the scripts the page does not name (the plan library) are asked for, and held.
  await expect.poll(() => held.length).toBeGreaterThan(0);
  release();
});

test('a shared plan is drawn before the plan document code (Yjs) has arrived; a copy asked for meanwhile is editable and saved once it has', async ({ page }) => {
  // The document code is one part of its own (vite.config.ts), held here until released.
  let release = () => {};
  const arrived = new Promise<void>((done) => (release = done));
  const asked: string[] = [];
  await page.route(/\/assets\/yjs-[\w-]+\.js$/, async (route) => {
    asked.push(route.request().url());
    await arrived;
    await route.continue();
  });
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toContainText('Figure 3');
  await expect(server(page, 'MBX01')).toBeVisible();
  // Asked for with the plan library, after the plan was painted: drawing it did not wait for it.
  await expect.poll(() => asked.length).toBe(1);
  // And it is Yjs itself that was held (its warning text ships with it), not a few helpers of it.
  expect(await (await page.request.get(asked[0]!)).text()).toContain('Yjs was already imported');

  // Nothing can be edited meanwhile (the plan says it is read-only); the copy waits for the code.
  await server(page, 'MBX01').click();
  await page.keyboard.press('Delete');
  await expect(server(page, 'MBX01')).toBeVisible();
  await page.getByRole('button', { name: 'Open a copy to edit' }).click();
  await page.waitForTimeout(300);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toBeVisible();
  release();
  await expect(page.getByRole('region', { name: 'Shared plan' })).toHaveCount(0);

  // The copy takes edits and undo, and what was edited is there after a reload.
  await server(page, 'MBX01').click();
  await page.keyboard.press('Delete');
  await expect(server(page, 'MBX01')).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(server(page, 'MBX01')).toBeVisible();
  await server(page, 'UM01').click();
  await page.keyboard.press('Delete');
  await expect(server(page, 'UM01')).toHaveCount(0);
  await page.reload();
  await expect(server(page, 'MBX01')).toBeVisible();
  await expect(server(page, 'UM01')).toHaveCount(0);
});

test('a shared plan’s link is read while the app’s own code is still arriving, and the plan is drawn from that reading', async ({ page }) => {
  // The app's own part is held until the page has read the link (app/linkFirst.ts, a script of its own).
  const readings = () => page.evaluate(() => performance.getEntriesByName('etd:link-read').length);
  let held = false;
  await page.route(/\/assets\/core-[\w-]+\.js$/, async (route) => {
    held = true;
    await expect.poll(readings, { timeout: 15_000 }).toBe(1);
    await route.continue();
  });
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toContainText('Figure 3');
  await expect(server(page, 'MBX01')).toBeVisible();
  expect(held).toBe(true);
  // Read once: the app opened the plan from that reading.
  expect(await readings()).toBe(1);
});

test('a second share link pasted while the plan library is still opening is opened', async ({ page }) => {
  await page.addInitScript({ content: HOLD_LIBRARY });
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toContainText('Figure 3');

  await page.evaluate((hash) => (location.hash = hash), `#plan=${encodePlanLink(templateById('figure-2')!.plan)}`);
  await expect(page.getByRole('region', { name: 'Shared plan' })).toContainText('Figure 2');
});

/** Records each view React Flow's zoom behaviour is given (d3 keeps it in `__zoom`), and whether the plan's cards had been painted by then. */
const WATCH_VIEW = String.raw`(() => {
  window.__views = [];
  let painted = false;
  Object.defineProperty(Element.prototype, '__zoom', {
    configurable: true,
    get() { return this.__etdZoom; },
    set(view) { this.__etdZoom = view; window.__views.push({ painted, k: view.k, x: view.x, y: view.y }); },
  });
  // A frame whose animation callbacks find the cards paints them.
  const watch = () => (document.querySelector('.react-flow__node') ? (painted = true) : requestAnimationFrame(watch));
  requestAnimationFrame(watch);
})()`;

type ViewSet = { painted: boolean; k: number; x: number; y: number };

for (const start of ['a share link', 'the user’s own plan'] as const)
  test(`opened from ${start}, the plan is fitted before its first paint and the view is not set again after it`, async ({ page }) => {
    await page.addInitScript({ content: WATCH_VIEW });
    await page.goto(start === 'a share link' ? `/#plan=${encodePlanLink(templateById('figure-3')!.plan)}` : '/');
    await expect(page.locator('.react-flow__node-site').first()).toBeVisible();
    // The layout around the canvas has settled, and the first paint's deferred work has run.
    await page.waitForTimeout(1000);
    const views = (await page.evaluate('window.__views')) as ViewSet[];
    expect(views.length).toBeGreaterThan(0);
    expect(views.filter((v) => v.painted), 'views set after the plan was painted').toEqual([]);
    await expectFitted(page);
  });

test('a page reloaded in the Deploy view fits the plan when Design is first shown', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow__node-site').first()).toBeVisible();
  await viewTab(page, 'Deploy').click();
  await page.reload();
  await expect(viewTab(page, 'Deploy')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Deployment checklist' })).toBeVisible();
  await viewTab(page, 'Design').click();
  await expect(page.locator('.react-flow__node-site').first()).toBeVisible();
  await expectFitted(page);
  // Fitted, not left at React Flow's default view (100% at the origin).
  expect(await page.locator('.react-flow__viewport').evaluate((el) => el.style.transform)).not.toBe('translate(0px, 0px) scale(1)');
});
