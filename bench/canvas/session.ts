// One measured visit of one page: open a plan (stored, or from a link) until it is fully drawn,
// then, for a stored plan, select a server, edit it, zoom, drag a server and pan. Each visit is a
// fresh browser context, so nothing carries over between runs or pages.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { drag, pan, zoomInAndOut } from './gestures.ts';
import { EDITS, type EditKind, type Latency, type PageKind, type Target } from './pages.ts';
import { CANVAS_STATE } from './pick.ts';
import type { BenchPlan } from './plans.ts';
import { PROBE, expectScript } from './probe.ts';

export interface Load {
  /** Navigation start to the painted frame that shows every node and edge (page clock). */
  ms: number | null;
  /** The same, seen from outside: goto to the bench's first poll that found it drawn (wall clock). */
  wallMs: number | null;
  error?: string;
}

export interface Gesture {
  /** requestAnimationFrame deltas (ms) from mouse down to mouse up. */
  frames: number[];
  /** Mouse up to the second frame after it (ms). */
  dropMs: number;
  /** Durations of the long animation frames (>= 50 ms of main-thread work) in the gesture. */
  longFrames: number[];
  /** Did the node (drag) or the viewport (pan) move? */
  moved: boolean;
}

export interface Visit {
  target: Target;
  plan: string;
  run: number;
  load: Load;
  canvas?: { width: number; height: number; zoom: number; nodes: number; edges: number };
  heapMB?: number;
  select?: Latency;
  edits?: Partial<Record<EditKind, Latency>>;
  zoom?: Latency[];
  drag?: Gesture | null;
  pan?: Gesture | null;
  errors: string[];
  /** Wall time of each step (ms), to keep the bench's own duration in view. */
  steps: Record<string, number>;
}

const LOAD_TIMEOUT_MS = 120_000;
const POLL_MS = 50;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface VisitOptions {
  /** Mouse moves per drag and pan (0: no gestures). */
  moves: number;
  drag: boolean;
}

const idle = (page: Page, ms = 5000) => page.evaluate(`window.__bench.idle(${ms})`);

/** Navigates to `url` and waits until the page reports the plan fully drawn (into `visit.load`). */
export async function load(page: Page, url: string, plan: BenchPlan, visit: Visit) {
  visit.load = { ms: null, wallMs: null };
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  // Polled with page.evaluate (CDP), not waitForFunction: the app's Content-Security-Policy
  // forbids the eval that waitForFunction's string predicates need, and the CSP stays on.
  for (;;) {
    const drawn = (await page.evaluate('window.__bench?.drawn ?? null')) as { ms: number } | null;
    if (drawn) {
      visit.load = { ms: drawn.ms, wallMs: Date.now() - started };
      break;
    }
    if (Date.now() - started > LOAD_TIMEOUT_MS) {
      const seen = await page.evaluate('window.__bench?.counts() ?? null');
      visit.load.error = `not fully drawn after ${LOAD_TIMEOUT_MS / 1000} s: ${JSON.stringify(seen)} of ${JSON.stringify(plan.expect)}`;
      break;
    }
    await sleep(POLL_MS);
  }
}

/**
 * A fresh context on the page, opened at `url` until fully drawn. `firstStart`: open it once before
 * the measured start. Our app keeps plans in IndexedDB and moves the plan the bench seeds in
 * localStorage there on its first start, once; the start a user has every day is the next one.
 */
async function open(
  browser: Browser,
  plan: BenchPlan,
  init: string,
  url: string,
  visit: Visit,
  firstStart = false,
) {
  const context = await browser.newContext({ viewport: plan.window, deviceScaleFactor: 1 });
  await context.addInitScript({ content: `${expectScript(plan.expect)}\n${init}\n${PROBE}` });
  const page = await context.newPage();
  page.on('pageerror', (error) => visit.errors.push(error.message.slice(0, 300)));
  page.on('crash', () => visit.errors.push('page crashed'));
  const cdp = await context.newCDPSession(page);
  if (firstStart) {
    await load(page, url, plan, visit);
    if (visit.load.ms === null) return { context, page, cdp };
    await idle(page);
  }
  await load(page, url, plan, visit);
  return { context, page, cdp };
}

function stepTimer(visit: Visit) {
  let mark = performance.now();
  return (name: string) => {
    const now = performance.now();
    visit.steps[name] = Math.round(now - mark);
    mark = now;
  };
}

export const newVisit = (kind: PageKind, plan: BenchPlan, run: number): Visit => ({
  target: kind.target,
  plan: plan.key,
  run,
  load: { ms: null, wallMs: null },
  errors: [],
  steps: {},
});

/** Opens the plan from a link on a fresh profile until fully drawn. */
export async function linkVisit(
  browser: Browser,
  kind: PageKind,
  origin: string,
  plan: BenchPlan,
  run: number,
) {
  const visit = newVisit(kind, plan, run);
  const step = stepTimer(visit);
  const size = kind.target === 'bare' ? bareSize(plan) : '';
  const { context } = await open(browser, plan, '', `${origin}/${size}#${kind.linkFragment(plan)}`, visit);
  step('open');
  await context.close();
  return visit;
}

/** The bare page's canvas box: the size of ours in the same window (measured by the first visit). */
const canvasSizes = new Map<string, { width: number; height: number }>();
const sizeKey = (plan: BenchPlan) => `${plan.window.width}x${plan.window.height}`;
function bareSize(plan: BenchPlan) {
  const size = canvasSizes.get(sizeKey(plan));
  return size ? `?w=${size.width}&h=${size.height}` : '';
}

/**
 * Opens the stored plan until it is fully drawn and the page is idle (also for the diagnostics in
 * tools/). Our canvas's size, once measured, becomes the bare page's.
 */
export async function openStored(
  browser: Browser,
  kind: PageKind,
  origin: string,
  plan: BenchPlan,
  visit: Visit = newVisit(kind, plan, 0),
  extraInit = '',
) {
  const url = `${origin}/${kind.target === 'bare' ? bareSize(plan) : ''}`;
  const opened = await open(
    browser,
    plan,
    `${extraInit}\n${kind.storage(plan)}`,
    url,
    visit,
    kind.target === 'ours',
  );
  if (visit.load.ms === null) return { ...opened, visit, canvas: undefined };
  await idle(opened.page);
  const canvas = (await opened.page.evaluate(CANVAS_STATE)) as NonNullable<Visit['canvas']>;
  if (kind.target === 'ours') canvasSizes.set(sizeKey(plan), canvas);
  return { ...opened, visit, canvas };
}

/** Opens the stored plan, then selects, edits, zooms, drags and pans. */
export async function fullVisit(
  browser: Browser,
  kind: PageKind,
  origin: string,
  plan: BenchPlan,
  run: number,
  options: VisitOptions,
): Promise<Visit> {
  const visit = newVisit(kind, plan, run);
  const step = stepTimer(visit);
  let context: BrowserContext | undefined;
  try {
    const opened = await openStored(browser, kind, origin, plan, visit);
    context = opened.context;
    const { page, cdp } = opened;
    step('load');
    if (visit.load.ms === null) return visit;
    visit.canvas = opened.canvas;
    await cdp.send('HeapProfiler.collectGarbage');
    visit.heapMB = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    step('idle');

    visit.select = await kind.select(page, plan);
    await idle(page, 3000);
    visit.edits = {};
    for (const edit of EDITS) {
      visit.edits[edit] = await kind.edit(page, plan, edit, run);
      await idle(page, 3000);
    }
    step('select+edits');
    visit.zoom = await zoomInAndOut(page);
    step('zoom');
    if (options.moves > 0) {
      visit.pan = await pan(page, cdp, options.moves, visit);
      step('pan');
      if (options.drag) visit.drag = await drag(page, cdp, plan, options.moves, visit);
      step('drag');
    }
    for (const [what, latency] of [
      ['select', visit.select],
      ...Object.entries(visit.edits),
      ...visit.zoom.map((z, i) => [`zoom ${i ? 'out' : 'in'}`, z] as const),
    ] as [string, Latency][])
      if (latency.error) visit.errors.push(`${what}: ${latency.error}`);
    if (process.env.CANVAS_BENCH_DEBUG)
      await page.screenshot({ path: `/tmp/canvas-bench-${kind.target}-${plan.key}-${run}.png` });
    return visit;
  } finally {
    await context?.close();
  }
}
