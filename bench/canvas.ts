// Bench section "canvas": the designer's canvas against bare React Flow (bench/canvas/bare) in
// headless Chromium, for synthetic plans of 500, 1,000, 2,000 and 5,000 servers and Figure 3.
// Per plan and run, ours and bare alternate (which goes first alternates too), each a fresh context:
//   - load: the stored plan opened until every node and edge is in the DOM and painted (probe.ts),
//     on the page's clock, checked against the bench's wall clock; ours at its second start, as
//     users start it every day (the first moves the seeded plan into IndexedDB);
//   - select a server until the side panel shows it; four edits (add role, undo, rename, palette
//     add) until the card shows them; bare: its panel names the node, and it relabels the node;
//   - one wheel notch in and one out, each until the new zoom is painted;
//   - a pan of the empty pane and (up to 2,000 servers) a drag of a server: frame times;
//   - link-open: the plan opened from a share link on a fresh profile until fully drawn; Figure 3's
//     FIGURE3_LINK_OPENS times a run (a visit takes under a second, and its spread between visits,
//     ±30 ms on ~250, made a verdict on 5 of them a coin toss near the target).
// Verdicts on medians (frame times: the p95 of all runs' frames, stats.ts), reported, never
// enforced. `npx tsx bench/canvas.ts [--sizes 500,1000] [--runs N] [--no-write]` runs it alone;
// bench/run.ts calls canvasSection(). The definitions are in bench/canvas/probe.ts and README.md.
import { cpus, loadavg, platform, release, totalmem, type as osType } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions, chromiumPath } from '../e2e/chromium.ts';
import { initialAssets } from './canvas/assets.ts';
import { canvasOptionsFrom, DEFAULT_SIZES, type CanvasOptions } from './canvas/options.ts';
import { ensureAppBuild, ensureBareBuild } from './canvas/build.ts';
import { bare, ours, type PageKind } from './canvas/pages.ts';
import { figure3BenchPlan, syntheticBenchPlan, type BenchPlan } from './canvas/plans.ts';
import { serveStatic, type StaticServer } from './canvas/serve.ts';
import { fullVisit, linkVisit, type Visit } from './canvas/session.ts';
import { clockDisagreements, CLOCK_SLACK_MS, summarize, type PageSummary } from './canvas/summary.ts';
import { TARGETS, tableRows, verdicts } from './canvas/verdicts.ts';
import { mergeResults, printSection, type BenchSection } from './report.ts';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));
/** Figure 3's link-opens per page and run, interleaved: 5 runs give 25 a page. */
export const FIGURE3_LINK_OPENS = 5;

function machine(chromiumVersion: string) {
  const cpu = cpus();
  return {
    os: `${osType()} ${release()} (${platform()})`,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cpus: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    chromiumPath: chromiumPath() ?? "Playwright's default",
  };
}

/** Short gestures at 5,000 servers (each frame there is long), and no drag: its target is at 2,000. */
const gestureOptions = (plan: BenchPlan) =>
  plan.servers > 3000 ? { moves: 30, drag: false } : { moves: 60, drag: true };

/** Frame lists as one line of text each ("16.7 33.3 ..."), so results.json stays readable. */
const compactFrames = (visit: Visit) => {
  const line = (values: number[]) => values.map((v) => Math.round(v * 10) / 10).join(' ');
  const gesture = (g: Visit['drag']) => g && { ...g, frames: line(g.frames), longFrames: line(g.longFrames) };
  return { ...visit, drag: gesture(visit.drag), pan: gesture(visit.pan) };
};

const withoutFrames = (page: PageSummary) => ({
  ...page,
  drag: page.drag && { ...page.drag, frames: undefined },
  pan: page.pan && { ...page.pan, frames: undefined },
});

export async function canvasSection(options: CanvasOptions = {}): Promise<BenchSection> {
  const { sizes = DEFAULT_SIZES, runs = 5, log = (line: string) => console.error(line) } = options;
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  log('canvas bench: building (skipped when fresh)...');
  const [app, bareBuild] = await Promise.all([ensureAppBuild(), ensureBareBuild()]);
  const bundle = initialAssets(app.dir);
  const plans = [...sizes.map(syntheticBenchPlan), figure3BenchPlan()];
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  const full: Visit[] = [];
  const links: Visit[] = [];
  try {
    const origins = { ours: await serveStatic(app.dir), bare: await serveStatic(bareBuild.dir) };
    servers.push(origins.ours, origins.bare);
    browser = await chromium.launch(chromiumLaunchOptions());
    // A first visit to each page pays for cold caches in the browser; it is not counted.
    for (const kind of [ours, bare])
      await linkVisit(browser, kind, origins[kind.target].url, plans.at(-1)!, 0);
    for (let run = 1; run <= runs; run++)
      for (const plan of plans) {
        const t0 = performance.now();
        // Ours first on odd runs (and always on the first: the bare page takes its canvas size).
        const order: PageKind[] = run % 2 === 1 ? [ours, bare] : [bare, ours];
        for (const kind of order) {
          const origin = origins[kind.target].url;
          if (plan.key !== 'figure-3')
            full.push(await fullVisit(browser, kind, origin, plan, run, gestureOptions(plan)));
          links.push(await linkVisit(browser, kind, origin, plan, run));
        }
        // Figure 3's other link-opens, alternating the pages.
        if (plan.key === 'figure-3')
          for (let i = 1; i < FIGURE3_LINK_OPENS; i++)
            for (const kind of i % 2 === 1 ? [...order].reverse() : order)
              links.push(await linkVisit(browser, kind, origins[kind.target].url, plan, run));
        const mine = (list: Visit[], target: string) =>
          list.find((v) => v.plan === plan.key && v.run === run && v.target === target);
        for (const v of [...full, ...links].filter((v) => v.plan === plan.key && v.run === run))
          for (const e of [...v.errors, ...(v.load.error ? [v.load.error] : [])])
            log(`  ${v.target} ${plan.label}: ${e}`);
        const ms = (v: Visit | undefined, f: (v: Visit) => number | null | undefined) => {
          const value = v && f(v);
          return value == null ? '-' : String(Math.round(value));
        };
        log(
          `canvas bench: run ${run}/${runs}, ${plan.label}: load ${ms(mine(full, 'ours'), (v) => v.load.ms)}/${ms(mine(full, 'bare'), (v) => v.load.ms)} ms, ` +
            `link ${ms(mine(links, 'ours'), (v) => v.load.ms)}/${ms(mine(links, 'bare'), (v) => v.load.ms)} ms, ` +
            `select ${ms(mine(full, 'ours'), (v) => v.select?.ms)}/${ms(mine(full, 'bare'), (v) => v.select?.ms)} ms, ` +
            `add role ${ms(mine(full, 'ours'), (v) => v.edits?.addRole?.ms)}/${ms(mine(full, 'bare'), (v) => v.edits?.addRole?.ms)} ms (ours/bare); ${Math.round((performance.now() - t0) / 1000)} s`,
        );
      }
    const chromiumVersion = browser.version();
    await browser.close();
    browser = undefined;

    const summaries = plans.map((plan) => summarize(plan, full, links));
    const judged = verdicts(summaries, bundle.js.gzipKB);
    const disagreements = clockDisagreements([...full, ...links]);
    const durationS = Math.round((performance.now() - started) / 1000);
    const loadAfter = loadavg()[0]!;
    const info = machine(chromiumVersion);
    const rows = [
      ...summaries.flatMap(tableRows),
      ['build', 'initial JS / CSS, gzip (KB)', `${bundle.js.gzipKB} / ${bundle.css.gzipKB}`, '', ''],
    ];
    const notes = [
      '',
      ...judged.map((v) => `${v.pass === null ? 'N/A ' : v.pass ? 'PASS' : 'MISS'} ${v.target}: ${v.value}`),
      ...(disagreements.length
        ? [
            `Clocks disagree (page's "fully drawn" vs wall clock, beyond ${CLOCK_SLACK_MS} ms + 10%) in ${disagreements.length} visits:`,
            ...disagreements.map((d) => `  ${d}`),
          ]
        : [`Page clock and wall clock agree on every load (within ${CLOCK_SLACK_MS} ms + 10%).`]),
      `Medians (range) of ${runs} interleaved runs per page; frame p95s pool all runs' frames (ratio with its 90% interval over runs).`,
      `${info.chromium}, ${info.cpus} CPUs, load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}; the canvas bench took ${durationS} s.`,
    ];
    if (Math.max(loadBefore, loadAfter) > info.cpus)
      notes.push(
        'Note: load average above the CPU count: other work shared the machine; absolute times are inflated, ratios were taken interleaved.',
      );
    const pass = judged.every((v) => v.pass !== false);
    return {
      title: `Canvas: ours vs bare React Flow (headless Chromium, ${runs} interleaved runs)`,
      headers: ['plan', 'measure', 'ours', 'bare', 'ours/bare'],
      rows,
      notes,
      pass,
      json: {
        machine: {
          ...info,
          loadAverage1mBefore: Number(loadBefore.toFixed(2)),
          loadAverage1mAfter: Number(loadAfter.toFixed(2)),
          measuredAt: new Date().toISOString(),
        },
        builds: {
          app: { ...app, dir: app.dir.replace(process.cwd() + '/', '') },
          bare: { ...bareBuild, dir: bareBuild.dir.replace(process.cwd() + '/', '') },
        },
        runs,
        durationS,
        targets: TARGETS,
        verdicts: judged,
        pass,
        bundle,
        // Each run's frames are under visits; the summaries keep only their statistics.
        plans: summaries.map(({ ours: o, bare: b, ...rest }) => ({
          ...rest,
          ours: withoutFrames(o),
          bare: withoutFrames(b),
        })),
        clockDisagreements: disagreements,
        visits: [...full, ...links].map(compactFrames),
      },
    };
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    await Promise.all(servers.map((s) => s.close()));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await canvasSection(canvasOptionsFrom(process.argv.slice(2)));
  printSection(section);
  if (!process.argv.includes('--no-write')) {
    mergeResults(RESULTS, { canvas: section.json });
    console.log(`\nResults merged into ${RESULTS} under "canvas".`);
  }
}
