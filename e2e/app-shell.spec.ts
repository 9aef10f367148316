import { expect, findingsPanel, openApp, server, statusCounts, test } from './support.ts';

test('opens on the Figure 1 template with its name and findings', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.plan-title')).toContainText('Figure 1');
  await expect(server(page, 'EX01')).toContainText('Mailbox');
  await expect(server(page, 'EDGE01')).toContainText('Edge Transport');
  await expect(statusCounts(page)).toContainText('0 errors');
  await expect(statusCounts(page)).toContainText('0 warnings');
  await expect(findingsPanel(page)).toBeVisible();
});
