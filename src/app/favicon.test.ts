import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// The tab icon is an SVG image the browser lays out as a document of its own just after the page's
// load event, close to the first drawn frame. Text in it had the browser look its font up (two
// synchronous calls to the browser process, 5-15 ms of waiting on a busy machine): its letters are outlines.
it('the tab icon draws its letters as outlines, with no text for the browser to find a font for', () => {
  const svg = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');
  expect(svg).not.toMatch(/<text|font-family|<style/);
  expect(svg).toMatch(/<path [^>]*d="M/);
});
