// Where does the browser's own time go while dragging and panning? `npx tsx bench/canvas/trace.ts
// [--servers 1000] [--app DIR] [--only ours|bare]` records a Chromium performance trace
// (devtools.timeline) and a CPU profile of a pan and a server drag on our app and on the bare page,
// and prints, per gesture, the main thread's time by event (script, style, layout, Layerize, paint,
// hit testing...), the spread of script tasks and of Layerize, and every task over 20 ms with what
// filled it and the functions that ran in it (names are readable with a `--minify false` build, e.g.
// investigate.ts's). This is how the canvas's long drag frames were found (compositing of handles
// hidden with opacity, a start-of-drag render of the inspector). Diagnostic only: not part of
// `npm run bench`.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../e2e/chromium.ts';
import { arrange } from '../../src/layout/arrange.ts';
import { serializePlan } from '../../src/model/serialize.ts';
import { resolveLayout } from '../../src/theme/geometry.ts';
import { syntheticPlan } from '../synthetic.ts';
import { ROOT, ensureAppBuild, ensureBareBuild } from './build.ts';
import { dispatchDrag } from './mouse.ts';
import { PROBE, appStorageScript, bareStorageScript, pickPaneScript, pickServerScript } from './probe.ts';
import { serveStatic } from './serve.ts';
import { original, type CpuProfile } from './sourcemap.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SERVERS = Number(opt('servers') ?? 1000);
const MOVES = 60;
/** The raw traces (open them in Chrome's Performance panel): trace-<page>-<gesture>.json. */
const OUT_DIR = join(ROOT, 'node_modules/.cache/etd-canvas-bench');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: Record<string, unknown>;
}

const WATCHED = new Set([
  'FunctionCall',
  'EventDispatch',
  'FireAnimationFrame',
  'TimerFire',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'Commit',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'ParseHTML',
  'HitTest',
  'ScheduleStyleRecalculation',
  'InvalidateLayout',
  'RasterTask',
  'Rasterize',
  'ThreadControllerImpl::RunTask',
]);

function summarize(events: TraceEvent[], from: number, to: number) {
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const main = [...threads].find(([, n]) => n === 'CrRendererMain')?.[0];
  const byName = new Map<string, number>();
  const byThread = new Map<string, number>();
  const frames: { ts: number; dur: number; parts: Map<string, number> }[] = [];
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < from || e.ts > to || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    const thread = threads.get(key) ?? key;
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
      byThread.set(thread, (byThread.get(thread) ?? 0) + e.dur);
    if (key !== main || !WATCHED.has(e.name)) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  }
  // Long main-thread tasks and what is inside them (top-level watched events only).
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        `${e.pid}:${e.tid}` === main &&
        e.ts >= from &&
        e.ts <= to &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        (e.dur ?? 0) > 20_000,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
    .filter(
      (t, i, all) =>
        i === 0 || !(t.ts >= all[i - 1]!.ts && t.ts + t.dur! <= all[i - 1]!.ts + all[i - 1]!.dur!),
    )
    .slice(0, 30);
  for (const t of tasks) {
    const parts = new Map<string, number>();
    for (const e of events)
      if (
        e.ph === 'X' &&
        `${e.pid}:${e.tid}` === main &&
        e.ts >= t.ts &&
        e.ts + (e.dur ?? 0) <= t.ts + t.dur! &&
        WATCHED.has(e.name) &&
        e.name !== 'ThreadControllerImpl::RunTask'
      ) {
        const data = e.args?.data as
          | { type?: string; functionName?: string; url?: string; lineNumber?: number; columnNumber?: number }
          | undefined;
        const what =
          e.name === 'EventDispatch'
            ? `EventDispatch ${data?.type}`
            : e.name === 'FunctionCall'
              ? `FunctionCall ${data?.functionName || '?'}@${String(data?.url ?? '')
                  .split('/')
                  .pop()}:${data?.lineNumber}:${data?.columnNumber}`
              : e.name;
        parts.set(what, (parts.get(what) ?? 0) + (e.dur ?? 0));
      }
    frames.push({ ts: t.ts, dur: t.dur!, parts });
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  const stats = (name: string, min = 0) => {
    const d = events
      .filter(
        (e) =>
          e.ph === 'X' &&
          `${e.pid}:${e.tid}` === main &&
          e.name === name &&
          e.ts >= from &&
          e.ts <= to &&
          (e.dur ?? 0) >= min,
      )
      .map((e) => e.dur!)
      .sort((a, b) => a - b);
    const at = (q: number) => ms(d[Math.min(d.length - 1, Math.floor(q * d.length))] ?? 0);
    return `${d.length}x, median ${at(0.5)}, p90 ${at(0.9)}, max ${at(1)}, total ${ms(d.reduce((a, b) => a + b, 0))}`;
  };
  return {
    window: ms(to - from),
    scriptTasks: stats('FunctionCall', 3000),
    layerize: stats('Layerize'),
    paint: stats('Paint'),
    hitTest: stats('HitTest'),
    mainByEvent: Object.fromEntries([...byName].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
    busyByThread: Object.fromEntries(
      [...byThread]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, v]) => [k, ms(v)]),
    ),
    tasks: frames.map((f) => ({ ts: f.ts, dur: f.dur })),
    longTasks: frames.map(
      (f) =>
        `${ms(f.ts - from)}: ${ms(f.dur)} ms = ${[...f.parts]
          .sort((a, b) => b[1] - a[1])
          .filter(([, v]) => v > 1000)
          .map(([k, v]) => `${k} ${ms(v)}`)
          .join(', ')}`,
    ),
  };
}

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

async function traced(page: Page, label: string, run: () => Promise<void>, dir?: string) {
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
    ],
  });
  await run();
  const profile = cdp ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : undefined;
  const buffer = await browser.stopTracing();
  const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, `trace-${label}.json`), JSON.stringify(events));
  // The gesture's window: from the first to the last mouse event dispatched.
  const input = events.filter(
    (e) =>
      e.name === 'EventDispatch' &&
      /mouse|pointer/.test(String((e.args?.data as { type?: string })?.type ?? '')),
  );
  const from = input.length ? Math.min(...input.map((e) => e.ts)) : 0;
  const to = input.length ? Math.max(...input.map((e) => e.ts + (e.dur ?? 0))) : Infinity;
  console.log(`\n== ${label}`);
  const summary = summarize(events, from, to);
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
  const plan = arrange(syntheticPlan(SERVERS));
  const layout = resolveLayout(plan);
  const boxes = layout.boxes.map((b) => [b.id, b.absX, b.absY, b.width, b.height] as const);
  const appDir = opt('app') ?? (await ensureAppBuild()).dir;
  const bare = await ensureBareBuild();
  const ours = await serveStatic(appDir);
  const barePage = await serveStatic(bare.dir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const target of (opt('only') ?? 'ours,bare').split(',')) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        deviceScaleFactor: 1,
      });
      const storage =
        target === 'ours'
          ? appStorageScript('trace', plan.name, serializePlan(plan, { compact: true }))
          : bareStorageScript(boxes);
      await context.addInitScript({ content: `${storage}\n${PROBE}` });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const url = target === 'ours' ? `${ours.url}/` : `${barePage.url}/?n=${boxes.length}&w=932&h=763`;
      await page.goto(url);
      for (let i = 0; i < 600 && !(await page.evaluate('window.__bench?.render ?? null')); i++)
        await sleep(100);
      await page.evaluate('window.__bench.idle(5000)');
      const pane = (await page.evaluate(pickPaneScript({ x: 4 * MOVES, y: 3 * MOVES }))) as {
        x: number;
        y: number;
      };
      await page.mouse.move(pane.x, pane.y);
      await traced(
        page,
        `${target}-pan`,
        () => dispatchDrag(cdp, pane, { x: -4, y: -3 }, MOVES, 16),
        target === 'ours' ? appDir : bare.dir,
      );
      await page.evaluate('window.__bench.idle(5000)');
      const server = (await page.evaluate(
        pickServerScript(
          plan.servers.map((s) => s.id),
          { x: 3 * MOVES, y: 2 * MOVES },
        ),
      )) as { x: number; y: number };
      await page.mouse.move(server.x, server.y);
      await traced(
        page,
        `${target}-drag`,
        () => dispatchDrag(cdp, server, { x: 3, y: 2 }, MOVES, 16),
        target === 'ours' ? appDir : bare.dir,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await ours.close();
    await barePage.close();
  }
}

await main();
