// Why is the canvas slower than bare React Flow? `npx tsx bench/canvas/investigate.ts [--servers 1000]`
// loads our app (a build with names kept: `vite build --minify false`, cached in
// node_modules/.cache/etd-canvas-bench/app-named) and the bare page with the canvas bench's plan,
// then, for page load, a pan and a server drag:
//   - a CPU profile (CDP Profiler, sampling every 250 µs), mapped through the build's source map to
//     the original files: self time by package / folder of ours, and the heaviest functions;
//   - React commits and which components rendered in each, read from a stand-in React DevTools hook
//     (a fiber rendered when it is new or did work; untouched subtrees are skipped as DevTools does);
//   - for the drag, the dragged node as the Canvas holds it after every commit (its `nodes` state
//     and its `derived` memo): position, selected, dragging, measured.
// It prints a report and writes it as JSON to node_modules/.cache/etd-canvas-bench/investigation.json.
// To look at part of a gesture: INVESTIGATE_ANCHOR=<function> starts the clock at the first sample
// inside that function (e.g. d3-drag's `mousemoved`), INVESTIGATE_WINDOW_MS=<from>-<to> keeps the
// samples in that window. Diagnostic only: not part of `npm run bench`.
import { dispatchDrag } from './mouse.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromiumLaunchOptions } from '../../e2e/chromium.ts';
import { dirname, join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { arrange } from '../../src/layout/arrange.ts';
import { serializePlan } from '../../src/model/serialize.ts';
import { resolveLayout } from '../../src/theme/geometry.ts';
import { syntheticPlan } from '../synthetic.ts';
import { ROOT, ensureBareBuild } from './build.ts';
import { PROBE, appStorageScript, bareStorageScript, pickPaneScript, pickServerScript } from './probe.ts';
import { serveStatic } from './serve.ts';
import { bucketOf, original, type CpuProfile } from './sourcemap.ts';
import { spawnSync } from 'node:child_process';

/** INVESTIGATE_APP_DIR=<folder>: a build of a candidate (built with --minify false) instead of ours. */
const NAMED_DIR =
  process.env.INVESTIGATE_APP_DIR ?? join(ROOT, 'node_modules/.cache/etd-canvas-bench/app-named');
const OUT = join(ROOT, 'node_modules/.cache/etd-canvas-bench/investigation.json');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

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
  const canvasOf = (root) => {
    const stack = [root];
    while (stack.length) {
      const f = stack.pop();
      if (nameOf(f) === 'Canvas') return f;
      for (let c = f.child; c; c = c.sibling) stack.push(c);
    }
    return null;
  };
  const describe = (n) => (n ? { x: Math.round(n.position.x), y: Math.round(n.position.y), selected: !!n.selected, dragging: !!n.dragging, measured: !!n.measured } : null);
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
      const current = root.current;
      try { walk(current, current.alternate, rendered); } catch (e) { rendered.__error = String(e); }
      const entry = { t: Math.round(performance.now()), rendered };
      const watch = window.__watchId;
      if (watch) {
        const canvas = canvasOf(current);
        for (let h = canvas && canvas.memoizedState, i = 0; h; h = h.next, i++) {
          const v = h.memoizedState;
          if (Array.isArray(v) && v.length > 0 && v[0] && v[0].position) {
            entry.state = describe(v.find((n) => n.id === watch));
            entry.stateMeasured = v.filter((n) => n.measured).length;
          }
          if (Array.isArray(v) && v.length === 2 && v[0] && Array.isArray(v[0].nodes)) entry.derived = describe(v[0].nodes.find((n) => n.id === watch));
        }
      }
      commits.push(entry);
      if (commits.length > 5000) commits.shift();
    },
  };
})();`;

function summarizeProfile(dir: string, profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = new Map<number, { fn: string; bucket: string }>();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    if (!url) {
      label.set(n.id, {
        fn: functionName || '(anonymous)',
        bucket: functionName.startsWith('(') ? functionName : 'browser/native',
      });
      continue;
    }
    const where = url.startsWith('http') ? original(dir, url, lineNumber, columnNumber) : null;
    const file = where?.file ?? url;
    label.set(n.id, {
      fn: `${functionName || where?.name || '(anonymous)'} (${file.replace(/^.*node_modules\//, '')})`,
      bucket: where ? bucketOf(file) : 'other scripts',
    });
  }
  const self = new Map<string, number>();
  const bucket = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  // INVESTIGATE_WINDOW_MS=<from>-<to>: only the samples in that window after the profile starts.
  const [fromMs, toMs] = (process.env.INVESTIGATE_WINDOW_MS ?? '0-1e9').split('-').map(Number) as [
    number,
    number,
  ];
  // INVESTIGATE_ANCHOR=<function name>: the window starts at the first sample inside that function.
  const anchor = process.env.INVESTIGATE_ANCHOR;
  let origin = 0;
  if (anchor) {
    let t = 0;
    const inside = (id: number) => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
        if (byId.get(at)!.callFrame.functionName === anchor) return true;
      return false;
    };
    origin = Infinity;
    for (let i = 0; i < profile.samples.length; i++) {
      t += (profile.timeDeltas[i] ?? 0) / 1000;
      if (inside(profile.samples[i]!)) {
        origin = t;
        break;
      }
    }
  }
  let at = -origin;
  profile.samples.forEach((id, i) => {
    at += (profile.timeDeltas[i] ?? 0) / 1000;
    if (at < fromMs || at > toMs) return;
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const l = label.get(id)!;
    self.set(l.fn, (self.get(l.fn) ?? 0) + ms);
    bucket.set(l.bucket, (bucket.get(l.bucket) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fn = label.get(at)!.fn;
      if (!seen.has(fn) && byId.get(at)!.callFrame.url) {
        seen.add(fn);
        inclusive.set(fn, (inclusive.get(fn) ?? 0) + ms);
      }
    }
  });
  const top = (m: Map<string, number>, n: number, filter: (k: string) => boolean = () => true) =>
    [...m]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => ({ what: k, ms: Math.round(v) }));
  return {
    totalMs: Math.round(total),
    byBucket: top(bucket, 14),
    topSelf: top(self, 18, (k) => !k.startsWith('(idle)')),
    /** Inclusive time of our own functions (files under src/). */
    oursInclusive: top(inclusive, 18, (k) => /\(src\//.test(k)),
  };
}

function summarizeCommits(commits: { rendered: Record<string, number> }[]) {
  const totals: Record<string, number> = {};
  for (const c of commits) for (const [k, v] of Object.entries(c.rendered)) totals[k] = (totals[k] ?? 0) + v;
  const top = Object.entries(totals)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 22);
  return { commits: commits.length, renders: Object.fromEntries(top) };
}

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  return { result, profile };
}

async function gesture(
  page: Page,
  cdp: CDPSession,
  from: { x: number; y: number },
  step: { x: number; y: number },
  moves: number,
) {
  await page.mouse.move(from.x, from.y);
  await dispatchDrag(cdp, from, step, moves, 16);
  await page.evaluate('window.__bench.idle(8000)');
}

function ensureNamedBuild() {
  const built = join(NAMED_DIR, 'index.html');
  if (existsSync(built) && (process.argv.includes('--reuse') || process.env.INVESTIGATE_APP_DIR)) return;
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--minify', 'false', '--outDir', NAMED_DIR, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`named build failed:\n${r.stdout}${r.stderr}`);
}

async function main() {
  const at = process.argv.indexOf('--servers');
  const servers = at >= 0 ? Number(process.argv[at + 1]) : 1000;
  ensureNamedBuild();
  const bare = await ensureBareBuild();
  const plan = arrange(syntheticPlan(servers));
  const boxes = resolveLayout(plan).boxes.map(
    (b) => [b.id, b.absX, b.absY, b.width, b.height] as [string, number, number, number, number],
  );
  const ids = plan.servers.map((s) => s.id);
  const app = await serveStatic(NAMED_DIR);
  const barePage = await serveStatic(bare.dir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const report: Record<string, unknown> = { servers, nodes: boxes.length };
  try {
    for (const target of ['ours', 'bare'] as const) {
      const dir = target === 'ours' ? NAMED_DIR : bare.dir;
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        deviceScaleFactor: 1,
      });
      const storage =
        target === 'ours'
          ? appStorageScript('bench-canvas', plan.name, serializePlan(plan, { compact: true }))
          : bareStorageScript(boxes);
      await context.addInitScript({ content: `${HOOK}\n${storage}\n${PROBE}` });
      const page = await context.newPage();
      const warnings = new Map<string, number>();
      page.on('console', (m) => {
        if (m.type() !== 'error' && m.type() !== 'warning') return;
        const text = m.text().split('\n')[0]!.slice(0, 200);
        warnings.set(text, (warnings.get(text) ?? 0) + 1);
      });
      const cdp = await context.newCDPSession(page);
      const url = target === 'ours' ? `${app.url}/` : `${barePage.url}/?n=${boxes.length}&w=932&h=763`;
      const load = await profiled(cdp, async () => {
        await page.goto(url, { waitUntil: 'commit' });
        let render: { ms: number } | null = null;
        while (!render) {
          await sleep(100);
          render = (await page.evaluate('window.__bench?.render ?? null')) as { ms: number } | null;
        }
        await page.evaluate('window.__bench.idle(8000)');
        return render;
      });
      const loadCommits = (await page.evaluate('window.__commits.splice(0)')) as {
        rendered: Record<string, number>;
      }[];
      const section: Record<string, unknown> = {
        load: {
          renderMs: Math.round(load.result.ms),
          profile: summarizeProfile(dir, load.profile),
          react: summarizeCommits(loadCommits),
        },
      };

      const point = (await page.evaluate(pickPaneScript({ x: 240, y: 180 }))) as {
        x: number;
        y: number;
      } | null;
      if (point) {
        const pan = await profiled(cdp, () => gesture(page, cdp, point, { x: -4, y: -3 }, 60));
        const commits = (await page.evaluate('window.__commits.splice(0)')) as {
          rendered: Record<string, number>;
        }[];
        section.pan = { profile: summarizeProfile(dir, pan.profile), react: summarizeCommits(commits) };
      }

      const server = (await page.evaluate(pickServerScript(ids, { x: 180, y: 120 }))) as {
        id: string;
        x: number;
        y: number;
      } | null;
      if (server) {
        await page.evaluate(`window.__watchId = ${JSON.stringify(server.id)}`);
        const drag = await profiled(cdp, () => gesture(page, cdp, server, { x: 3, y: 2 }, 60));
        const commits = (await page.evaluate('window.__commits.splice(0)')) as {
          t: number;
          rendered: Record<string, number>;
          state?: unknown;
          derived?: unknown;
          stateMeasured?: number;
        }[];
        const crashed = (await page.evaluate(`!document.querySelector('.react-flow')`)) as boolean;
        section.drag = {
          server: server.id,
          crashed,
          profile: summarizeProfile(dir, drag.profile),
          react: summarizeCommits(commits),
          timeline: commits.slice(0, 40).map((c) => ({
            t: c.t,
            nodeWrappers: c.rendered.NodeWrapper ?? 0,
            edgeWrappers: c.rendered.EdgeWrapper ?? 0,
            inspector: c.rendered.Inspector ?? 0,
            state: c.state,
            derived: c.derived,
            measuredNodes: c.stateMeasured,
            rendered: Object.fromEntries(
              Object.entries(c.rendered)
                .sort((a, b) => b[1] - a[1])
                .slice(0, 10),
            ),
          })),
        };
      }
      section.consoleErrorsAndWarnings = Object.fromEntries(warnings);
      report[target] = section;
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
    await barePage.close();
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2));
  print(report);
  console.log(`\nFull report: ${OUT}`);
}

function print(report: Record<string, unknown>) {
  for (const target of ['ours', 'bare']) {
    const s = report[target] as Record<string, Record<string, unknown>> | undefined;
    if (!s) continue;
    console.log(`\n=== ${target}, ${report.servers} servers (${report.nodes} nodes) ===`);
    for (const phase of ['load', 'pan', 'drag']) {
      const p = s[phase] as
        | {
            profile: ReturnType<typeof summarizeProfile>;
            react: ReturnType<typeof summarizeCommits>;
            renderMs?: number;
            crashed?: boolean;
          }
        | undefined;
      if (!p) continue;
      console.log(
        `\n-- ${phase}${p.renderMs !== undefined ? ` (render ${p.renderMs} ms)` : ''}${p.crashed ? ' CRASHED' : ''}: CPU profile ${p.profile.totalMs} ms`,
      );
      console.log('  by package/folder: ' + p.profile.byBucket.map((b) => `${b.what} ${b.ms}`).join(', '));
      console.log('  top self time:');
      for (const f of p.profile.topSelf.slice(0, 12))
        console.log(`    ${String(f.ms).padStart(6)} ms  ${f.what}`);
      if (p.profile.oursInclusive.length) {
        console.log('  our functions, inclusive:');
        for (const f of p.profile.oursInclusive.slice(0, 12))
          console.log(`    ${String(f.ms).padStart(6)} ms  ${f.what}`);
      }
      console.log(
        `  React: ${p.react.commits} commits; renders: ${Object.entries(p.react.renders)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    }
    const drag = s.drag as { timeline?: unknown[] } | undefined;
    if (drag?.timeline) {
      console.log(
        '  drag timeline (first commits): t, NodeWrapper renders, EdgeWrapper renders, Inspector, dragged node in Canvas state / derived, measured nodes',
      );
      for (const c of drag.timeline.slice(0, 20) as {
        t: number;
        nodeWrappers: number;
        edgeWrappers: number;
        inspector: number;
        state?: object;
        derived?: object;
        measuredNodes?: number;
      }[])
        console.log(
          `    ${c.t}  ${c.nodeWrappers}  ${c.edgeWrappers}  ${c.inspector}  ${JSON.stringify(c.state)} / ${JSON.stringify(c.derived)}  ${c.measuredNodes ?? ''}`,
        );
    }
    console.log(`  console errors/warnings: ${JSON.stringify(s.consoleErrorsAndWarnings)}`);
  }
}

await main();
