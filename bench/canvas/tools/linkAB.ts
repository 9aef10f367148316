// Figure 3 opened from a share link, interleaved over candidate builds and the bare page: medians
// of the bench's own link-open figure. `npx tsx bench/canvas/tools/linkAB.ts --runs 7 DIR...`
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { ensureBareBuild } from '../build.ts';
import { bare, ours } from '../pages.ts';
import { figure3BenchPlan } from '../plans.ts';
import { serveStatic } from '../serve.ts';
import { linkVisit } from '../session.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const dirs = args.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1);
const plan = figure3BenchPlan();
const browser = await chromium.launch(chromiumLaunchOptions());
const servers = await Promise.all(dirs.map((d) => serveStatic(d)));
const bareServer = await serveStatic((await ensureBareBuild()).dir);
const times = new Map<string, number[]>();
const add = (k: string, v: number | null) => times.set(k, [...(times.get(k) ?? []), v ?? NaN]);
for (let run = 0; run < runs; run++) {
  add('bare', (await linkVisit(browser, bare, bareServer.url, plan, run)).load.ms);
  for (const [i, s] of servers.entries()) {
    const v = await linkVisit(browser, ours, s.url, plan, run);
    if (v.errors.length) console.log(dirs[i], v.errors);
    add(dirs[i]!, v.load.ms);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [k, xs] of times) console.log(`${k}: median ${median(xs).toFixed(0)} ms  [${xs.map((x) => x.toFixed(0)).join(', ')}]`);
await browser.close();
for (const s of [...servers, bareServer]) await s.close();
