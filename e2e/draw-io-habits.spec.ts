import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, openTemplate, server, test } from './support.ts';

const inspector = (page: Page) => page.getByTestId('inspector');
const topButton = (page: Page, name: string) => page.locator('.top-bar').getByRole('button', { name, exact: true });

/** Shift+drag a selection box with the mouse from one corner to the other, in small steps. */
async function boxSelect(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.keyboard.down('Shift');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  await page.mouse.up();
  await page.keyboard.up('Shift');
}

const around = async (item: Locator, margin = 12) => {
  const b = (await item.boundingBox())!;
  return [{ x: b.x - margin, y: b.y - margin }, { x: b.x + b.width + margin, y: b.y + b.height + margin }] as const;
};

test('F2 renames the selected item or the plan, Escape clears the selection', async ({ page }) => {
  await openApp(page);
  await server(page, 'EX01').click();
  await page.keyboard.press('F2');
  const name = server(page, 'EX01').getByRole('textbox', { name: 'Name' });
  await expect(name).toBeFocused();
  // The whole name is selected, so typing replaces it.
  await page.keyboard.type('MAIL01');
  await page.keyboard.press('Enter');
  await expect(server(page, 'MAIL01')).toHaveClass(/selected/);
  await page.keyboard.press('Escape');
  await expect(server(page, 'MAIL01')).not.toHaveClass(/selected/);
  await expect(inspector(page).getByLabel('Server name')).toHaveCount(0);
  await page.keyboard.press('F2');
  await expect(page.locator('.plan-title').getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Contoso head office');
  await page.keyboard.press('Enter');
  await expect(page.locator('.plan-title')).toHaveText('Contoso head office');
});

test('top-bar menus work with the arrow keys and give focus back', async ({ page }) => {
  await openApp(page);
  const templates = topButton(page, 'Templates');
  await templates.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /^Figure 1/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /^Figure 2/ })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: /^Empty plan/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: /^Figure 1/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: /^Figure 2/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.plan-title')).toContainText('Figure 2');
  await expect(templates).toBeFocused();
  await expect(page.getByRole('menu')).toHaveCount(0);
  // Right goes to the next menu of the bar, open on its first item; Escape gives focus back.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('menuitem', { name: 'New empty plan' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(topButton(page, 'Plans')).toBeFocused();
  // A menu's Escape does not clear the canvas selection.
  await server(page, 'HUB01').click();
  await topButton(page, 'File').click();
  await expect(page.getByRole('menuitem', { name: 'Import plan file…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(server(page, 'HUB01')).toHaveClass(/selected/);
});

test('a box selection takes the containers that lie wholly inside it, and not those it cuts', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  const cluster = page.locator('.react-flow__node-cluster');
  const [from, to] = await around(cluster);
  await boxSelect(page, from, to);
  await expect(cluster).toHaveClass(/selected/);
  await expect(server(page, 'MBX01')).toHaveClass(/selected/);
  await expect(server(page, 'MBX02')).toHaveClass(/selected/);
  await expect(page.locator('.react-flow__node-site.selected')).toHaveCount(0);
  await page.keyboard.press('Escape');
  const site = page.locator('.react-flow__node-site').filter({ hasText: 'Perimeter network' });
  const [a, b] = await around(site);
  await boxSelect(page, a, b);
  await expect(site).toHaveClass(/selected/);
  await expect(server(page, 'EDGE01')).toHaveClass(/selected/);
  await expect(inspector(page)).toContainText('items selected');
});

test('align and distribute the selection, from the keyboard and the Arrange menu, each one undo step', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 2');
  const names = ['CAS01', 'HUB01', 'MBX01'];
  for (const [i, n] of names.entries()) await server(page, n).click(i ? { modifiers: ['Shift'] } : {});
  const boxes = async () => Promise.all(names.map(async (n) => (await server(page, n).boundingBox())!));
  const before = await boxes();
  await page.keyboard.press('Alt+Shift+B');
  await expect(async () => {
    const bottoms = (await boxes()).map((b) => b.y + b.height);
    expect(Math.max(...bottoms) - Math.min(...bottoms)).toBeLessThan(1.5);
  }).toPass();
  await page.getByRole('button', { name: 'Arrange' }).click();
  await page.getByRole('menuitem', { name: /Align left edges/ }).click();
  await expect(async () => {
    const now = await boxes();
    expect(Math.max(...now.map((b) => b.x)) - Math.min(...now.map((b) => b.x))).toBeLessThan(1.5);
    // A column, not three cards on one spot.
    const sorted = [...now].sort((p, q) => p.y - q.y);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.y).toBeGreaterThanOrEqual(sorted[i - 1]!.y + sorted[i - 1]!.height);
  }).toPass();
  await page.getByRole('button', { name: 'Arrange' }).click();
  await page.getByRole('menuitem', { name: /Distribute vertically/ }).click();
  await expect(async () => {
    const sorted = (await boxes()).sort((p, q) => p.y - q.y);
    const gaps = sorted.slice(1).map((b, i) => b.y - (sorted[i]!.y + sorted[i]!.height));
    expect(Math.abs(gaps[0]! - gaps[1]!)).toBeLessThan(1.5);
  }).toPass();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
  await expect(async () => {
    const now = await boxes();
    now.forEach((b, i) => expect(Math.abs(b.y - before[i]!.y) + Math.abs(b.x - before[i]!.x)).toBeLessThan(1.5));
  }).toPass();
});

test('at 1024 px the top bar folds into More, and the minimap (shown while the plan is drawn larger than the view) hides below 900 px', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  const bar = page.locator('.top-bar');
  expect(await bar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  for (const control of await bar.locator('button:visible').all()) {
    const b = (await control.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(1024);
  }
  await expect(topButton(page, 'Find')).toBeHidden();
  // Fitted, the whole plan is in view and needs no map; zoomed in past the view's edges, it does.
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await topButton(page, 'More').click();
  await page.getByRole('checkbox', { name: 'Palette' }).uncheck();
  await expect(page.getByRole('navigation', { name: 'Palette' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await topButton(page, 'More').click();
  await page.getByRole('menuitem', { name: /Find a server or site/ }).click();
  await expect(page.getByLabel('Name to find')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 880, height: 700 });
  await expect(page.locator('.react-flow__minimap')).toBeHidden();
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(topButton(page, 'Find')).toBeVisible();
  await expect(topButton(page, 'More')).toBeHidden();
});

test('toasts stack in one place, expire, and never cover an open menu', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  for (const figure of ['Figure 2', 'Figure 3', 'Figure 1'] as const) await openTemplate(page, figure);
  const toasts = page.locator('.notices .notice');
  await expect(toasts).toHaveCount(3);
  const stack = await page.locator('.notices').boundingBox();
  for (const t of await toasts.all()) {
    const b = (await t.boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(stack!.y - 1);
  }
  await topButton(page, 'Plans').click();
  const menu = (await page.getByRole('menu').boundingBox())!;
  for (const t of await toasts.all()) {
    const b = (await t.boundingBox())!;
    const x = Math.max(b.x, menu.x) + 2;
    const y = Math.max(b.y, menu.y) + 2;
    if (x > Math.min(b.x + b.width, menu.x + menu.width) || y > Math.min(b.y + b.height, menu.y + menu.height)) continue;
    // Where they meet, the menu is on top.
    expect(await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('[role="menu"]'), [x, y])).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(toasts).toHaveCount(0, { timeout: 8_000 });
});

test('a dark theme follows the system, can be chosen, and exports stay light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = () => page.locator('.canvas').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background()).toBe('rgb(18, 22, 28)');
  const [file] = await Promise.all([page.waitForEvent('download'), topButton(page, 'File').click().then(() => page.getByRole('menuitem', { name: 'Export SVG' }).click())]);
  expect(await readFile((await file.path())!, 'utf8')).toContain('fill="#f5f6f8"');
  await topButton(page, 'View').click();
  await page.getByRole('menuitemradio', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(245, 246, 248)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await topButton(page, 'View').click();
  await page.getByRole('menuitemradio', { name: 'Like the system' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
