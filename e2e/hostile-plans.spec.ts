// An administrator opens plans from strangers: huge, hostile or oddly encoded links and files.
// Each is opened off the main thread with progress, or refused with a message that says why and
// gives the numbers; the open plan is never touched, and no security policy is broken.
import type { Page } from '@playwright/test';
import { deflateSync } from 'fflate';
import { syntheticPlan } from '../bench/synthetic.ts';
import { makeServer } from '../src/model/edits.ts';
import { serializePlan } from '../src/model/serialize.ts';
import { arrange } from '../src/layout/arrange.ts';
import { encodeBase64url } from '../src/share/base64url.ts';
import { encodePlanLink } from '../src/share/link.ts';
import { unclosedMetadataSvg } from '../src/share/testing/hostileFiles.ts';
import { expect, openApp, statusCounts, test } from './support.ts';

/** Stage texts of the progress panel, in the order they appeared. */
async function recordProgress(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __stages: string[] }).__stages = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.opening-stage')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const stagesSeen = (page: Page) => page.evaluate(() => (window as unknown as { __stages: string[] }).__stages);

async function openLink(page: Page, payload: string) {
  await page.evaluate((hash) => (location.hash = hash), `plan=${payload}`);
}

// Every test also fails on a console error or a Content-Security-Policy violation (support.ts).
test.beforeEach(async ({ page }) => {
  await recordProgress(page);
});

test('a 5,000-server link opens in a worker, with progress, and the tab keeps running', async ({ page }) => {
  test.setTimeout(120_000);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openApp(page);
  await openLink(page, encodePlanLink(arrange(syntheticPlan(5000))));
  await expect(page.locator('.status-size')).toContainText('5000 servers', { timeout: 90_000 });
  await expect(page.getByRole('region', { name: 'Shared plan' })).toBeVisible();
  expect(workers.some((url) => /planWorker/.test(url))).toBe(true);
  // Reading may pass too quickly to be drawn; every later stage is shown, in order.
  expect((await stagesSeen(page)).filter((s) => !s.includes('Reading'))).toEqual([
    'Step 2 of 4: Checking 5,000 servers and 1,532 other items…',
    'Step 3 of 4: Running the deployment rules on 5,000 servers…',
    'Step 4 of 4: Drawing 5,000 servers on the canvas…',
  ]);
  await expect(page.locator('.opening-plan')).toBeHidden();
});

test('a link over the size limit is refused with the numbers, and the open plan stays', async ({ page }) => {
  await openApp(page);
  const before = await statusCounts(page).textContent();
  // 6,001 servers named alike: once 18 million findings and a crashed tab.
  const alike = { ...syntheticPlan(2), servers: Array.from({ length: 6001 }, (_, i) => makeServer({ id: `s${i}`, name: 'EX01' })), links: [], clusters: [] };
  await openLink(page, encodePlanLink({ ...alike, layout: undefined }));
  await expect(page.locator('.notice.error')).toContainText(
    'This link holds a plan that cannot be opened: servers: the plan has 6,001 servers; a plan may have at most 5,000. Your own plans are unchanged.',
  );
  await expect(page.getByRole('region', { name: 'Shared plan' })).toBeHidden();
  await expect(statusCounts(page)).toHaveText(before!);
});

test('a link with an id such as __proto__ or toString is refused with a message', async ({ page }) => {
  await openApp(page);
  // Built by hand: the designer itself cannot write such a plan any more.
  const json = serializePlan(syntheticPlan(2)).replace(/"id": "s001"/, '"id": "constructor"').replace(/"site": "s001"/g, '"site": "constructor"');
  await openLink(page, `1.${encodeBase64url(deflateSync(new TextEncoder().encode(json)))}`);
  await expect(page.locator('.notice.error')).toContainText('"constructor" cannot be an id');
});

test('a megabyte of unclosed <metadata openings is read at once and refused', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles({
    name: 'hostile.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(unclosedMetadataSvg(1_000_000)),
  });
  await expect(page.locator('.notice.error')).toContainText(
    'This SVG was not exported by Exchange Topology Designer, so it carries no plan. Your open plan was not changed.',
  );
});

test('encodings: a BOM opens, UTF-16 is named, invalid UTF-8 gives its offset', async ({ page }) => {
  await openApp(page);
  const json = serializePlan({ ...syntheticPlan(2), name: 'Encoded' });
  const input = page.getByTestId('import-input');
  await input.setInputFiles({ name: 'bom.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]) });
  await expect(page.locator('.notice.success')).toContainText('Imported “Encoded”');
  await input.setInputFiles({ name: 'notepad.json', mimeType: 'application/json', buffer: Buffer.from(`\uFEFF${json}`, 'utf16le') });
  await expect(page.locator('.notice.error').last()).toContainText('"notepad.json" is UTF-16 (little-endian) text; plans are UTF-8.');
  const latin1 = Buffer.from(json.replace('Encoded', 'Caf\u00e9'), 'latin1');
  await input.setInputFiles({ name: 'latin1.json', mimeType: 'application/json', buffer: latin1 });
  await expect(page.locator('.notice.error').last()).toContainText(`byte 0xE9 at offset ${latin1.indexOf(0xe9)} (counting from 0)`);
});

test('a name with a right-to-left override cannot reorder the sentence it is shown in', async ({ page }) => {
  await openApp(page);
  const json = serializePlan({ ...syntheticPlan(2), name: 'Plan \u202Eevil' });
  await page.getByTestId('import-input').setInputFiles({ name: 'rlo.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.locator('.notice.success')).toHaveText(/Imported “\u2068Plan \u202Eevil\u2069” from rlo\.json as a new plan\./);
});
