// The zoomed-out layer's share of a palette add's key press task, builds interleaved: `npx tsx
// bench/canvas/tools/layerAB.ts --apps DIR_A,DIR_B [--servers 1000] [--runs 5]`. Each run opens a fresh
// page per build, does what the bench does before it (select, add role, undo, rename) and traces its
// first palette add: the key press task's thread time (tdur) and wall time, the main thread's time in
// the frame after it, and, from a CPU profile (50 us samples, mapped through the build's source
// maps), the samples inside the layer's snapshot paint (src/canvas/layer/snapshot.ts) and the
// drawImage calls in it; with the layer's paintReport (mode, rectangles, device pixels).
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { median } from '../../report.ts';
import { ours } from '../pages.ts';
import { syntheticBenchPlan } from '../plans.ts';
import { serveStatic } from '../serve.ts';
import { openStored } from '../session.ts';
import { original, type CpuProfile } from './sourcemap.ts';
import type { TraceEvent } from './traceEvents.ts';

const opt = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const apps = (opt('apps') ?? '').split(',').filter(Boolean);
const plan = syntheticBenchPlan(Number(opt('servers') ?? 1000));
const EDITS_BEFORE = ['addRole', 'undo', 'rename'] as const;

/** Milliseconds of samples whose stack holds a frame of `file` (inclusive), and of `self` named leaves within them. */
function layerShare(profile: CpuProfile, dir: string, from: number, to: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inLayer = new Map<number, boolean>();
  const layerOf = (id: number): boolean => {
    if (inLayer.has(id)) return inLayer.get(id)!;
    const f = byId.get(id)!.callFrame;
    const where = f.url.startsWith('http') ? original(dir, f.url, f.lineNumber, f.columnNumber) : null;
    const up = parent.get(id);
    const yes = where?.file.endsWith('src/canvas/layer/snapshot.ts') || (up !== undefined && layerOf(up));
    inLayer.set(id, yes);
    return yes;
  };
  let t = profile.startTime;
  let layer = 0;
  let drawImage = 0;
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from || t > to || !layerOf(id)) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    layer += dt;
    const name = byId.get(id)!.callFrame.functionName || '(anonymous)';
    if (name === 'drawImage') drawImage += dt;
    self.set(name, (self.get(name) ?? 0) + dt);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v.toFixed(2)}`).join('; ');
  return { layer, drawImage, top };
}

async function measure(page: Page, dir: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  const took = await ours.edit(page, plan, 'paletteAdd', 0);
  await page.evaluate('window.__bench.idle(500)');
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const raw = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const key = events.find((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string })?.type === 'keydown')!;
  const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.pid === key.pid && e.tid === key.tid && e.ph === 'X');
  const task = tasks.find((e) => e.ts <= key.ts && e.ts + e.dur! >= key.ts)!;
  // The frame's work after the task: main-thread tasks within 40 ms of its end.
  const end = task.ts + task.dur!;
  const after = tasks.filter((e) => e.ts >= end && e.ts < end + 40_000).reduce((s, e) => s + ((e as { tdur?: number }).tdur ?? 0), 0);
  // Profile clock and trace clock are both monotonic microseconds.
  const share = layerShare(profile, dir, task.ts, end);
  const report = (await page.evaluate(`window.firstPaint`)) as { mode: string; rects: number; repainted: number };
  await cdp.detach();
  return { edit: took.ms ?? NaN, wall: task.dur! / 1000, thread: ((task as { tdur?: number }).tdur ?? 0) / 1000, after: after / 1000, ...share, report };
}

const browser = await chromium.launch(chromiumLaunchOptions());
const results = apps.map(() => [] as Awaited<ReturnType<typeof measure>>[]);
try {
  for (let run = 0; run < Number(opt('runs') ?? 5); run++)
    for (const [a, dir] of apps.entries()) {
      const server = await serveStatic(dir);
      const opened = await openStored(browser, ours, server.url, plan);
      const { page } = opened;
      await ours.select(page, plan);
      for (const kind of EDITS_BEFORE) {
        await page.evaluate('window.__bench.idle(1000)');
        await ours.edit(page, plan, kind, run);
      }
      await page.evaluate('window.__bench.idle(2000)');
      await page.evaluate(`addEventListener('keydown', () => requestAnimationFrame(() => (window.firstPaint = document.querySelector('.plan-layer').paintReport())), { capture: true, once: true })`);
      const m = await measure(page, dir);
      results[a]!.push(m);
      const f = (n: number) => n.toFixed(1);
      console.log(`run ${run + 1} ${dir}: edit ${f(m.edit)} ms, key press task ${f(m.wall)} ms wall / ${f(m.thread)} thread, after ${f(m.after)}; layer ${f(m.layer)} (drawImage ${f(m.drawImage)}); ${m.report.mode} ${m.report.rects} rects ${(m.report.repainted / 1e3).toFixed(0)} kpx`);
      if (process.argv.includes('--top')) console.log(`  layer self: ${m.top}`);
      await opened.context.close();
      await server.close();
    }
} finally {
  await browser.close();
}
for (const [a, dir] of apps.entries()) {
  const of = (k: 'edit' | 'wall' | 'thread' | 'after' | 'layer' | 'drawImage') => median(results[a]!.map((r) => r[k]).sort((x, y) => x - y)).toFixed(1);
  console.log(`${dir}: medians edit ${of('edit')}, task wall ${of('wall')} / thread ${of('thread')}, after ${of('after')}, layer ${of('layer')} (drawImage ${of('drawImage')})`);
}
