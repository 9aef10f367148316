// Which start-up code Figure 3 opened from a share link runs before it is fully drawn: V8's block
// coverage (Playwright's page.coverage) from the navigation to the bench's drawn frame, mapped back
// to source files through the build's source maps, printed per script and per module (bytes of
// built code, bytes run). Modules that run nothing are candidates to load after the first paint.
// `npx tsx bench/canvas/tools/linkCoverage.ts [--app DIR] [--min BYTES] [--script NAME]`.
// A diagnostic (bench/canvas/tools/README.md), not part of `npm run bench`.
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodedMappings, TraceMap } from '@jridgewell/trace-mapping';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { ensureAppBuild } from '../build.ts';
import { ours } from '../pages.ts';
import { figure3BenchPlan } from '../plans.ts';
import { serveStatic } from '../serve.ts';
import { expectScript, PROBE } from '../probe.ts';
import { load, newVisit } from '../session.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

type Range = { startOffset: number; endOffset: number; count: number };
type Entry = { url: string; source?: string; functions: { functionName: string; ranges: Range[] }[] };

/** Per byte of the script: whether it ran (nested ranges override the ones around them). */
export function bytesRun(length: number, functions: Entry['functions']): Uint8Array {
  const ran = new Uint8Array(length);
  const ranges = functions.flatMap((f) => f.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const r of ranges) ran.fill(r.count > 0 ? 1 : 0, r.startOffset, Math.min(r.endOffset, length));
  return ran;
}

/** Bytes and bytes run per original source file of one built script. */
function byModule(dir: string, entry: Entry): Map<string, { bytes: number; run: number }> {
  const source = entry.source ?? '';
  const ran = bytesRun(source.length, entry.functions);
  const mapFile = join(dir, `${new URL(entry.url).pathname}.map`);
  if (!existsSync(mapFile)) return new Map([['(no source map)', { bytes: source.length, run: ran.reduce((s, b) => s + b, 0) }]]);
  const map = new TraceMap(readFileSync(mapFile, 'utf8'));
  const files = map.sources.map((s) => (s ?? '?').replace(/^(\.\.\/)+/, ''));
  const out = new Map<string, { bytes: number; run: number }>();
  const lines = decodedMappings(map);
  let lineStart = 0;
  source.split('\n').forEach((text, line) => {
    const segs = lines[line] ?? [];
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i]!;
      const from = lineStart + seg[0];
      const to = lineStart + (segs[i + 1]?.[0] ?? text.length);
      const file = seg.length > 1 ? files[seg[1]!]! : '(unmapped)';
      const m = out.get(file) ?? { bytes: 0, run: 0 };
      m.bytes += to - from;
      for (let b = from; b < to; b++) m.run += ran[b]!;
      out.set(file, m);
    }
    lineStart += text.length + 1;
  });
  return out;
}

async function main() {
  const plan = figure3BenchPlan();
  const dir = opt('app') ?? (await ensureAppBuild()).dir;
  const min = Number(opt('min') ?? 300);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const server = await serveStatic(dir);
  try {
    const context = await browser.newContext({ viewport: plan.window, deviceScaleFactor: 1 });
    await context.addInitScript({ content: `${expectScript(plan.expect)}\n${PROBE}` });
    const page = await context.newPage();
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    const visit = newVisit(ours, plan, 0);
    await load(page, `${server.url}/#${ours.linkFragment(plan)}`, plan, visit);
    const entries = (await page.coverage.stopJSCoverage()) as Entry[];
    console.log(`drawn at ${visit.load.ms} ms`);
    for (const entry of entries) {
      if (!entry.url.startsWith(server.url) || !entry.url.endsWith('.js')) continue;
      const name = entry.url.split('/').pop()!;
      if (opt('script') && !name.startsWith(opt('script')!)) continue;
      const mods = byModule(dir, entry);
      const total = [...mods.values()].reduce((s, m) => ({ bytes: s.bytes + m.bytes, run: s.run + m.run }), { bytes: 0, run: 0 });
      console.log(`\n== ${name}: ${total.bytes} bytes, ${total.run} run (${((100 * total.run) / total.bytes).toFixed(0)}%)`);
      for (const [file, m] of [...mods].sort((a, b) => b[1].bytes - b[1].run - (a[1].bytes - a[1].run)))
        if (m.bytes >= min) console.log(`${String(m.bytes).padStart(7)} ${String(m.run).padStart(7)} ${String(Math.round((100 * m.run) / m.bytes)).padStart(4)}%  ${file}`);
    }
    await context.close();
  } finally {
    await server.close();
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('linkCoverage.ts')) await main();
