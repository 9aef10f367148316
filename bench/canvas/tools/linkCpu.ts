// Figure 3 opened from a share link, interleaved over candidate builds, counted in CPU time rather than
// wall time (which a shared, loaded machine makes noise of): per run and build, from the document's
// request to the bench's drawn frame, the renderer main thread's CPU, the CPU of every thread of every
// process in the trace (the streaming compile, the network service, the compositor: all of it
// competes for the same cores), when the last start script (the ones index.html names) finished arriving, the main thread's CPU after it, and the drawn time.
// `npx tsx bench/canvas/tools/linkCpu.ts --runs N DIR...`. A diagnostic (bench/canvas/tools/README.md).
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { initialAssets } from '../assets.ts';
import { ours } from '../pages.ts';
import { figure3BenchPlan } from '../plans.ts';
import { serveStatic } from '../serve.ts';
import { expectScript, PROBE } from '../probe.ts';
import { load, newVisit } from '../session.ts';
import type { TraceEvent } from './traceEvents.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const dirs = args.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1);
const plan = figure3BenchPlan();
const DETAIL = args.includes('--detail');
type Row = { drawn: number; main: number; tail: number; all: number; scripts: number; requests: number };

/** The CPU (thread clock) of the outermost complete events of each thread, from t0 to t1, in ms: one thread's or all. */
function cpu(events: TraceEvent[], t0: number, t1: number, thread?: string): number {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < t0 || e.ts > t1 || (e as { tdur?: number }).tdur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (thread && key !== thread) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  let total = 0;
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, String((e.args as { name?: string }).name)]));
  const kinds = new Map<string, number>();
  for (const [key, list] of byThread) {
    let end = -1;
    for (const e of list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      total += (e as { tdur?: number }).tdur!;
      const k = `${names.get(key) ?? key} ${e.name}`;
      kinds.set(k, (kinds.get(k) ?? 0) + (e as { tdur?: number }).tdur!);
    }
  }
  if (DETAIL && !thread) console.log([...kinds].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `   ${(v / 1000).toFixed(1).padStart(6)} ${k}`).join('\n'));
  return total / 1000;
}

async function visit(browser: Browser, url: string, dir: string, run: number): Promise<Row> {
  const start = initialAssets(dir).js.files.map((f) => f.split('/').pop()!);
  const context = await browser.newContext({ viewport: plan.window, deviceScaleFactor: 1 });
  await context.addInitScript({ content: `${expectScript(plan.expect)}\n${PROBE}` });
  const page = await context.newPage();
  await page.goto('about:blank');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'toplevel', 'loading', 'netlog', 'disabled-by-default-v8.compile'] });
  const v = newVisit(ours, plan, run);
  await load(page, `${url}/#${ours.linkFragment(plan)}`, plan, v);
  const buffer = await browser.stopTracing();
  await context.close();
  const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const doc = events.find((e) => e.name === 'ResourceSendRequest' && /#plan=/.test(String((e.args?.data as { url?: string })?.url)))!;
  // The renderer's main thread: the one that parsed the page. The drawn frame on the trace's clock
  // (the page's clock starts at navigation start, a hair before the document's request).
  const main = events.filter((e) => e.name === 'ParseHTML' && e.ts >= doc.ts).at(0)!;
  const t0 = doc.ts;
  const t1 = t0 + v.load.ms! * 1000;
  const urls = new Map<string, string>();
  let scripts = 0;
  let requests = 0;
  for (const e of events) {
    const d = e.args?.data as { url?: string; requestId?: string } | undefined;
    if (e.name === 'ResourceSendRequest' && e.ts >= t0 && e.ts <= t1) {
      requests++;
      urls.set(d!.requestId!, d!.url!);
    }
    if (e.name === 'ResourceFinish' && e.ts <= t1 && start.includes((urls.get(d?.requestId ?? '') ?? '').split('/').pop()!)) scripts = Math.max(scripts, (e.ts - t0) / 1000);
  }
  const thread = `${main.pid}:${main.tid}`;
  // The tail: the main thread's CPU once every start script is in (what the drawn frame waits for then).
  const tail = cpu(events, t0 + scripts * 1000, t1, thread);
  return { drawn: v.load.ms!, main: cpu(events, t0, t1, thread), tail, all: cpu(events, t0, t1), scripts, requests };
}

const browser = await chromium.launch(chromiumLaunchOptions());
const servers = await Promise.all(dirs.map((d) => serveStatic(d)));
const rows = new Map<string, Row[]>();
for (let run = 0; run < runs; run++)
  for (const [i, s] of servers.entries()) rows.set(dirs[i]!, [...(rows.get(dirs[i]!) ?? []), await visit(browser, s.url, dirs[i]!, run)]);
await browser.close();
for (const s of servers) await s.close();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [dir, rs] of rows) {
  const m = (k: keyof Row) => median(rs.map((r) => r[k])).toFixed(1).padStart(6);
  console.log(`${dir}: medians drawn ${m('drawn')} ms, main-thread CPU ${m('main')} (${m('tail')} after the last script), all threads' CPU ${m('all')}, last script in ${m('scripts')}, requests ${m('requests')}`);
  console.log(`   all CPU [${rs.map((r) => r.all.toFixed(0)).join(', ')}]  main [${rs.map((r) => r.main.toFixed(0)).join(', ')}]  tail [${rs.map((r) => r.tail.toFixed(0)).join(', ')}]`);
}
