// From the canvas bench's visits to one summary per plan and page: medians and ranges of every
// timing, frame-time p95s pooled over runs (stats.ts), and the runs whose page clock and the
// bench's wall clock disagree about when the plan was fully drawn.
import { EDITS, type EditKind, type Target } from './pages.ts';
import type { BenchPlan } from './plans.ts';
import type { Gesture, Visit } from './session.ts';
import { p95, plainP95, ratioInterval, smoothQuantile, spread, type Spread } from './stats.ts';

export interface FrameSummary {
  /** p95 of all runs' frames together, on the smoothed frame grid (stats.ts smoothQuantile). */
  p95Ms: number | null;
  medianMs: number | null;
  /** Each run's own plain p95 (whole frames): the run-to-run spread. */
  runP95Ms: Spread;
  dropMs: Spread;
  /** Long animation frames (>= 50 ms of main-thread work) per run, and their total per run. */
  longFrames: Spread;
  longFrameMs: Spread;
  frames: number[][];
}

export interface PageSummary {
  load: Spread;
  loadWall: Spread;
  link: Spread;
  linkWall: Spread;
  select: Spread;
  edits: Record<EditKind, Spread>;
  /** Every edit of the visit together (the bare page's relabels are all the same work). */
  anyEdit: Spread;
  zoom: Spread;
  drag: FrameSummary | null;
  pan: FrameSummary | null;
  heapMB: Spread;
}

export interface PlanSummary {
  plan: string;
  label: string;
  servers: number;
  window: string;
  nodes: number;
  edges: number;
  ours: PageSummary;
  bare: PageSummary;
  /** 90% intervals of the ours/bare p95 ratios, resampling runs. */
  dragP95RatioInterval: [number, number] | null;
  panP95RatioInterval: [number, number] | null;
}

function frames(gestures: (Gesture | null | undefined)[]): FrameSummary | null {
  const done = gestures.filter((g): g is Gesture => !!g && g.frames.length > 0);
  if (done.length === 0) return null;
  const pooled = done.flatMap((g) => g.frames);
  return {
    p95Ms: p95(pooled),
    medianMs: smoothQuantile(pooled, 0.5),
    runP95Ms: spread(done.map((g) => plainP95(g.frames))),
    dropMs: spread(done.map((g) => g.dropMs)),
    longFrames: spread(done.map((g) => g.longFrames.length)),
    longFrameMs: spread(done.map((g) => g.longFrames.reduce((a, b) => a + b, 0))),
    frames: done.map((g) => g.frames.map((f) => Math.round(f * 10) / 10)),
  };
}

function page(full: Visit[], links: Visit[]): PageSummary {
  const edits = Object.fromEntries(
    EDITS.map((kind) => [kind, spread(full.map((v) => v.edits?.[kind]?.ms))]),
  ) as Record<EditKind, Spread>;
  return {
    load: spread(full.map((v) => v.load.ms)),
    loadWall: spread(full.map((v) => v.load.wallMs)),
    link: spread(links.map((v) => v.load.ms)),
    linkWall: spread(links.map((v) => v.load.wallMs)),
    select: spread(full.map((v) => v.select?.ms)),
    edits,
    anyEdit: spread(full.flatMap((v) => EDITS.map((kind) => v.edits?.[kind]?.ms))),
    zoom: spread(full.flatMap((v) => (v.zoom ?? []).map((z) => z.ms))),
    drag: frames(full.map((v) => v.drag)),
    pan: frames(full.map((v) => v.pan)),
    heapMB: spread(full.map((v) => v.heapMB)),
  };
}

export function summarize(plan: BenchPlan, full: Visit[], links: Visit[]): PlanSummary {
  const of = (list: Visit[], target: Target) =>
    list.filter((v) => v.plan === plan.key && v.target === target);
  const ours = page(of(full, 'ours'), of(links, 'ours'));
  const bare = page(of(full, 'bare'), of(links, 'bare'));
  const interval = (a: FrameSummary | null, b: FrameSummary | null) =>
    a && b ? ratioInterval(a.frames, b.frames, p95) : null;
  return {
    plan: plan.key,
    label: plan.label,
    servers: plan.servers,
    window: `${plan.window.width}x${plan.window.height}`,
    nodes: plan.expect.nodes,
    edges: plan.expect.edges,
    ours,
    bare,
    dragP95RatioInterval: interval(ours.drag, bare.drag),
    panP95RatioInterval: interval(ours.pan, bare.pan),
  };
}

/** Allowed gap between the page's "fully drawn" time and the bench's wall clock: a poll, a frame, goto. */
export const CLOCK_SLACK_MS = 250;

/** Visits where the page's clock and the wall clock disagree about when the plan was fully drawn. */
export function clockDisagreements(visits: Visit[]): string[] {
  const out: string[] = [];
  for (const v of visits) {
    const { ms, wallMs } = v.load;
    if (ms === null || wallMs === null) continue;
    const gap = wallMs - ms;
    if (gap < -20 || gap > CLOCK_SLACK_MS + 0.1 * ms)
      out.push(
        `${v.target} ${v.plan} run ${v.run}: page says ${Math.round(ms)} ms, wall clock ${Math.round(wallMs)} ms`,
      );
  }
  return out;
}
