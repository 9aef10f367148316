// The inspector draws the next item of the same kind into the elements it already has (a palette add
// or a click restyles and lays out what changed, not the whole column), while what it holds for one
// item is still that item's alone: the Setup commands wait for the new item's first paint, and a
// text field's draft never follows the selection to another item.
import type { Page } from '@playwright/test';
import { ours } from '../bench/canvas/pages.ts';
import { syntheticBenchPlan } from '../bench/canvas/plans.ts';
import { parsePlan } from '../src/model/index.ts';
import { expect, paletteItem, server, test } from './support.ts';

/** Two standalone Mailbox servers of one site, on a plan opened in the page. */
async function twoServers(page: Page) {
  const plan = syntheticBenchPlan(40);
  const parsed = parsePlan(plan.planText);
  if (!parsed.ok) throw new Error('the bench plan does not parse');
  const mailbox = parsed.plan.servers.filter((s) => !s.cluster && s.roles.join() === 'Mailbox');
  const [first, second] = mailbox.filter((s) => s.site === mailbox[0]!.site);
  await page.addInitScript({ content: ours.storage(plan) });
  await page.goto('/');
  return [first!, second!] as const;
}

const heading = (page: Page) => page.getByTestId('inspector').getByRole('heading', { level: 2 });
const commands = (page: Page) => page.getByTestId('inspector').getByRole('region', { name: 'Setup commands' });

/** Marks the inspector's first section (Computer) and first choice (Site), to be found again. */
const mark = (page: Page) =>
  page.getByTestId('inspector').evaluate((el) => {
    const w = window as unknown as { marked: Element[] };
    w.marked = [el.querySelector('section')!, el.querySelector('select')!];
    for (const m of w.marked) (m as unknown as { mark: boolean }).mark = true;
  });

/** Notes, in the commit that first shows `name` as the title (a mutation observer sees a commit whole), what the Setup commands hold then. */
const watchFor = (page: Page, name: string) =>
  page.getByTestId('inspector').evaluate((el, title) => {
    const w = window as unknown as { firstCommit?: { commands: boolean; reserved: boolean } };
    const observer = new MutationObserver(() => {
      if (el.querySelector('h2')?.textContent !== title) return;
      observer.disconnect();
      w.firstCommit = { commands: !!el.querySelector('.server-commands'), reserved: !!el.querySelector('.commands-reserved') };
    });
    observer.observe(el, { subtree: true, childList: true, characterData: true });
  }, name);

const sameElements = (page: Page) =>
  page.getByTestId('inspector').evaluate((el) => {
    const w = window as unknown as { marked: Element[] };
    return [el.querySelector('section'), el.querySelector('select')].map((e, i) => e === w.marked[i] && (e as unknown as { mark?: boolean }).mark === true);
  });

test('clicking another server draws its fields into the same elements, its Setup commands after its first paint', async ({ page }) => {
  const [first, second] = await twoServers(page);
  await server(page, first.name).click();
  await expect(commands(page)).toContainText('Setup.com /mode:Install /roles:Mailbox');
  await mark(page);
  await watchFor(page, second.name);
  await server(page, second.name).click();
  await expect(heading(page)).toHaveText(second.name);
  await expect(page.getByTestId('inspector').getByLabel('Server name')).toHaveValue(second.name);
  expect(await sameElements(page)).toEqual([true, true]);
  // In the commit that showed the second server, its commands were not drawn yet (nor the first's).
  expect(await page.evaluate(() => (window as unknown as { firstCommit: unknown }).firstCommit)).toEqual({
    commands: false,
    reserved: true,
  });
  await expect(commands(page)).toContainText('Setup.com /mode:Install /roles:Mailbox');
});

test('a name typed for one server is stored for it, not shown for the next one, when another server is clicked', async ({ page }) => {
  const [first, second] = await twoServers(page);
  await server(page, first.name).click();
  const name = page.getByTestId('inspector').getByLabel('Server name');
  await name.fill('RENAMED01');
  await server(page, second.name).click();
  await expect(heading(page)).toHaveText(second.name);
  await expect(name).toHaveValue(second.name);
  await expect(server(page, 'RENAMED01')).toBeVisible();
});

test('a name typed for one server is stored for it when the selection moves while the field keeps the focus', async ({ page }) => {
  const [first, second] = await twoServers(page);
  await server(page, first.name).click();
  const name = page.getByTestId('inspector').getByLabel('Server name');
  await name.fill('RENAMED01');
  // A click event alone selects the card without taking the focus from the field.
  await server(page, second.name).dispatchEvent('click');
  await expect(heading(page)).toHaveText(second.name);
  await expect(name).toHaveValue(second.name);
  await expect(server(page, 'RENAMED01')).toBeVisible();
  await expect(server(page, second.name)).toBeVisible();
});

test('a palette add shows the new server in the same elements of the inspector', async ({ page }) => {
  const [first] = await twoServers(page);
  await server(page, first.name).click();
  await expect(commands(page)).toContainText('Setup.com /mode:Install /roles:Mailbox');
  await mark(page);
  await paletteItem(page, 'Exchange 2007 server').focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).not.toHaveText(first.name);
  await expect(page.getByTestId('inspector').getByLabel('Server name')).toHaveValue((await heading(page).textContent())!);
  expect(await sameElements(page)).toEqual([true, true]);
});

test('when a key moves the inspector to another item, the focus goes to that item\'s heading, not a button now acting on it', async ({ page }) => {
  const [first] = await twoServers(page);
  await server(page, first.name).click();
  const remove = page.getByTestId('inspector').getByRole('button', { name: 'Delete server' });
  await remove.focus();
  await page.keyboard.press('ControlOrMeta+d');
  await expect(heading(page)).not.toHaveText(first.name);
  await expect(heading(page)).toBeFocused();
  // Delete (the key) now removes the copy the heading names, through the selection, not a stale button.
  const copy = (await heading(page).textContent())!;
  await page.keyboard.press('Delete');
  await expect(server(page, copy)).toHaveCount(0);
  await expect(server(page, first.name)).toBeVisible();
});

test('deleting an item with the inspector\'s button leaves the focus on the plan\'s heading, not the page', async ({ page }) => {
  const [first] = await twoServers(page);
  await server(page, first.name).click();
  await page.getByTestId('inspector').getByRole('button', { name: 'Delete server' }).focus();
  await page.keyboard.press('Enter');
  await expect(server(page, first.name)).toHaveCount(0);
  await expect(heading(page)).toBeFocused();
});

test('a click on another server leaves the focus on the canvas', async ({ page }) => {
  const [first, second] = await twoServers(page);
  await server(page, first.name).click();
  await server(page, second.name).click();
  await expect(heading(page)).toHaveText(second.name);
  await expect(heading(page)).not.toBeFocused();
});

test('typing in the inspector, then clicking the canvas\'s empty space, leaves the focus off the inspector', async ({ page }) => {
  const [first] = await twoServers(page);
  await server(page, first.name).click();
  await page.getByTestId('inspector').getByLabel('Server name').focus();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(heading(page)).toHaveText('Synthetic plan, 40 servers');
  await expect(heading(page)).not.toBeFocused();
});
