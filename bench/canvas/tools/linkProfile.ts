// A CPU profile of Figure 3 opened from a share link on our app, up to the bench's fully drawn frame:
// self time by function (mapped through the build's source maps), heaviest first, summed over runs.
// `npx tsx bench/canvas/tools/linkProfile.ts --app DIR [--runs N] [--top N]`. The profiler is
// started on a blank page of the same origin, so the link's navigation keeps the renderer.
// A diagnostic (bench/canvas/tools/README.md), not part of `npm run bench`.
import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { ensureAppBuild } from '../build.ts';
import { ours } from '../pages.ts';
import { figure3BenchPlan } from '../plans.ts';
import { serveStatic } from '../serve.ts';
import { expectScript, PROBE } from '../probe.ts';
import { load, newVisit } from '../session.ts';
import { bucketOf, original, type CpuProfile } from './sourcemap.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const plan = figure3BenchPlan();
const runs = Number(opt('runs') ?? 3);
const appDir = opt('app') ?? (await ensureAppBuild()).dir;
// A copy of the build with a blank page beside it (the server answers a missing file with the app).
const dir = mkdtempSync(join(tmpdir(), 'link-profile-'));
cpSync(appDir, dir, { recursive: true });
writeFileSync(join(dir, 'blank.html'), '<!doctype html><title>blank</title>');
const server = await serveStatic(dir);
const browser = await chromium.launch(chromiumLaunchOptions());
const self = new Map<string, number>();
const buckets = new Map<string, number>();
let total = 0;
const roots = new Map<string, number>();
const underRoot = new Map<string, number>();
const bins = new Map<string, Map<string, number>>();
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: plan.window, deviceScaleFactor: 1 });
  await context.addInitScript({ content: `${expectScript(plan.expect)}\n${PROBE}` });
  const page = await context.newPage();
  await page.goto(`${server.url}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const visit = newVisit(ours, plan, run);
  await load(page, `${server.url}/#${ours.linkFragment(plan)}`, plan, visit);
  // The page's clock just before the stop, against the profile's end: where the drawn frame falls in the profile.
  const now = (await page.evaluate('performance.now()')) as number;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await context.close();
  const drawnUs = profile.endTime - (now - visit.load.ms!) * 1000;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** The outermost JavaScript frame of a sample (what the task ran: a module's evaluation, a callback). */
  const rootOf = (id: number): string => {
    let at = id;
    while (parent.has(at) && parent.get(at) !== profile.nodes[0]!.id) at = parent.get(at)!;
    const f = byId.get(at)!.callFrame;
    return `${f.functionName || '(top level)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  };
    let t = profile.startTime;
  const times: number[] = [];
  for (const d of profile.timeDeltas) times.push((t += d));
  console.log(`run ${run}: drawn at ${visit.load.ms?.toFixed(0)} ms; ${profile.samples.length} samples`);
  for (const [i, id] of profile.samples.entries()) {
    if (times[i]! > drawnUs) break;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const at = f.url ? original(dir, f.url, f.lineNumber, f.columnNumber) : null;
    const key = at ? `${at.file}:${at.name ?? f.functionName}` : `${f.functionName || '(anon)'} ${f.url.split('/').pop()}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const root = rootOf(id);
    roots.set(root, (roots.get(root) ?? 0) + dt);
    if (opt('root') && root.includes(opt('root')!)) underRoot.set(key, (underRoot.get(key) ?? 0) + dt);
    if (args.includes('--bins')) {
      const bin = `${run}:${Math.floor((times[i]! - drawnUs) / 20_000) * 20}`;
      const b2 = at ? bucketOf(at.file) : f.functionName;
      const m = bins.get(bin) ?? new Map<string, number>();
      m.set(b2, (m.get(b2) ?? 0) + dt);
      bins.set(bin, m);
    }
    const b = at ? bucketOf(at.file) : f.functionName;
    buckets.set(b, (buckets.get(b) ?? 0) + dt);
    total += dt;
  }
}
await browser.close();
await server.close();
for (const [bin, m] of bins) console.log(`bin ${bin}: ${[...m].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
console.log('by outermost frame:');
for (const [k, v] of [...roots].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(v / runs).toFixed(1).padStart(6)}  ${k}`);
if (opt('root')) {
  console.log(`under ${opt('root')}:`);
  for (const [k, v] of [...underRoot].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${(v / runs).toFixed(2).padStart(7)}  ${k}`);
}
const top = Number(opt('top') ?? 40);
console.log(`self time to the drawn frame, per run: ${(total / runs).toFixed(1)} ms`);
for (const [k, v] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${(v / runs).toFixed(1).padStart(6)}  ${k}`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / runs).toFixed(2).padStart(7)}  ${k}`);
