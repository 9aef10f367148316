// Bench section "doc": plans as Yjs documents. In Node, one edit applied through the binding and
// the plan derived again (the work between a drop and the next render), at 1,000 and 5,000
// servers, target 1,000 under 4 ms median; the document's size against the plan's JSON. In
// Chromium, opening a stored 1,000-server plan from IndexedDB (the built app, first start moves it
// from localStorage, then each reload reads it: the app's own performance measure "etd:open-plan").
import { chromium } from '@playwright/test';
import * as Y from 'yjs';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { PlanDocument } from '../src/doc/index.ts';
import { arrange } from '../src/layout/arrange.ts';
import { moveServerToSite, renameItem, serializePlan, setPosition, type Plan } from '../src/model/index.ts';
import { ensureAppBuild } from './canvas/build.ts';
import { appStorageScript } from './canvas/probe.ts';
import { serveStatic } from './canvas/serve.ts';
import { median, metric, metricsSection, percentile, type BenchSection } from './report.ts';
import { syntheticPlan } from './synthetic.ts';

const EDIT_TARGET_MS = 4;
const EDITS = 400;
const OPEN_RUNS = 5;

/** Edits a user makes one at a time: a rename, a drag (position), a move to another site. */
function edit(plan: Plan, i: number): Plan {
  const server = plan.servers[(i * 37) % plan.servers.length]!;
  if (i % 3 === 0) return renameItem(plan, server.id, `EX${i}`);
  if (i % 3 === 1) return setPosition(plan, server.id, { x: 24 + (i % 40) * 8, y: 56 });
  const site = plan.sites[(i * 7) % plan.sites.length]!;
  return moveServerToSite(plan, server.id, site.kind === 'ad-site' ? site.id : undefined);
}

function editAndDerive(servers: number) {
  const document = PlanDocument.fromPlan(arrange(syntheticPlan(servers)));
  for (let i = 0; i < 50; i++) document.apply(edit(document.plan, i));
  const times: number[] = [];
  for (let i = 50; i < 50 + EDITS; i++) {
    const next = edit(document.plan, i);
    const t0 = performance.now();
    document.apply(next);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const plan = document.plan;
  const size = {
    documentBytes: metric(Y.encodeStateAsUpdate(document.doc).length, 'bytes'),
    planJsonBytes: metric(serializePlan(plan, { compact: true }).length, 'bytes'),
    planJsonWithDefaultsBytes: metric(JSON.stringify(plan).length, 'bytes'),
  };
  return {
    editMedianMs: metric(median(times), 'ms', servers === 1000 ? EDIT_TARGET_MS : null),
    editP95Ms: metric(percentile(times, 95), 'ms'),
    ...size,
  };
}

async function openFromIndexedDb(servers: number) {
  const plan = arrange(syntheticPlan(servers));
  const app = await ensureAppBuild();
  const site = await serveStatic(app.dir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    await context.addInitScript({ content: appStorageScript('bench-doc', plan.name, serializePlan(plan, { compact: true })) });
    const page = await context.newPage();
    const opened = async () => {
      for (const deadline = Date.now() + 120_000; Date.now() < deadline; await page.waitForTimeout(100)) {
        const ms = (await page.evaluate("performance.getEntriesByName('etd:open-plan')[0]?.duration ?? null")) as number | null;
        if (ms !== null) return ms;
      }
      throw new Error('the app never opened the stored plan');
    };
    await page.goto(site.url);
    const firstStartMs = await opened();
    const times: number[] = [];
    for (let run = 0; run < OPEN_RUNS; run++) {
      await page.reload();
      times.push(await opened());
    }
    times.sort((a, b) => a - b);
    return { firstStartMs: metric(firstStartMs, 'ms'), openMedianMs: metric(median(times), 'ms') };
  } finally {
    await browser.close();
    await site.close();
  }
}

export async function benchDoc(): Promise<BenchSection> {
  const result = {
    servers1000: editAndDerive(1000),
    servers5000: editAndDerive(5000),
    chromiumOpen1000: await openFromIndexedDb(1000),
    notes: [
      `Edit: ${EDITS} edits after 50 warm-up ones (rename, drag, move to another site), each written to the document as one transaction and the plan derived again; median and p95.`,
      'Document size: Y.encodeStateAsUpdate after those edits, against the compact plan JSON (defaults left out, as files and links are) and JSON.stringify of the plan (every field).',
      `Open: the built app in Chromium reloading a plan stored in IndexedDB, ${OPEN_RUNS} reloads, median of the app's "etd:open-plan" measure (IndexedDB read, document load, plan derived and shown to the store); firstStartMs is the first start, which moves the plan from localStorage.`,
    ],
  };
  return metricsSection('Plans as documents (Yjs)', result);
}
