import { expect, findingsPanel, openApp, openTemplate, server, test } from './support.ts';
import { itemBox, LAYER } from './layer.ts';
import { ours } from '../bench/canvas/pages.ts';
import { syntheticBenchPlan } from '../bench/canvas/plans.ts';
import { parsePlan } from '../src/model/index.ts';

test('the inspector edits a server and checks its name as you type', async ({ page }) => {
  await openApp(page);
  await server(page, 'EX01').click();
  const inspector = page.getByTestId('inspector');
  const name = inspector.getByLabel('Server name');
  await name.fill('EX 01!');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('MBX01');
  await name.press('Enter');
  await expect(server(page, 'MBX01')).toBeVisible();
  await inspector.getByLabel('Architecture').selectOption('x86');
  await expect(findingsPanel(page).locator('[data-rule="x64-required"]')).toContainText('MBX01');
});

test('setting a cluster node to Standard edition is flagged, and fixed from the panel', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  const node = page.locator('.react-flow__node-server').filter({ has: page.locator('.node-role.active') });
  await node.click();
  await page.getByTestId('inspector').getByLabel('Exchange edition').selectOption('standard');
  const finding = findingsPanel(page).locator('[data-rule="cluster-exchange-enterprise"]');
  await expect(finding).toBeVisible();
  await finding.locator('button.fix').first().click();
  await expect(findingsPanel(page).locator('[data-rule="cluster-exchange-enterprise"]')).toHaveCount(0);
});

test('on a large plan a clicked server shows its fields at once, then every site to choose from and its Setup commands', async ({ page }) => {
  // 600 servers in 30 sites: more choices than a field lists in its first frame (see fields.tsx).
  const plan = syntheticBenchPlan(600);
  const parsed = parsePlan(plan.planText);
  if (!parsed.ok) throw new Error('the bench plan does not parse');
  const record = (id: string) => parsed.plan.servers.find((s) => s.id === id)!;
  const subject = record(plan.subject.id);
  // Then a server of another site: what the inspector shows is never the first one's.
  const other = parsed.plan.servers.find((s) => s.product === 'exchange2007' && s.roles.length > 0 && s.site !== subject.site)!;
  await page.addInitScript({ content: ours.storage(plan) });
  await page.goto('/');
  await expect(page.locator(LAYER)).toBeVisible();
  const inspector = page.getByTestId('inspector');
  for (const server of [subject, other]) {
    const box = await itemBox(page, server.id);
    await page.mouse.move(box.x + box.width / 2, box.y + 2);
    await page.mouse.click(box.x + box.width / 2, box.y + 2);
    await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(server.name);
    const site = inspector.getByLabel('Site', { exact: true });
    await expect(site).toHaveValue(server.site!);
    // "Not placed" and every site of the plan, the server's own still chosen.
    await expect(site.locator('option')).toHaveCount(parsed.plan.sites.length + 1);
    await expect(site).toHaveValue(server.site!);
    await expect(inspector.getByRole('region', { name: 'Setup commands' })).toContainText('Setup.com /mode:Install /roles:');
  }
});
