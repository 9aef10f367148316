// The bench's edits, interleaved over candidate builds (a fresh page per build and run, as the
// bench opens one, builds taken in turn so a busy machine slows them alike), medians of the bench's
// own edit-to-paint figure per edit and build: a quick before/after of an edit-path change.
// `npx tsx bench/canvas/tools/editAB.ts [--servers 1000] [--runs 7] [--edit paletteAdd] [--bare] DIR...`
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { ensureBareBuild } from '../build.ts';
import { bare, EDITS, ours, type EditKind, type PageKind } from '../pages.ts';
import { syntheticBenchPlan } from '../plans.ts';
import { serveStatic } from '../serve.ts';
import { openStored } from '../session.ts';

const args = process.argv.slice(2);
const valued = new Set(['--servers', '--runs', '--edit']);
const opt = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const dirs = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]!));
const plan = syntheticBenchPlan(Number(opt('servers') ?? 1000));
const runs = Number(opt('runs') ?? 7);
// The edits run in the bench's order up to the one timed (undo takes back the role added; the bare
// page checks its relabel count), only that one recorded with --edit.
const only = opt('edit') as EditKind | undefined;
if (only && !EDITS.includes(only)) throw new Error(`--edit takes one of ${EDITS.join(', ')}`);
const edits = only ? EDITS.slice(0, EDITS.indexOf(only) + 1) : EDITS;
const browser = await chromium.launch(chromiumLaunchOptions());
const targets: { name: string; kind: PageKind; url: string; close: () => Promise<void> }[] = [];
for (const dir of dirs) targets.push({ name: dir, kind: ours, ...(await serveStatic(dir)) });
if (args.includes('--bare')) targets.push({ name: 'bare', kind: bare, ...(await serveStatic((await ensureBareBuild()).dir)) });
const times = new Map<string, number[]>();
const add = (k: string, v: number | null | undefined) => times.set(k, [...(times.get(k) ?? []), v ?? NaN]);
try {
  for (let run = 0; run < runs; run++)
    for (const t of run % 2 ? [...targets].reverse() : targets) {
      const opened = await openStored(browser, t.kind, t.url, plan);
      await t.kind.select(opened.page, plan);
      for (const kind of edits) {
        await opened.page.evaluate('window.__bench.idle(2000)');
        const took = await t.kind.edit(opened.page, plan, kind, run);
        if (took.error) console.log(`${kind} ${t.name}: ${took.error}`);
        if (!only || kind === only) add(`${kind} ${t.name}`, took.ms);
      }
      await opened.context.close();
    }
} finally {
  await browser.close();
  for (const t of targets) await t.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [k, xs] of times) console.log(`${k}: median ${median(xs).toFixed(0)} ms  [${xs.map((x) => x.toFixed(0)).join(', ')}]`);
