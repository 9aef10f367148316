// Why is the canvas slower than bare React Flow? `npx tsx bench/canvas/tools/investigate.ts
// [--servers 1000] [--edit addRole|undo|rename|paletteAdd] [--reuse]` opens the bench's plan on our app (a build with names kept: `vite build
// --minify false`, cached in node_modules/.cache/etd-canvas-bench/app-named; --reuse keeps an
// existing one; INVESTIGATE_APP_DIR=<folder> takes a candidate's build) and on the bare page, and
// for each step of the bench (load, select, the add-role edit / a relabel, pan, drag) records:
//   - a CPU profile (CDP Profiler, sampling every 250 µs), mapped through the build's source map to
//     the original files: self time by package / folder of ours, the heaviest functions, and the
//     inclusive time of ours;
//   - React commits and which components rendered in each, read from a stand-in React DevTools hook
//     (a fiber rendered when it is new or did work; untouched subtrees are skipped as DevTools does).
// It prints a report and writes it as JSON to node_modules/.cache/etd-canvas-bench/investigation.json.
// A diagnostic (bench/canvas/tools/README.md), not part of `npm run bench`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { ROOT, ensureBareBuild } from '../build.ts';
import { dispatchDrag } from '../mouse.ts';
import { bare, EDITS, ours, type EditKind } from '../pages.ts';
import { figure3BenchPlan, syntheticBenchPlan, type BenchPlan } from '../plans.ts';
import { pickPaneScript, pickServerScript } from '../pick.ts';
import { serveStatic } from '../serve.ts';
import { load, newVisit, openStored } from '../session.ts';
import { PROBE, expectScript } from '../probe.ts';
import { bucketOf, original, type CpuProfile } from './sourcemap.ts';

const NAMED_DIR =
  process.env.INVESTIGATE_APP_DIR ?? join(ROOT, 'node_modules/.cache/etd-canvas-bench/app-named');
const OUT = join(ROOT, 'node_modules/.cache/etd-canvas-bench/investigation.json');

/** A stand-in React DevTools hook: per commit, how many times each component rendered. */
const HOOK = String.raw`(() => {
  const commits = (window.__commits = []);
  const nameOf = (f) => {
    const t = f.type;
    if (!t || typeof t === 'string') return null;
    if (typeof t === 'function') return t.displayName || t.name || 'anonymous';
    if (t.render) return t.displayName || t.render.displayName || t.render.name || 'forwardRef';
    if (t.type) return t.displayName || t.type.displayName || t.type.name || 'memo';
    return null;
  };
  const isComponent = (f) => f.tag === 0 || f.tag === 1 || f.tag === 11 || f.tag === 14 || f.tag === 15;
  const walk = (next, prev, out) => {
    if (isComponent(next) && (!prev || (next.flags & 1) === 1)) {
      const n = nameOf(next);
      if (n) out[n] = (out[n] || 0) + 1;
    }
    if (prev && next.child === prev.child) return;
    for (let c = next.child; c; c = c.sibling) walk(c, prev ? c.alternate : null, out);
  };
  let id = 0;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(++id, renderer); return id; },
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
    onCommitFiberRoot(_id, root) {
      const rendered = {};
      try { walk(root.current, root.current.alternate, rendered); } catch (e) { rendered.__error = String(e); }
      commits.push(rendered);
      if (commits.length > 5000) commits.shift();
    },
  };
})();`;

type Ranked = { what: string; ms: number }[];

function summarizeProfile(dir: string, profile: CpuProfile) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = new Map<number, { fn: string; bucket: string; ours: boolean }>();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const where = url.startsWith('http') && lineNumber >= 0 ? original(dir, url, lineNumber, columnNumber) : null;
    const file = where?.file ?? url;
    label.set(n.id, {
      fn: url
        ? `${functionName || where?.name || '(anonymous)'} (${file.replace(/^.*node_modules\//, '')})`
        : functionName || '(anonymous)',
      bucket: !url
        ? functionName.startsWith('(')
          ? functionName
          : 'browser/native'
        : where
          ? bucketOf(file)
          : 'other scripts',
      ours: !!where && file.startsWith('src/'),
    });
  }
  const self = new Map<string, number>();
  const bucket = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const l = label.get(id)!;
    total += ms;
    add(self, l.fn, ms);
    add(bucket, l.bucket, ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { fn, ours: mine } = label.get(at)!;
      if (!mine || seen.has(fn)) continue;
      seen.add(fn);
      add(inclusive, fn, ms);
    }
  });
  const top = (m: Map<string, number>, n: number, keep = (k: string) => !k.startsWith('(idle)')): Ranked =>
    [...m]
      .filter(([k]) => keep(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([what, ms]) => ({ what, ms: Math.round(ms) }));
  return {
    totalMs: Math.round(total),
    byBucket: top(bucket, 14, () => true),
    topSelf: top(self, 15),
    oursInclusive: top(inclusive, Number(process.env.INVESTIGATE_TOP ?? 15)),
  };
}

async function profiled(page: Page, cdp: CDPSession, dir: string, run: () => Promise<unknown>) {
  await page.evaluate('window.__commits.splice(0)');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const result = await run();
  await page.evaluate('window.__bench.idle(8000)');
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const commits = (await page.evaluate('window.__commits.splice(0)')) as Record<string, number>[];
  const renders: Record<string, number> = {};
  for (const c of commits) for (const [k, v] of Object.entries(c)) renders[k] = (renders[k] ?? 0) + v;
  const busiest = Object.entries(renders)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 16);
  return {
    result,
    profile: summarizeProfile(dir, profile),
    commits: commits.length,
    renders: Object.fromEntries(busiest),
  };
}

function ensureNamedBuild() {
  if (
    existsSync(join(NAMED_DIR, 'index.html')) &&
    (process.argv.includes('--reuse') || process.env.INVESTIGATE_APP_DIR)
  )
    return;
  const args = [
    'vite',
    'build',
    '--minify',
    'false',
    '--outDir',
    NAMED_DIR,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ];
  const r = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`named build failed:\n${r.stdout}${r.stderr}`);
}

/** The app's own user timings (performance.measure) of the page's load, by name. */
const MEASURES = `performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration)])`;

/** `--load`: the stored plan reopened (a reload) and Figure 3 opened from a link on a fresh profile. */
async function loadSteps(page: Page, cdp: CDPSession, dir: string, plan: BenchPlan, url: string) {
  const visit = newVisit(ours, plan, 0);
  const reload = await profiled(page, cdp, dir, async () => {
    await load(page, url, plan, visit);
    return { ms: visit.load.ms, measures: await page.evaluate(MEASURES) };
  });
  return reload;
}

async function linkStep(browser: Browser, url: string, dir: string) {
  const plan = figure3BenchPlan();
  const context = await browser.newContext({ viewport: plan.window, deviceScaleFactor: 1 });
  await context.addInitScript({ content: `${HOOK}\n${expectScript(plan.expect)}\n${PROBE}` });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto('about:blank');
  const visit = newVisit(ours, plan, 0);
  await page.evaluate('window.__commits = []');
  const step = await profiled(page, cdp, dir, async () => {
    await load(page, `${url}/#${plan.ourFragment}`, plan, visit);
    return { ms: visit.load.ms, measures: await page.evaluate(MEASURES) };
  });
  await context.close();
  return step;
}

async function main() {
  const at = process.argv.indexOf('--servers');
  const plan = syntheticBenchPlan(at >= 0 ? Number(process.argv[at + 1]) : 1000);
  const loadOnly = process.argv.includes('--load');
  const editAt = process.argv.indexOf('--edit');
  const edit = (editAt >= 0 ? process.argv[editAt + 1] : 'addRole') as EditKind;
  if (!EDITS.includes(edit)) throw new Error(`--edit takes one of ${EDITS.join(', ')}`);
  ensureNamedBuild();
  const bareBuild = await ensureBareBuild();
  const report: Record<string, Record<string, Awaited<ReturnType<typeof profiled>>>> = {};
  const browser = await chromium.launch(chromiumLaunchOptions());
  for (const kind of loadOnly ? [ours] : [ours, bare]) {
    const dir = kind === ours ? NAMED_DIR : bareBuild.dir;
    const server = await serveStatic(dir);
    try {
      const opened = await openStored(browser, kind, server.url, plan, undefined, HOOK);
      const { page, cdp } = opened;
      if (opened.visit.load.ms === null) throw new Error(`${kind.target}: ${opened.visit.load.error}`);
      const steps: (typeof report)[string] = {};
      if (loadOnly) {
        steps.reload = await loadSteps(page, cdp, dir, plan, server.url);
        steps.link = await linkStep(browser, server.url, dir);
        report[kind.target] = steps;
        await opened.context.close();
        continue;
      }
      steps.select = await profiled(page, cdp, dir, () => kind.select(page, plan));
      // Undo needs an edit to undo, as in the bench (whose undo follows its add role): without it
      // the profile was of a Ctrl+Z that did nothing, timed by a check already true.
      if (edit === 'undo') {
        await kind.edit(page, plan, 'addRole', 1);
        await page.evaluate('window.__bench.idle(3000)');
      }
      steps.edit = await profiled(page, cdp, dir, () => kind.edit(page, plan, edit, 1));
      const pane = (await page.evaluate(pickPaneScript({ x: 240, y: 180 }))) as {
        x: number;
        y: number;
      } | null;
      if (pane)
        steps.pan = await profiled(page, cdp, dir, () => dispatchDrag(cdp, pane, { x: -4, y: -3 }, 60, 16));
      const card = (await page.evaluate(pickServerScript(plan.serverIds, { x: 180, y: 120 }))) as {
        x: number;
        y: number;
      } | null;
      // The pointer reaches the card before pressing it, as a user's does (zoomed out, the card
      // comes into the DOM under the pointer).
      if (card) await page.mouse.move(card.x, card.y);
      if (card)
        steps.drag = await profiled(page, cdp, dir, () => dispatchDrag(cdp, card, { x: 3, y: 2 }, 60, 16));
      report[kind.target] = steps;
      await opened.context.close();
    } finally {
      await server.close();
    }
  }
  await browser.close();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify({ plan: plan.label, report }, null, 2));
  for (const [target, steps] of Object.entries(report))
    for (const [step, s] of Object.entries(steps)) {
      const took = (s.result as { ms?: number } | undefined)?.ms;
      console.log(
        `\n=== ${target}, ${plan.label}, ${step}${took ? ` (${Math.round(took)} ms to paint)` : ''}: CPU ${s.profile.totalMs} ms`,
      );
      console.log('  by package/folder: ' + s.profile.byBucket.map((b) => `${b.what} ${b.ms}`).join(', '));
      for (const [title, list] of [
        ['top self time', s.profile.topSelf],
        ['our functions, inclusive', s.profile.oursInclusive],
      ] as const) {
        if (list.length) console.log(`  ${title}:`);
        for (const f of list.slice(0, Number(process.env.INVESTIGATE_TOP ?? 12))) console.log(`    ${String(f.ms).padStart(6)} ms  ${f.what}`);
      }
      const measures = (s.result as { measures?: unknown[] } | undefined)?.measures;
      if (measures) console.log(`  user timings [name, start, ms]: ${JSON.stringify(measures)}`);
      console.log(
        `  React: ${s.commits} commits; renders: ${Object.entries(s.renders)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    }
  console.log(`\nFull report: ${OUT}`);
}

await main();
