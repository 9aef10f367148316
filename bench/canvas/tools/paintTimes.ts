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
      // The paint the edit's own task made (read at the first frame after the key press or click),
      // then the last one (a palette add's links come back from the worker and repaint again).
      await page.evaluate(`for (const e of ['keydown', 'pointerdown', 'click']) addEventListener(e, () => requestAnimationFrame(() => (window.firstPaint = document.querySelector('.plan-layer').paintReport())), { capture: true, once: true })`);
      const took = await ours.edit(page, plan, kind, run);
      await page.evaluate('window.__bench.idle(1000)');
      type Report = { mode: string; repainted: number; rects: number; ms: number };
      const [first, report, dbg] = (await page.evaluate(`[window.firstPaint, document.querySelector('.plan-layer').paintReport(), window.DBG]`)) as [Report, Report, unknown];
      if (process.env.DBG) console.log(kind, JSON.stringify(dbg, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
      const show = (r: Report) => `${r.mode} ${r.rects} rects ${(r.repainted / 1e6).toFixed(2)} Mpx ${r.ms.toFixed(1)} ms`;
      rows.push(`${kind} ${took.ms?.toFixed(0)} ms: paint ${show(first)}, last ${show(report)}`);
    }
    console.log(`run ${run + 1}: ${rows.join(' | ')}`);
    await opened.context.close();
  }
} finally {
  await server.close();
  await browser.close();
}
