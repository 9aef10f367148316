import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { checklist, checklistSteps } from '../src/deploy/index.ts';
import { parsePlan, serializePlan, type Plan } from '../src/model/index.ts';
import { validate } from '../src/rules/index.ts';
import { expect, openApp, test } from './support.ts';

const template = async (n: number) => {
  const result = parsePlan(await readFile(new URL(`../src/templates/figure-${n}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('template does not parse');
  return result.plan;
};

const showView = (page: Page, name: 'Design' | 'Deploy' | 'Compare plans') =>
  page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name, exact: true }).click();

async function exported(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'File' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export plan JSON' }).click()]);
  return readFile(await file.path(), 'utf8');
}

test('plans saved in localStorage by an earlier version move to IndexedDB with nothing lost', async ({ page }) => {
  const plans: { id: string; name: string; updatedAt: string; plan: Plan }[] = [
    { id: 'pold1', name: 'Contoso today', updatedAt: '2024-03-01T09:00:00.000Z', plan: { ...(await template(1)), name: 'Contoso today' } },
    { id: 'pold2', name: 'Contoso target', updatedAt: '2024-03-02T09:00:00.000Z', plan: { ...(await template(3)), name: 'Contoso target' } },
    { id: 'pold3', name: 'Branch offices', updatedAt: '2024-02-15T09:00:00.000Z', plan: { ...(await template(2)), name: 'Branch offices' } },
  ];
  // A plan the old index had lost (the defect of a damaged list): it must come back too.
  const orphan = { ...(await template(2)), name: 'Lost from the index' };
  const ticked = checklistSteps(checklist(plans[1]!.plan, validate(plans[1]!.plan))).slice(0, 3).map((s) => s.id);
  expect(ticked).toHaveLength(3);
  await page.addInitScript(
    ({ plans, orphan, ticked }) => {
      if (localStorage.getItem('etd:plans')) return;
      localStorage.setItem('etd:plans', JSON.stringify(plans.map(({ id, name, updatedAt }) => ({ id, name, updatedAt }))));
      for (const p of plans) localStorage.setItem(`etd:plan:${p.id}`, p.text);
      localStorage.setItem('etd:plan:porphan', orphan);
      localStorage.setItem('etd:progress:pold2', JSON.stringify(ticked));
      localStorage.setItem('etd:current', 'pold2');
    },
    { plans: plans.map((p) => ({ ...p, plan: undefined, text: serializePlan(p.plan, { compact: true }) })), orphan: serializePlan(orphan, { compact: true }), ticked },
  );
  await openApp(page);
  // The plan open last is open again, with its contents exactly as saved.
  await expect(page.locator('.plan-title')).toHaveText('Contoso target');
  expect(await exported(page)).toBe(serializePlan(plans[1]!.plan));
  await expect(page.getByRole('status').filter({ hasText: 'Moved 4 saved plans' })).toBeVisible();

  // Every plan is listed, in the saved order (the comparison lists plans in library order), with its time.
  await showView(page, 'Compare plans');
  // The Compare view loads on first use: wait for its list rather than read it at once.
  await expect(page.getByLabel('Installed (current) plan').locator('option')).toHaveText(['Contoso today', 'Contoso target (open)', 'Branch offices', 'Lost from the index']);
  await showView(page, 'Design');
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  // Newest first; the plan the old index had lost has no time of its own: it counts as found now.
  await expect(page.locator('.plan-list .plan-name')).toHaveText(['Lost from the index', 'Contoso target', 'Contoso today', 'Branch offices']);

  // The checklist ticks came along.
  await page.keyboard.press('Escape');
  await showView(page, 'Deploy');
  for (const id of ticked) await expect(page.locator(`[data-step="${id}"] .step-check`)).toBeChecked();
  await expect(page.locator('.step-check:checked')).toHaveCount(3);
  await showView(page, 'Design');

  // Each other plan opens with its contents unchanged.
  const expected: [string, Plan][] = [['Contoso today', plans[0]!.plan], ['Branch offices', plans[2]!.plan], ['Lost from the index', orphan]];
  for (const [name, plan] of expected) {
    await page.getByRole('button', { name: 'Plans', exact: true }).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${name}`) }).click();
    await expect(page.locator('.plan-title')).toHaveText(name);
    expect(await exported(page)).toBe(serializePlan(plan));
  }

  // Once moved, never again: a reload neither duplicates plans nor brings back a deleted one.
  page.on('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Branch offices' }).click();
  await page.reload();
  await expect(page.locator('.plan-title')).toBeVisible();
  await page.getByRole('button', { name: 'Plans', exact: true }).click();
  await expect(page.locator('.plan-list .plan-name')).toHaveCount(3);
  expect((await page.locator('.plan-list .plan-name').allInnerTexts()).sort()).toEqual(['Contoso target', 'Contoso today', 'Lost from the index']);
});
