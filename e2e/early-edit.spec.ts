import { expect, openApp, paletteItem, test } from './support.ts';

// The edits' code (store/editing.ts) is not part of the start-up scripts: it arrives once the page
// is idle, or with the first edit. Edits made before it has arrived are not lost: they land once it
// is here, in the order they were made, each one undo step.
test('palette adds made before the edit part has arrived land once it is here, in order', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(/\/assets\/editing-[\w-]+\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await openApp(page);
  const size = page.locator('.status-size');
  const before = Number((await size.textContent())!.match(/(\d+) servers?/)![1]);
  const add = paletteItem(page, 'Exchange 2007 server');
  await add.press('Enter');
  await add.press('Enter');
  await expect.poll(() => asked).toBe(true);
  await expect(size).toContainText(`${before} server`);
  release();
  await expect(size).toContainText(`${before + 2} servers`);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(size).toContainText(`${before + 1} server`);
});
