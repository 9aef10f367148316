// The text styles of the first frame are laid out early, in a hidden element of the page
// (src/app/firstPaintText.ts): its list must hold every font size and weight the first frame draws,
// and every character it draws that Inter's Latin faces lack; the element leaves once the plan is painted.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodePlanLink } from '../src/share/link.ts';
import { templateById } from '../src/templates/index.ts';
import { FALLBACK_TEXT, FIRST_PAINT_TEXT, FIRST_PAINT_TEXT_ID } from '../src/app/firstPaintText.ts';
import { expect, server, test } from './support.ts';

/** At the start of the first animation frame with a card in the DOM (what that frame paints): each text's "size weight" and characters. */
const WATCH_FIRST_FRAME = String.raw`(() => {
  const watch = () => {
    if (!document.querySelector('.react-flow__node')) return requestAnimationFrame(watch);
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim() || node.parentElement.closest('#${FIRST_PAINT_TEXT_ID}')) continue;
      const style = getComputedStyle(node.parentElement);
      texts.push({ style: parseFloat(style.fontSize) + ' ' + style.fontWeight, text: node.textContent });
    }
    window.__firstFrameText = texts;
  };
  requestAnimationFrame(watch);
})()`;

/** Inter's Latin faces' unicode-range (@fontsource/inter, the faces the app imports). */
const LATIN_RANGES = (() => {
  const css = readFileSync(new URL('../node_modules/@fontsource/inter/400.css', import.meta.url), 'utf8');
  const latin = /inter-latin-400-normal \*\/[^}]*unicode-range:\s*([^;]+);/.exec(css)![1]!;
  return latin.split(',').map((r) => {
    const [from, to = from] = r.trim().slice(2).split('-').map((h) => parseInt(h, 16)) as [number, number?];
    return [from, to] as const;
  });
})();
const inLatin = (c: string) => LATIN_RANGES.some(([from, to]) => c.codePointAt(0)! >= from && c.codePointAt(0)! <= to);

async function expectListed(page: Page) {
  await expect.poll(() => page.evaluate('!!window.__firstFrameText')).toBe(true);
  const texts = (await page.evaluate('window.__firstFrameText')) as { style: string; text: string }[];
  expect(texts.length).toBeGreaterThan(20);
  const listed = new Set(FIRST_PAINT_TEXT.map(([px, weight]) => `${px} ${weight}`));
  expect([...new Set(texts.map((t) => t.style))].filter((s) => !listed.has(s))).toEqual([]);
  const outside = new Set(texts.flatMap((t) => [...t.text].filter((c) => !inLatin(c))));
  expect([...outside].filter((c) => !FALLBACK_TEXT.includes(c))).toEqual([]);
  // Laid out, the element has done its part once the plan is painted.
  await expect(page.locator(`#${FIRST_PAINT_TEXT_ID}`)).toHaveCount(0);
}

test('the page lays out every text style of its first frame before the app’s script runs', async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  const element = new RegExp(`<div id="${FIRST_PAINT_TEXT_ID}"[^>]*>(.*?)</div>`).exec(html);
  expect(element?.[0]).toContain('visibility:hidden');
  expect(element?.[0]).toContain('aria-hidden="true"');
  expect([...element![1]!.matchAll(/font:(\d+) ([\d.]+)px/g)].map((m) => [Number(m[2]), Number(m[1])])).toEqual(FIRST_PAINT_TEXT);
  expect(element![1]).toContain(FALLBACK_TEXT);
});

test('a plan opened from a share link draws its first frame only in text styles laid out before', async ({ page }) => {
  await page.addInitScript({ content: WATCH_FIRST_FRAME });
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(server(page, 'MBX01')).toBeVisible();
  await expectListed(page);
});

test('the plan the app starts on draws its first frame only in text styles laid out before', async ({ page }) => {
  await page.addInitScript({ content: WATCH_FIRST_FRAME });
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expectListed(page);
});
