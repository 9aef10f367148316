// The layer's share of a page's FIRST palette add, in Node from a fresh process (cold code, as in
// the page the bench times): the bench's sequence (open, select a server, add role, undo, rename,
// palette add) through planToFlow, buildScene and the snapshot's paint on stub canvases (no pixels:
// the paint's own script, its near-grid lookups and dirty rectangles). Prints ms per step, one line;
// the process's CPU time. Bundle it (`npx esbuild bench/canvas/tools/layerFirstAdd.ts --bundle
// --platform=node --format=esm --outfile=/tmp/lfa.mjs`) and run it several times with `node
// --single-threaded --no-opt --no-sparkplug --no-maglev /tmp/lfa.mjs`: the interpreter alone, a stand-in
// for cold code that counts work, not compiles (with the compilers on and --single-threaded, a step
// pays for whatever function V8 optimises during it, 14 ms in one build and none in the other; a page
// compiles on other threads). LAYER_PROFILE=file writes a CPU profile of the first add.
import { createPlanToFlow } from '../../../src/canvas/planToFlow.ts';
import { buildScene, type Scene } from '../../../src/canvas/layer/scene.ts';
import { createSnapshot } from '../../../src/canvas/layer/snapshot.ts';
import type { Palette } from '../../../src/canvas/layer/paint.ts';
import { arrange } from '../../../src/layout/arrange.ts';
import { createValidator } from '../../../src/rules/incremental.ts';
import type { Finding } from '../../../src/rules/types.ts';
import { enableLayoutUpdates, resolveLayout } from '../../../src/theme/geometry.ts';
import { updateLayout } from '../../../src/theme/layoutUpdate.ts';
import { SURFACE } from '../../../src/theme/tokens.ts';
import { editSequence } from '../../flow.ts';
import { syntheticPlan } from '../../synthetic.ts';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

enableLayoutUpdates(updateLayout);
(globalThis as { window?: unknown }).window = { devicePixelRatio: 1 };

/** A 2D context that paints nothing (counts its calls). */
class StubContext {
  calls = 0;
  canvas: StubCanvas;
  fillStyle = '';
  strokeStyle = '';
  lineWidth = 1;
  lineJoin = '';
  font = '';
  textBaseline = '';
  constructor(canvas: StubCanvas) {
    this.canvas = canvas;
  }
  save() { this.calls++; }
  restore() { this.calls++; }
  setTransform() { this.calls++; }
  clearRect() { this.calls++; }
  fillRect() { this.calls++; }
  strokeRect() { this.calls++; }
  beginPath() { this.calls++; }
  rect() { this.calls++; }
  clip() { this.calls++; }
  drawImage() { this.calls++; }
  moveTo() { this.calls++; }
  lineTo() { this.calls++; }
  stroke() { this.calls++; }
  fill() { this.calls++; }
  arc() { this.calls++; }
  setLineDash() { this.calls++; }
  fillText() { this.calls++; }
  measureText(t: string) { this.calls++; return { width: t.length * 6 }; }
}
class StubCanvas {
  width = 0;
  height = 0;
  private ctx = new StubContext(this);
  getContext() { return this.ctx; }
}

/** The process's CPU time (ms): other processes' load does not count (see the note at the top). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const n = Number(process.argv[2] ?? 1000);
const start = arrange(syntheticPlan(n));
const steps = editSequence(start, 2);
const validator = createValidator();
const findingsOf = (all: readonly Finding[]) => {
  const byItem = new Map<string, Finding[]>();
  for (const f of all) for (const id of f.subjects) byItem.set(id, [...(byItem.get(id) ?? []), f]);
  return byItem;
};
const palette: Palette = { surface: { ...SURFACE }, accent: '#1f6fd1', panel: '#fff', severity: { error: '#c62828', warning: '#b26a00', info: '#1f6fd1' } };
const toFlow = createPlanToFlow();
const paint = createSnapshot(() => new StubCanvas() as unknown as HTMLCanvasElement);
const view = new StubCanvas();
[view.width, view.height] = [1200, 700];
const none = new Set<string>();
let scene: Scene | undefined;
let selection: ReadonlySet<string> = none;
const out: string[] = [];
const run = (label: string, plan: typeof start) => {
  resolveLayout(plan);
  const flow = toFlow(plan, findingsOf(validator(plan)), selection);
  // LAYER_PROFILE=file: a CPU profile of the first palette add's scene and paint only.
  const profile = label === 'add1' && process.env.LAYER_PROFILE ? new Session() : undefined;
  profile?.connect();
  profile?.post('Profiler.enable');
  profile?.post('Profiler.setSamplingInterval', { interval: 20 });
  profile?.post('Profiler.start');
  // With --expose-gc, a collection before each step keeps the last step's garbage out of its time.
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = cpuMs();
  scene = buildScene(plan, flow.nodes, flow.edges, scene);
  const t1 = cpuMs();
  const b = scene.bounds;
  const zoom = Math.min(1150 / b.width, 650 / b.height);
  const v = { x: 25 - b.x * zoom, y: 25 - b.y * zoom, zoom, width: 1200, height: 700 };
  paint(view.getContext() as unknown as CanvasRenderingContext2D, scene, v, palette, { selection, skip: none, labels: true });
  const t2 = cpuMs();
  profile?.post('Profiler.stop', (_e, r) => writeFileSync(process.env.LAYER_PROFILE!, JSON.stringify(r.profile)));
  const r = paint.report();
  if (label) out.push(`${label} scene ${(t1 - t0).toFixed(2)} paint ${(t2 - t1).toFixed(2)} (${r.mode} ${r.rects})`);
};
run('', start);
const server = start.servers[0]!.id;
selection = new Set([server]);
run('', start);
let adds = 0;
for (const s of steps) run(s.kind === 'paletteAdd' ? `add${++adds}` : '', s.plan);
console.log(out.join('  |  '));
