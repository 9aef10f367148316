// The key press task of an edit traced by `trace.ts --only ours --edit ...` (its task list starts
// just after it): wall and thread time of the task that dispatched the keydown, and the time of the
// functions in it (profile samples: wall time, so a busy machine inflates them), inclusive, mapped
// to our sources; `--tree edit` the callees of one function, `--depth` levels down. A trace taken
// with TRACE_COMPILE=1 also holds V8's lazy compiles: their thread time in the task is printed.
// `npx tsx bench/canvas/tools/keyTask.ts [--app DIR] [--top 40] [--tree NAME] [--depth 4] [--event keyup]`
// (`--event keyup`: the task of the key's release instead, which also runs before the next frame).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../build.ts';
import { original, type CpuProfile } from './sourcemap.ts';
import type { TraceEvent } from './traceEvents.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const OUT_DIR = join(ROOT, 'node_modules/.cache/etd-canvas-bench');
const dir = opt('app') ?? join(ROOT, 'node_modules/.cache/etd-canvas-bench/app');
const top = Number(opt('top') ?? 40);
const events = JSON.parse(readFileSync(join(OUT_DIR, 'trace-ours-edit.json'), 'utf8')) as TraceEvent[];
const profile = JSON.parse(readFileSync(join(OUT_DIR, 'profile-ours-edit.cpuprofile'), 'utf8')) as CpuProfile;
const eventType = opt('event') ?? 'keydown';
const key = events.find((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string })?.type === eventType);
if (!key) throw new Error(`no ${eventType} in the trace`);
const task = events
  .filter((e) => e.ph === 'X' && e.tid === key.tid && e.name === 'ThreadControllerImpl::RunTask' && e.ts <= key.ts && e.ts + (e.dur ?? 0) >= key.ts + (key.dur ?? 0))
  .sort((a, b) => a.ts - b.ts)[0]!;
const threadMs = (e: TraceEvent) => ((e as { tdur?: number }).tdur ?? 0) / 1000;
console.log(`${eventType} task: wall ${((task.dur ?? 0) / 1000).toFixed(1)} ms, thread ${threadMs(task).toFixed(1)} ms`);
const compiles = events.filter((e) => e.tid === key.tid && e.name === 'V8.CompileCode' && e.ts >= task.ts && e.ts <= task.ts + (task.dur ?? 0));
if (compiles.length) console.log(`lazy compiles: ${compiles.length}, thread ${compiles.reduce((t, e) => t + threadMs(e), 0).toFixed(2)} ms`);
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const names = new Map<number, string>();
const nameOf = (id: number) => {
  let s = names.get(id);
  if (s === undefined) {
    const f = byId.get(id)!.callFrame;
    const where = f.url.startsWith('http') ? original(dir, f.url, f.lineNumber, f.columnNumber) : null;
    s = `${where?.name ?? f.functionName ?? '(anon)'} ${where ? where.file.replace(/^.*node_modules\//, '') : f.url ? '' : '(native)'}`;
    names.set(id, s);
  }
  return s;
};
const incl = new Map<string, number>();
const self = new Map<string, number>();
let t = profile.startTime;
let total = 0;
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i] ?? 0;
  if (t < task.ts || t > task.ts + (task.dur ?? 0)) return;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  total += dt;
  self.set(nameOf(id), (self.get(nameOf(id)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) seen.add(nameOf(n));
  for (const s of seen) incl.set(s, (incl.get(s) ?? 0) + dt);
});
console.log(`sampled ${total.toFixed(1)} ms`);
const show = (m: Map<string, number>, label: string) => {
  console.log(`-- ${label}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(2).padStart(7)}  ${k}`);
};
// `--tree NAME`: the functions NAME called, inclusive, merged by name, three levels down.
const root = opt('tree');
if (root) {
  const tree = new Map<string, number>();
  let t2 = profile.startTime;
  profile.samples.forEach((id, i) => {
    t2 += profile.timeDeltas[i] ?? 0;
    if (t2 < task.ts || t2 > task.ts + (task.dur ?? 0)) return;
    const chain: string[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) chain.unshift(nameOf(n));
    const at = chain.findIndex((c) => c.startsWith(`${root} `));
    if (at < 0) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    for (let d = at; d < Math.min(chain.length, at + Number(opt('depth') ?? 4)); d++) {
      const key = chain.slice(at, d + 1).join(' > ');
      tree.set(key, (tree.get(key) ?? 0) + dt);
    }
  });
  for (const [k, v] of [...tree].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (v >= 0.1) console.log(`${v.toFixed(2).padStart(7)}  ${'  '.repeat(k.split(' > ').length - 1)}${k.split(' > ').pop()}`);
}
show(new Map([...incl].filter(([k]) => /src\//.test(k) || / \(native\)$/.test(k) === false)), 'inclusive');
show(self, 'self');
