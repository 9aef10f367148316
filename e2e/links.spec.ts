import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { serializePlan } from '../src/model/serialize.ts';
import { threeSitePlan } from '../src/render/testing/threeSitePlan.ts';
import { dragWithMouse, pointIn, viewStill } from './mouse.ts';
import { expect, openApp, openTemplate, server, test } from './support.ts';

const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

async function exportedSvg(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'File' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export SVG', exact: true }).click()]);
  return readFile(await file.path(), 'utf8');
}

/** Path data and label text of every link (and file share witness) in an exported SVG, by id. */
function exportedLinks(svg: string): Map<string, { d: string; label: string }> {
  const out = new Map<string, { d: string; label: string }>();
  for (const m of svg.matchAll(/<g class="(?:link [\w-]+|witness)" data-id="([^"]+)"[^>]*>([^]*?)<\/g>/g)) {
    const kind = m[0].startsWith('<g class="witness"') ? 'witness:' : '';
    const d = /<path d="([^"]+)"/.exec(m[2]!)![1]!;
    const label = /<text[^>]*>([^<]*)<\/text>/.exec(m[2]!)?.[1] ?? '';
    out.set(kind + m[1]!, { d, label });
  }
  return out;
}

async function canvasLinks(page: Page) {
  const entries = await page
    .locator('.react-flow__edge')
    .evaluateAll((edges) => edges.map((e) => [e.getAttribute('data-id')!, e.querySelector('path.react-flow__edge-path')!.getAttribute('d')!] as const));
  return { paths: new Map(entries), labels: await page.locator('.edge-label').allTextContents() };
}

/** After an edit the canvas draws provisional links until the routing worker's routes arrive. */
const routesSettled = (page: Page) => expect(page.locator('[data-routes-pending]')).toHaveCount(0);

async function expectCanvasMatchesExport(page: Page) {
  await routesSettled(page);
  const exported = exportedLinks(await exportedSvg(page));
  const shown = await canvasLinks(page);
  expect(exported.size).toBeGreaterThan(0);
  expect([...shown.paths.keys()].sort()).toEqual([...exported.keys()].sort());
  for (const [id, { d }] of exported) expect(shown.paths.get(id), id).toBe(d);
  // The same labels, as the same texts.
  const texts = [...exported.values()].map((l) => l.label).filter(Boolean).sort();
  expect(shown.labels.slice().sort()).toEqual(texts);
}

for (const figure of ['Figure 1', 'Figure 2', 'Figure 3'] as const)
  test(`${figure}: the canvas draws the same link routes and labels as the SVG export`, async ({ page }) => {
    await openApp(page);
    await openTemplate(page, figure);
    await expectCanvasMatchesExport(page);
  });

test('a 30-server plan in three sites: the same routes on the canvas and in the export, also after a drag', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'three-sites.json', mimeType: 'application/json', buffer: Buffer.from(serializePlan(threeSitePlan())) });
  await expect(page.locator('.plan-title')).toContainText('three sites');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(400);
  // Close enough for cards to be drawn in full, with the link labels.
  while ((await zoomOf(page)) < 0.4) await page.getByRole('button', { name: 'Zoom In' }).click();
  await expectCanvasMatchesExport(page);
  // Drag UM11 within Head office with the mouse: its links are routed again on the drop.
  const um = server(page, 'UM11');
  const from = await pointIn(um, { x: 0.5, y: 0.15 });
  await dragWithMouse(page, from, { x: from.x + 60, y: from.y + 90 });
  await expectCanvasMatchesExport(page);
});

test('after a palette add every link stays drawn, and the links settle on the routes of the export', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'three-sites.json', mimeType: 'application/json', buffer: Buffer.from(serializePlan(threeSitePlan())) });
  await expect(page.locator('.plan-title')).toContainText('three sites');
  while ((await zoomOf(page)) < 0.4) await page.getByRole('button', { name: 'Zoom In' }).click();
  await expectCanvasMatchesExport(page);
  const ids = [...(await canvasLinks(page)).paths.keys()].sort();
  await server(page, 'UM11').click();
  const item = page.locator('[data-palette="server"]');
  await item.focus();
  const servers = await page.locator('.react-flow__node-server').count();
  await item.press('Enter');
  // Drawn at once with the new server, provisional or not: no link is ever missing.
  await expect(page.locator('.react-flow__node-server')).toHaveCount(servers + 1);
  expect([...(await canvasLinks(page)).paths.keys()].sort()).toEqual(ids);
  await expectCanvasMatchesExport(page);
  // The routes came from the routing worker (the browser has one; tests in Node route in place).
  expect(workers.some((url) => url.includes('routeWorker'))).toBe(true);
});

test('View > Legend shows the role chips and the link kinds of the plan on the canvas', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await viewStill(page);
  await expect(page.locator('.canvas-legend')).toHaveCount(0);
  await page.getByRole('button', { name: 'View', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Legend' }).check();
  await page.keyboard.press('Escape');
  const legend = page.locator('.canvas-legend');
  await expect(legend.locator('.legend-role')).toHaveCount(5);
  await expect(legend.locator('.legend-link')).toHaveText(['Edge subscription', 'Connection', 'File share witness']);
});
