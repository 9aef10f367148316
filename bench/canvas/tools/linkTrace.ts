// Where Figure 3 opened from a share link spends its time, on our app and the bare page: a Chromium
// trace from the document's request to the bench's fully drawn frame, printed as the main thread's
// CPU time to that frame by what it did (thread clock: it holds on a busy machine, where wall times
// do not), a timeline of its tasks (wall and CPU, what filled them), the network requests, each
// layout and style pass over 3 ms with how much of the page it walked, and the app's etd:* timings.
// `npx tsx bench/canvas/tools/linkTrace.ts [--app DIR] [--only ours|bare] [--runs N] [--mincpu MS]`.
// A diagnostic (bench/canvas/tools/README.md), not part of `npm run bench`.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { ensureAppBuild, ensureBareBuild } from '../build.ts';
import { bare, ours } from '../pages.ts';
import { figure3BenchPlan } from '../plans.ts';
import { serveStatic } from '../serve.ts';
import { expectScript, PROBE } from '../probe.ts';
import { load, newVisit } from '../session.ts';
import type { TraceEvent } from './traceEvents.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const MEASURES = `performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)])`;
const PARTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'V8.CompileCode', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC', 'RunMicrotasks', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'v8.parseOnBackground', 'ParseAuthorStyleSheet', 'FireIdleCallback', 'v8.produceModuleCache', 'v8.produceCache', 'v8.run']);

async function main() {
  const plan = figure3BenchPlan();
  const runs = Number(opt('runs') ?? 1);
  const appDir = opt('app') ?? (await ensureAppBuild()).dir;
  const bareDir = (await ensureBareBuild()).dir;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const target of (opt('only') ?? 'ours,bare').split(',')) {
      const kind = target === 'bare' ? bare : ours;
      const server = await serveStatic(kind === ours ? appDir : bareDir);
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: plan.window, deviceScaleFactor: 1 });
        await context.addInitScript({ content: `${expectScript(plan.expect)}\n${PROBE}` });
        const page = await context.newPage();
        await page.goto('about:blank');
        await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'toplevel', 'loading', 'blink.user_timing', 'netlog', 'disabled-by-default-v8.compile', ...(args.includes('--fonts') ? ['fonts', 'ipc', 'mojom'] : [])] });
        const visit = newVisit(kind, plan, 0);
        await load(page, `${server.url}/#${kind.linkFragment(plan)}`, plan, visit);
        const measures = await page.evaluate(MEASURES);
        const buffer = await browser.stopTracing();
        if (opt('save')) writeFileSync(`${opt('save')}-${target}-${run}.json`, buffer);
        await context.close();
        const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
        const events = Array.isArray(trace) ? trace : trace.traceEvents;
        report(target, events, visit.load.ms, measures as [string, number, number][]);
      }
      await server.close();
    }
  } finally {
    await browser.close();
  }
}

function report(target: string, events: TraceEvent[], ms: number | null, measures: [string, number, number][]) {
  // The renderer main thread: the one that marked navigation start by the document's request. Time zero: the request for the document (navigation start is a hair before it).
  const doc = events.find((e) => e.name === 'ResourceSendRequest' && /#(plan|drawing)=/.test(String((e.args?.data as { url?: string })?.url)))!;
  const nav = events.filter((e) => e.name === 'navigationStart' && e.ts <= doc.ts + 50_000 && e.ts >= doc.ts - 50_000).at(-1) ?? events.filter((e) => e.name === 'ParseHTML').at(-1)!;
  const main = `${nav.pid}:${nav.tid}`;
  const t0 = doc.ts;
  const at = (ts: number) => ((ts - t0) / 1000).toFixed(0).padStart(5);
  // The page clock (navigation start) on the trace's timeline, from a user timing both saw.
  // (The library may open after the page's measures were read: then the trace has it and they do not.)
  const lib = events.find((e) => e.name === 'etd:library' && e.ph === 'b');
  const libMeasure = measures.find((m) => m[0] === 'etd:library');
  const shift = lib && libMeasure ? (lib.ts - t0) / 1000 - libMeasure[1] : 0;
  console.log(`\n== ${target}: drawn at ${ms} ms (trace ${ms === null ? '?' : Math.round(ms + shift)}); measures ${JSON.stringify(measures)}`);
  const urls = new Map<string, string>();
  for (const e of events)
    if (['ResourceSendRequest', 'ResourceFinish'].includes(e.name) && e.ts >= t0) {
      const d = e.args?.data as { url?: string; requestId?: string; priority?: string } | undefined;
      if (d?.url) urls.set(d.requestId!, d.url.split('/').pop()!.slice(0, 40));
      console.log(`${at(e.ts)} net ${e.name.replace('Resource', '')} ${d?.url ? urls.get(d.requestId!) : urls.get(d?.requestId ?? '') ?? d?.requestId}`);
    }
  // Main-thread CPU (thread clock) from time zero to the drawn frame: work done, however busy the machine.
  const drawnAt = ms === null ? Infinity : t0 + (ms + shift) * 1000;
  let cpu = 0;
  let wall = 0;
  let outer = -1;
  for (const e of events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts >= t0 && e.ts <= drawnAt && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    if (e.ts < outer) continue; // a task inside one counted already
    outer = e.ts + (e.dur ?? 0);
    cpu += (e as { tdur?: number }).tdur ?? 0;
    wall += e.dur ?? 0;
  }
  // The same CPU by what the thread did (the outermost watched event of each kind inside a task).
  const kinds = new Map<string, number>();
  const TOP = ['v8.evaluateModule', 'EvaluateScript', 'v8.compileModule', 'FunctionCall', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'FireIdleCallback', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'ParseHTML', 'ParseAuthorStyleSheet', 'MinorGC', 'MajorGC'];
  const within = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts >= t0 && e.ts <= drawnAt && TOP.includes(e.name)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let end = -1;
  for (const e of within) {
    if (e.ts < end) continue; // nested in an outer one already counted
    end = e.ts + (e.dur ?? 0);
    const k = ['FireAnimationFrame', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'FireIdleCallback'].includes(e.name) ? 'FunctionCall' : e.name;
    kinds.set(k, (kinds.get(k) ?? 0) + ((e as { tdur?: number }).tdur ?? 0));
  }
  console.log(`tdurCheck main thread to drawn: ${(cpu / 1000).toFixed(0)} ms CPU, ${(wall / 1000).toFixed(0)} ms in tasks; ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', ')}`);
  const tasks = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts >= t0 && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) >= 2000 && ((e as { tdur?: number }).tdur ?? 0) >= Number(opt('mincpu') ?? 1.5) * 1000).sort((a, b) => a.ts - b.ts);
  let last = -1;
  for (const t of tasks) {
    if (t.ts < last) continue;
    last = t.ts + t.dur!;
    const parts = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main || e.ts < t.ts || e.ts + (e.dur ?? 0) > t.ts + t.dur! || !PARTS.has(e.name)) continue;
      const d = e.args?.data as { url?: string; functionName?: string; type?: string } | undefined;
      const file = String(d?.url ?? (e.args as { fileName?: string } | undefined)?.fileName ?? '').split('/').pop();
      const key = e.name === 'FunctionCall' ? `FunctionCall ${d?.functionName || '?'}` : e.name === 'EventDispatch' ? `Event ${d?.type}` : file ? `${e.name} ${file}` : e.name;
      parts.set(key, (parts.get(key) ?? 0) + e.dur!);
    }
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join('; ');
    console.log(`${at(t.ts)} task ${(t.dur! / 1000).toFixed(1)} ms (cpu ${(((t as { tdur?: number }).tdur ?? 0) / 1000).toFixed(1)}): ${top}`);
  }
  // Each layout and style pass over 3 ms: how much of the page it walked.
  for (const e of events)
    if (e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts >= t0 && (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && (e.dur ?? 0) >= 3000)
      console.log(`${at(e.ts)} ${e.name} ${(e.dur! / 1000).toFixed(1)} ms (cpu ${(((e as { tdur?: number }).tdur ?? 0) / 1000).toFixed(1)}) ${JSON.stringify(e.args?.beginData ?? e.args?.elementCount ?? '')} ${JSON.stringify((e.args?.endData as { layoutRoots?: unknown[] })?.layoutRoots?.length ?? '')}`);
  // With --fonts: the main thread's synchronous font calls to the browser process, by name (count, wall ms, the first and last start).
  if (args.includes('--fonts')) {
    const calls = new Map<string, number[]>();
    for (const e of events)
      if (e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.ts >= t0 && /Font|font/.test(e.name) && !/^(FontCache|Font\.)/.test(e.name)) calls.set(e.name, [...(calls.get(e.name) ?? []), e.ts, e.dur ?? 0]);
    for (const [name, xs] of calls) {
      const starts = xs.filter((_, i) => i % 2 === 0);
      const wall = xs.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0);
      console.log(`font ${name}: ${starts.length} calls, ${(wall / 1000).toFixed(1)} ms wall, at ${at(starts[0]!)}..${at(starts.at(-1)!)}`);
    }
  }
  for (const e of events) if (`${e.pid}:${e.tid}` === main && e.ts >= t0 && /^(firstPaint|firstContentfulPaint|domContentLoadedEventEnd|loadEventEnd|MarkDOMContent|MarkLoad|firstMeaningfulPaint)$/.test(e.name)) console.log(`${at(e.ts)} mark ${e.name}`);
}

await main();
