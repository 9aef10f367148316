// Builds for the canvas bench, skipped when a build is newer than everything it is made from.
// The app: dist/ when `npm run build` left a fresh one there; otherwise `npx vite build` (the app's
// own config) into node_modules/.cache/etd-canvas-bench/app, so the bench never empties the dist/
// that other people's browser tests may be serving at the same time. CANVAS_BENCH_APP_DIR=<folder>
// measures that build instead (a candidate fix, say). The bare page: its own config, into
// bench/canvas/.dist-bare.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const APP_CACHE_DIR = join(ROOT, 'node_modules/.cache/etd-canvas-bench/app');
export const BARE_DIR = join(ROOT, 'bench/canvas/.dist-bare');

export interface BuildInfo {
  /** Folder served. */
  dir: string;
  /** True when this run built it; false when a fresh build was reused. */
  built: boolean;
  ms: number;
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const builtAt = (dir: string) =>
  existsSync(join(dir, 'index.html')) ? statSync(join(dir, 'index.html')).mtimeMs : 0;

function run(args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npx', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`npx ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

const APP_SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];
const BARE_SOURCES = ['bench/canvas/bare', 'bench/canvas/vite.bare.config.ts', 'package-lock.json'];

export async function ensureAppBuild(force = false): Promise<BuildInfo> {
  // A candidate build to compare (e.g. a patched copy of the app): used as it is, never rebuilt.
  const candidate = process.env.CANVAS_BENCH_APP_DIR;
  if (candidate) return { dir: candidate, built: false, ms: 0 };
  const sources = Math.max(...APP_SOURCES.map((p) => newest(join(ROOT, p))));
  if (!force)
    for (const dir of [join(ROOT, 'dist'), APP_CACHE_DIR])
      if (builtAt(dir) > sources) return { dir, built: false, ms: 0 };
  const started = performance.now();
  await run(['vite', 'build', '--outDir', APP_CACHE_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  return { dir: APP_CACHE_DIR, built: true, ms: Math.round(performance.now() - started) };
}

export async function ensureBareBuild(force = false): Promise<BuildInfo> {
  const sources = Math.max(...BARE_SOURCES.map((p) => newest(join(ROOT, p))));
  if (!force && builtAt(BARE_DIR) > sources) return { dir: BARE_DIR, built: false, ms: 0 };
  const started = performance.now();
  await run(['vite', 'build', '--config', 'bench/canvas/vite.bare.config.ts']);
  return { dir: BARE_DIR, built: true, ms: Math.round(performance.now() - started) };
}
