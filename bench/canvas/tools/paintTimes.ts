// How the zoomed-out layer repainted after each of the bench's edits (mode, rectangles, device pixels, ms of the
// paint itself, from the layer element's paintReport): `npx tsx bench/canvas/tools/paintTimes.ts
// [--servers 1000] [--app DIR] [--runs 3]`. A fresh page per run, as the bench opens one.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { ensureAppBuild } from '../build.ts';
import { EDITS, ours } from '../pages.ts';
import { syntheticBenchPlan } from '../plans.ts';
import { serveStatic } from '../serve.ts';
import { openStored } from '../session.ts';

const opt = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const plan = syntheticBenchPlan(Number(opt('servers') ?? 1000));
const dir = opt('app') ?? (await ensureAppBuild()).dir;
const browser = await chromium.launch(chromiumLaunchOptions());
const server = await serveStatic(dir);
try {
  for (let run = 0; run < Number(opt('runs') ?? 3); run++) {
    const opened = await openStored(browser, ours, server.url, plan);
    const { page } = opened;
    await ours.select(page, plan);
    const rows: string[] = [];
    for (const kind of EDITS) {
      await page.evaluate('window.__bench.idle(2000)');
      const took = await ours.edit(page, plan, kind, run);
      await page.evaluate('window.__bench.idle(1000)');
      const report = (await page.evaluate(`document.querySelector('.plan-layer').paintReport()`)) as { mode: string; repainted: number; rects: number; ms: number };
      rows.push(`${kind} ${took.ms?.toFixed(0)} ms: paint ${report.mode} ${report.rects} rects ${(report.repainted / 1e6).toFixed(2)} Mpx ${report.ms.toFixed(1)} ms`);
    }
    console.log(`run ${run + 1}: ${rows.join(' | ')}`);
    await opened.context.close();
  }
} finally {
  await server.close();
  await browser.close();
}
