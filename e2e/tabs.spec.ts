import type { Page } from '@playwright/test';
import { dragFromPalette, expect, openApp, server, test } from './support.ts';

const inspector = (page: Page) => page.getByTestId('inspector');
const nodeAt = async (page: Page, name: string) => {
  const box = await server(page, name).boundingBox();
  return { x: Math.round(box!.x), y: Math.round(box!.y) };
};

test('two tabs on one plan see each other’s edits live, keep concurrent ones, and undo only their own', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  const b = await context.newPage();
  await openApp(b);
  await expect(b.locator('.plan-title')).toHaveText(await a.locator('.plan-title').innerText());

  // An edit in one tab shows in the other within a fraction of a second.
  await dragFromPalette(a, 'Unified Messaging', server(a, 'EDGE01'));
  await expect(server(b, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toBeVisible({ timeout: 1000 });

  // Both tabs change one server at the same moment, different fields: both changes stay.
  await server(a, 'EX01').click();
  await server(b, 'EX01').click();
  await Promise.all([
    (async () => {
      await inspector(a).getByLabel('Architecture').selectOption('x86');
    })(),
    (async () => {
      await inspector(b).getByLabel('Operating system').selectOption({ index: 2 });
    })(),
  ]);
  const os = await inspector(b).getByLabel('Operating system').inputValue();
  for (const page of [a, b]) {
    await expect(inspector(page).getByLabel('Architecture')).toHaveValue('x86');
    await expect(inspector(page).getByLabel('Operating system')).toHaveValue(os);
  }

  // Undo in A takes back A's own last edit (the architecture), never B's.
  await a.getByRole('button', { name: 'Undo' }).click();
  for (const page of [a, b]) {
    await expect(inspector(page).getByLabel('Architecture')).toHaveValue('x64');
    await expect(inspector(page).getByLabel('Operating system')).toHaveValue(os);
  }
  // A's next undo is its role drop; B's edit still stands, and B can undo it itself.
  await a.getByRole('button', { name: 'Undo' }).click();
  await expect(server(b, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toHaveCount(0);
  await expect(a.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(inspector(a).getByLabel('Operating system')).toHaveValue(os);
  await b.getByRole('button', { name: 'Undo' }).click();
  await expect(inspector(a).getByLabel('Operating system')).not.toHaveValue(os);

  // Closing a tab loses nothing: the other keeps editing, and a new tab sees everything.
  await b.getByRole('button', { name: 'Redo' }).click();
  await expect(inspector(a).getByLabel('Operating system')).toHaveValue(os);
  await b.close();
  await dragFromPalette(a, 'Edge Transport', server(a, 'EX01'));
  await a.close();
  const c = await context.newPage();
  await openApp(c);
  await server(c, 'EX01').click();
  await expect(inspector(c).getByLabel('Operating system')).toHaveValue(os);
  await expect(server(c, 'EX01').locator('[data-role="EdgeTransport"]')).toBeVisible();
});

test('a new plan made in one tab appears in the other tab’s plan list', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  const b = await context.newPage();
  await openApp(b);
  await a.getByRole('button', { name: 'Templates' }).click();
  await a.getByRole('menuitem', { name: /^Figure 3/ }).click();
  await expect(a.locator('.plan-title')).toContainText('Figure 3');
  await b.getByRole('button', { name: 'Plans', exact: true }).click();
  await expect(b.getByRole('menuitem', { name: /^Figure 3/ })).toBeVisible({ timeout: 2000 });
  await expect(b.locator('.plan-title')).toContainText('Figure 1');
});

test('a plan deleted in one tab is closed in the other, which says so and opens another', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await a.getByRole('button', { name: 'Templates' }).click();
  await a.getByRole('menuitem', { name: /^Figure 2/ }).click();
  await expect(a.locator('.plan-title')).toContainText('Figure 2');
  const b = await context.newPage();
  await openApp(b);
  await expect(b.locator('.plan-title')).toContainText('Figure 2');
  a.on('dialog', (d) => void d.accept());
  await a.getByRole('button', { name: 'Plans', exact: true }).click();
  await a.getByRole('button', { name: /^Delete Figure 2/ }).click();
  await expect(b.getByRole('status').filter({ hasText: 'was deleted in another tab' })).toBeVisible();
  await expect(b.locator('.plan-title')).toContainText('Figure 1');
  await expect(b.getByRole('alert')).toHaveCount(0);
});

test('a series of arrow-key nudges is one undo step, as a drag is', async ({ page }) => {
  await openApp(page);
  const start = await nodeAt(page, 'EX01');
  await server(page, 'EX01').click();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await nodeAt(page, 'EX01')).x).toBeGreaterThan(start.x);
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => nodeAt(page, 'EX01')).toEqual(start);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(async () => (await nodeAt(page, 'EX01')).x).toBeGreaterThan(start.x);
});
