// Our own scripts a page opens with carry V8's compile hint (vite.config.ts, compileStartScriptsEagerly):
// Chromium compiles their functions while it streams them in, not one by one on the main thread as
// the first render calls them. React's and React Flow's parts do not (the first paint runs a third of
// each), nor do the parts loaded later, but for those every edit runs; a start script's source map
// still points at the right source line under the added comment.
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodePlanLink } from '../src/share/link.ts';
import { templateById } from '../src/templates/index.ts';
import { expect, server, test } from './support.ts';

const HINT = '//# allFunctionsCalledOnLoad\n';

const named = (scripts: Response[], part: string) => scripts.filter((r) => new RegExp(`/${part}-[\\w-]+\\.js$`).test(new URL(r.url()).pathname));

test('the page names each first-paint part as a module script of its own, in import order, and nothing else', async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  const scripts = [...html.matchAll(/<script type="module"( async)? crossorigin src="\/assets\/([\w-]+)-[\w-]{8}\.js">/g)].map((m) => `${m[2]}${m[1] ?? ''}`);
  // In import order, each evaluated once it and those before it are in;
  // the link's reader also as an async script, run as soon as it is in (vite.config.ts).
  expect(scripts).toEqual(['rolldown-runtime', 'libs', 'linkFirst', 'react', 'xyflow', 'core', 'linkFirst async']);
  expect(html).not.toContain('modulepreload');
});

test('our scripts a share link opens with are compiled as they stream in; React, React Flow and later parts are not, and source maps still line up', async ({ page }) => {
  const scripts: Response[] = [];
  page.on('response', (r) => void (r.url().endsWith('.js') && scripts.push(r)));
  await page.goto(`/#plan=${encodePlanLink(templateById('figure-3')!.plan)}`);
  await expect(server(page, 'MBX01')).toBeVisible();
  // A part loaded after the first paint (the inspector) is compiled as it runs.
  await server(page, 'MBX01').click();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByText('MBX01').first()).toBeVisible();

  // The link's reading (app/linkFirst.ts), the first paint's own code and its schema library (zod).
  for (const part of ['linkFirst', 'core', 'libs']) {
    expect(named(scripts, part), part).toHaveLength(1);
    expect((await named(scripts, part)[0]!.text()).startsWith(HINT), `${part} starts with the hint`).toBe(true);
  }
  // React and React Flow (a third of each runs by the first paint) and a part loaded later stay lazily compiled.
  for (const part of ['react', 'xyflow', 'Inspector']) {
    expect(named(scripts, part), part).toHaveLength(1);
    expect((await named(scripts, part)[0]!.text()).startsWith(HINT), `${part} starts without the hint`).toBe(false);
  }

  // The parts every edit runs that load once the page is idle (an add's layout and index updates) carry it too.
  for (const part of ['layoutUpdate', 'afterPaint']) {
    await expect.poll(() => named(scripts, part).length, part).toBe(1);
    expect((await named(scripts, part)[0]!.text()).startsWith(HINT), `${part} starts with the hint`).toBe(true);
  }

  // The first paint's chunk maps a message written in boot.ts back to boot.ts, on that message's line.
  const message = 'The shared plan could not be opened';
  const core = named(scripts, 'core')[0]!;
  const code = await core.text();
  const map = new TraceMap(await (await page.request.get(`${core.url()}.map`)).text());
  const at = code.indexOf(message);
  expect(at).toBeGreaterThan(0);
  const source = originalPositionFor(map, { line: code.slice(0, at).split('\n').length, column: at - code.lastIndexOf('\n', at) - 1 });
  expect(source.source).toMatch(/src\/app\/boot\.ts$/);
  const bootLines = readFileSync('src/app/boot.ts', 'utf8').split('\n');
  expect(bootLines[source.line! - 1]).toContain(message);
});
