// Retakes docs/screenshot.png, the README's hero picture: Figure 3 (no errors, no warnings) with its
// clustered mailbox server selected. Needs the built app served: `npx vite build && npx vite preview
// --port 4173`, then `npx tsx scripts/readme-screenshot.ts [URL]`.
import { fileURLToPath } from 'node:url';
import { chromium, expect } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('menuitem', { name: /^Figure 3/ }).click();
  await page.locator('.notice').getByRole('button', { name: 'Dismiss' }).click();
  await page.locator('.react-flow__node-cluster .cluster-count').click();
  await expect(page.locator('.status-counts')).toContainText('0 errors');
  await expect(page.locator('.status-counts')).toContainText('0 warnings');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  // Fit animates the viewport; the picture is taken once it has settled.
  await page.waitForFunction(() => {
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement | null;
    const before = viewport?.style.transform;
    return new Promise((resolve) => setTimeout(() => resolve(viewport?.style.transform === before), 400));
  });
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}
