// What an edit or a click in the inspector draws around it: the Setup commands (worked out after
// the fields above them) never show an earlier plan's commands, a column scrolled down to them stays
// where it was, and the canvas keeps its size when the findings line changes.
import type { Page } from '@playwright/test';
import { ours } from '../bench/canvas/pages.ts';
import { syntheticBenchPlan } from '../bench/canvas/plans.ts';
import { parsePlan } from '../src/model/index.ts';
import { expect, openApp, openTemplate, server, test } from './support.ts';

/** The inspector's scrolling column, scrolled to its end; returns how far it is scrolled. */
async function scrollToEnd(page: Page): Promise<number> {
  return page.getByTestId('inspector').evaluate((el) => {
    let box = el as HTMLElement | null;
    while (box && getComputedStyle(box).overflowY !== 'auto') box = box.parentElement;
    (window as unknown as { column: HTMLElement }).column = box!;
    box!.scrollTop = box!.scrollHeight;
    return box!.scrollTop;
  });
}

const commands = (page: Page) => page.getByTestId('inspector').getByRole('region', { name: 'Setup commands' });

test('clicking another server with the Setup commands in view keeps the column where it was scrolled', async ({ page }) => {
  // Two standalone Mailbox servers of one site: their columns are equally long.
  const plan = syntheticBenchPlan(40);
  const parsed = parsePlan(plan.planText);
  if (!parsed.ok) throw new Error('the bench plan does not parse');
  const mailbox = parsed.plan.servers.filter((s) => !s.cluster && s.roles.join() === 'Mailbox');
  const [first, second] = mailbox.filter((s) => s.site === mailbox[0]!.site && s.name.length === mailbox[0]!.name.length);
  await page.addInitScript({ content: ours.storage(plan) });
  await page.goto('/');
  await server(page, first!.name).click();
  await expect(commands(page)).toContainText('Setup.com /mode:Install /roles:Mailbox');
  const scrolled = await scrollToEnd(page);
  expect(scrolled).toBeGreaterThan(100);
  // The column's scroll position in every frame from the click until the commands are drawn.
  await page.evaluate(() => {
    const seen: number[] = ((window as unknown as { seen: number[] }).seen = []);
    const column = (window as unknown as { column: HTMLElement }).column;
    const sample = () => {
      seen.push(column.scrollTop);
      if (seen.length < 30) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await server(page, second!.name).click();
  await expect(page.getByTestId('inspector').getByRole('heading', { level: 2 })).toHaveText(second!.name);
  await expect(commands(page)).toContainText('Setup.com /mode:Install /roles:Mailbox');
  await page.waitForFunction(() => (window as unknown as { seen: number[] }).seen.length >= 30);
  const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
  expect(Math.min(...seen)).toBeGreaterThanOrEqual(scrolled - 1);
  await expect(commands(page)).toBeInViewport();
});

/** Ticks a role's box and reads, in the same task (before any later render), what the commands show. */
async function tickAndRead(page: Page, role: string) {
  return page.getByTestId('inspector').evaluate((el, label) => {
    const box = [...el.querySelectorAll('label')].find((l) => l.textContent?.includes(label))!.querySelector('input')!;
    box.click();
    const shown = el.querySelector('.server-commands')!;
    return { text: shown.textContent ?? '', hidden: getComputedStyle(shown).visibility === 'hidden' };
  }, role);
}

test('the Setup commands never show the plan before an edit: in view they follow it at once, out of view they wait hidden', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await server(page, 'CAS01').click();
  await expect(commands(page)).toContainText('/roles:ClientAccess');
  // In view: the edit's own commands, in the edit's own commit.
  await scrollToEnd(page);
  await expect(commands(page)).toBeInViewport();
  await page.waitForTimeout(100); // the browser tells the inspector the commands are in view
  const inView = await tickAndRead(page, 'Hub Transport');
  expect(inView.hidden).toBe(false);
  expect(inView.text).toContain('/roles:ClientAccess,HubTransport');
  // Out of view: nothing of the previous plan is visible until they are worked out.
  await page.evaluate(() => ((window as unknown as { column: HTMLElement }).column.scrollTop = 0));
  await expect(commands(page)).not.toBeInViewport();
  await page.waitForTimeout(100);
  const outOfView = await tickAndRead(page, 'Hub Transport');
  expect(outOfView).toEqual({ text: expect.stringContaining('/roles:ClientAccess,HubTransport'), hidden: true });
  // Then the edit's own, shown.
  await expect(commands(page).locator('.server-commands')).toBeVisible();
  await expect(commands(page)).toContainText('/roles:ClientAccess ');
  await expect(commands(page)).not.toContainText('HubTransport');
});

test('the canvas keeps its size when a plan without findings gets its first note', async ({ page }) => {
  const plan = syntheticBenchPlan(40);
  await page.addInitScript({ content: ours.storage(plan) });
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Findings' });
  await expect(panel).toContainText('No findings');
  const canvas = page.locator('.react-flow');
  const before = await canvas.boundingBox();
  await server(page, plan.subject.name).click();
  await page.getByTestId('inspector').getByLabel('Unified Messaging').check();
  await expect(panel).toContainText('1 note, no errors or warnings');
  expect(await canvas.boundingBox()).toEqual(before);
});
