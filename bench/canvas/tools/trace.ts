// Where does the browser's own time go while dragging and panning? `npx tsx
// bench/canvas/tools/trace.ts [--servers 1000] [--app DIR] [--only ours|bare] [--edit addRole]` records a Chromium
// performance trace (devtools.timeline) and a CPU profile of a pan and a server drag on our app and
// on the bare page, and prints, per gesture, the main thread's time by event (script, style, layout,
// Layerize, paint, hit testing...), the spread of script tasks and of Layerize, and every task over
// 20 ms with what filled it and the functions that ran in it (names are readable with a
// `--minify false` build, e.g. investigate.ts's). This is how the canvas's long drag frames were
// found (compositing of handles hidden with opacity, a start-of-drag render of the inspector).
// A diagnostic (bench/canvas/tools/README.md), not part of `npm run bench`.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { ROOT, ensureAppBuild, ensureBareBuild } from '../build.ts';
import { dispatchDrag } from '../mouse.ts';
import { bare, EDITS, ours, type EditKind } from '../pages.ts';
import { syntheticBenchPlan } from '../plans.ts';
import { pickPaneScript, pickServerScript } from '../pick.ts';
import { serveStatic } from '../serve.ts';
import { openStored } from '../session.ts';
import { original, type CpuProfile } from './sourcemap.ts';
import { summarize, type TraceEvent } from './traceEvents.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SERVERS = Number(opt('servers') ?? 1000);
const MOVES = 60;
/** `--edit addRole|undo|rename|paletteAdd`: trace that edit instead of the pan and the drag. */
const EDIT = opt('edit') as EditKind | undefined;
if (EDIT && !EDITS.includes(EDIT)) throw new Error(`--edit takes one of ${EDITS.join(', ')}`);
const EDIT_WINDOW_MS = 150;
/** The raw traces (open them in Chrome's Performance panel): trace-<page>-<gesture>.json. */
const OUT_DIR = join(ROOT, 'node_modules/.cache/etd-canvas-bench');

/** Self time by function (mapped to the original source) of the samples inside each window. */
function scriptIn(
  profile: CpuProfile,
  dir: string,
  windows: { ts: number; dur: number }[],
  top = 6,
  merged = false,
) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = windows.map(() => new Map<string, number>());
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    let w = windows.findIndex((x) => t >= x.ts && t <= x.ts + x.dur);
    if (w < 0) return;
    if (merged) w = 0;
    const f = byId.get(id)!.callFrame;
    const where = f.url.startsWith('http') ? original(dir, f.url, f.lineNumber, f.columnNumber) : null;
    const name = `${f.functionName || where?.name || '(anonymous)'}${where ? ` ${where.file.replace(/^.*node_modules\//, '')}` : ''}`;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    out[w]!.set(name, (out[w]!.get(name) ?? 0) + dt);
  });
  return out.map((m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join('; '),
  );
}

async function traced(page: Page, label: string, run: () => Promise<unknown>, dir?: string, windowMs?: number) {
  const browser = page.context().browser()!;
  const cdp = dir ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'blink',
      'cc',
      'toplevel',
      'disabled-by-default-devtools.timeline.frame',
      ...(process.env.TRACE_COMPILE ? ['disabled-by-default-v8.compile', 'v8.execute'] : []),
    ],
  });
  await run();
  const profile = cdp ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : undefined;
  const buffer = await browser.stopTracing();
  const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, `trace-${label}.json`), JSON.stringify(events));
  if (profile) writeFileSync(join(OUT_DIR, `profile-${label}.cpuprofile`), JSON.stringify(profile));
  // The gesture's window: from the first to the last mouse event dispatched.
  const input = events.filter(
    (e) =>
      e.name === 'EventDispatch' &&
      /mouse|pointer|key/.test(String((e.args?.data as { type?: string })?.type ?? '')),
  );
  const from = input.length ? Math.min(...input.map((e) => e.ts)) : 0;
  const to = windowMs !== undefined ? from + windowMs * 1000 : input.length ? Math.max(...input.map((e) => e.ts + (e.dur ?? 0))) : Infinity;
  console.log(`\n== ${label}`);
  const summary = summarize(events, from, to, windowMs !== undefined ? 2000 : 20_000);
  console.log(JSON.stringify({ ...summary, tasks: undefined, longTasks: undefined }, null, 1));
  const js = profile && dir ? scriptIn(profile, dir, summary.tasks, 20) : [];
  if (profile && dir) {
    // All script tasks of the gesture together: which functions fill them.
    const scripts = events.filter(
      (e) => e.ph === 'X' && e.name === 'FunctionCall' && (e.dur ?? 0) >= 3000 && e.ts >= from && e.ts <= to,
    );
    console.log(
      `  script tasks, self time: ${
        scriptIn(
          profile,
          dir,
          scripts.map((e) => ({ ts: e.ts, dur: e.dur! })),
          25,
          true,
        )[0]
      }`,
    );
  }
  summary.longTasks.forEach((line, i) => console.log(`  ${line}${js[i] ? `\n      script: ${js[i]}` : ''}`));
}

async function main() {
  const plan = syntheticBenchPlan(SERVERS);
  const appDir = opt('app') ?? (await ensureAppBuild()).dir;
  const bareDir = (await ensureBareBuild()).dir;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const target of (opt('only') ?? 'ours,bare').split(',')) {
      const kind = target === 'bare' ? bare : ours;
      const dir = kind === ours ? appDir : bareDir;
      const server = await serveStatic(dir);
      const opened = await openStored(browser, kind, server.url, plan);
      const { page, cdp } = opened;
      const pane = (await page.evaluate(pickPaneScript({ x: 4 * MOVES, y: 3 * MOVES }))) as {
        x: number;
        y: number;
      };
      if (EDIT) {
        // The bench's add-role edit (or a bare relabel): the server selected first, then the edit
        // traced from its input event over EDIT_WINDOW_MS, tasks over 2 ms listed.
        await kind.select(page, plan);
        await page.evaluate('window.__bench.idle(3000)');
        // Undo needs an edit to undo, as in the bench.
        if (EDIT === 'undo') {
          await kind.edit(page, plan, 'addRole', 1);
          await page.evaluate('window.__bench.idle(3000)');
        }
        let took: unknown;
        await traced(page, `${target}-edit`, async () => (took = await kind.edit(page, plan, EDIT, 1)), dir, EDIT_WINDOW_MS);
        console.log(`  edit to paint: ${JSON.stringify(took)}`);
        await opened.context.close();
        await server.close();
        continue;
      }
      await page.mouse.move(pane.x, pane.y);
      await traced(page, `${target}-pan`, () => dispatchDrag(cdp, pane, { x: -4, y: -3 }, MOVES, 16), dir);
      await page.evaluate('window.__bench.idle(5000)');
      const card = (await page.evaluate(
        pickServerScript(plan.serverIds, { x: 3 * MOVES, y: 2 * MOVES }),
      )) as { x: number; y: number };
      await page.mouse.move(card.x, card.y);
      await traced(page, `${target}-drag`, () => dispatchDrag(cdp, card, { x: 3, y: 2 }, MOVES, 16), dir);
      await opened.context.close();
      await server.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
