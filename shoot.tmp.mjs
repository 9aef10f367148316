import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://127.0.0.1:4174/');
await page.locator('.react-flow__node').first().waitFor();
for (const fig of ['Figure 1', 'Figure 2', 'Figure 3']) {
  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('menuitem', { name: new RegExp('^' + fig) }).click();
  await page.waitForTimeout(600);
  await page.locator('.notice button').first().click().catch(() => {});
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/shots/${fig.replace(' ', '')}.png` });
}
await page.setViewportSize({ width: 1366, height: 768 });
await page.waitForTimeout(500);
await page.screenshot({ path: `/tmp/shots/laptop.png` });
await browser.close();
