// The canvas targets of issue #16, judged on medians (frame times: on the pooled, smoothed p95), and
// the bench's table: one row per measure, ours against bare React Flow in the same runs. Targets
// are reported, never enforced by tests.
import { EDIT_LABEL, EDITS, SETTLE_MEASURES } from './pages.ts';
import type { FrameSummary, PlanSummary } from './summary.ts';
import type { Spread } from './stats.ts';

export const TARGETS = {
  editRatio: 1.5,
  editAt1000Ms: 50,
  selectAt2000Ms: 50,
  dragP95Ratio: 1.25,
  loadAt5000Ratio: 1.5,
  usableAt5000Ms: 100,
  figure3LinkRatio: 1.5,
  initialJsGzipKB: 250,
};

export interface Verdict {
  target: string;
  value: string;
  pass: boolean | null;
}

const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && b > 0 ? a / b : null;
const fmt = (v: number | null | undefined, digits = 0) =>
  v == null
    ? 'n/a'
    : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const x = (v: number | null) => (v === null ? 'n/a' : `${fmt(v, 2)}x`);

/** A check that cannot be made (its size was not run, or a step failed) passes nothing. */
function judge(
  target: string,
  values: (readonly [string, number | null])[],
  ok: (v: number) => boolean,
  show: (v: number | null) => string,
): Verdict {
  if (values.length === 0) return { target, value: 'not measured', pass: null };
  const missing = values.filter(([, v]) => v === null);
  const failed = values.filter(([, v]) => v !== null && !ok(v));
  // Every target is an upper bound, so the worst is the largest value that fails it.
  const worst = failed.reduce<(typeof values)[number] | undefined>((w, f) => (w && w[1]! >= f[1]! ? w : f), undefined) ?? missing[0] ?? values[0]!;
  const value =
    values.length === 1
      ? show(worst[1])
      : `${failed.length ? 'worst' : 'all'}: ${worst[0]} ${show(worst[1])}`;
  return { target, value, pass: missing.length ? false : failed.length === 0 };
}

export function verdicts(plans: PlanSummary[], initialJsGzipKB: number): Verdict[] {
  const at = (key: string) => plans.filter((p) => p.plan === key);
  const judged = EDITS.filter((k) => !SETTLE_MEASURES.includes(k));
  const editRatios = (p: PlanSummary) =>
    judged.map((k) => [k, ratio(p.ours.edits[k].median, p.bare.anyEdit.median)] as const);
  const editMs = (p: PlanSummary) => judged.map((k) => [k, p.ours.edits[k].median] as const);
  const ms = (v: number | null) => `${fmt(v)} ms`;
  const T = TARGETS;
  return [
    ...['1000', '2000'].map((size) =>
      judge(
        `edit-to-paint at ${size} <= ${T.editRatio}x bare`,
        at(size).flatMap(editRatios),
        (v) => v <= T.editRatio,
        x,
      ),
    ),
    judge(
      `edit-to-paint at 1000 < ${T.editAt1000Ms} ms`,
      at('1000').flatMap(editMs),
      (v) => v < T.editAt1000Ms,
      ms,
    ),
    judge(
      `select-to-inspector at 2000 < ${T.selectAt2000Ms} ms`,
      at('2000').map((p) => ['select', p.ours.select.median] as const),
      (v) => v < T.selectAt2000Ms,
      ms,
    ),
    judge(
      `drag frame p95 at 2000 <= ${T.dragP95Ratio}x bare`,
      at('2000').map((p) => ['drag', ratio(p.ours.drag?.p95Ms, p.bare.drag?.p95Ms)] as const),
      (v) => v <= T.dragP95Ratio,
      x,
    ),
    judge(
      `load at 5000 <= ${T.loadAt5000Ratio}x bare`,
      at('5000').map((p) => ['load', ratio(p.ours.load.median, p.bare.load.median)] as const),
      (v) => v <= T.loadAt5000Ratio,
      x,
    ),
    judge(
      `usable at 5000: pan p95, zoom, select, each edit < ${T.usableAt5000Ms} ms`,
      at('5000').flatMap((p) => [
        ['pan p95', p.ours.pan?.p95Ms ?? null] as const,
        ['zoom', p.ours.zoom.median] as const,
        ['select', p.ours.select.median] as const,
        ...editMs(p),
      ]),
      (v) => v < T.usableAt5000Ms,
      ms,
    ),
    judge(
      `Figure 3 from a share link <= ${T.figure3LinkRatio}x bare`,
      at('figure-3').map((p) => ['link', ratio(p.ours.link.median, p.bare.link.median)] as const),
      (v) => v <= T.figure3LinkRatio,
      x,
    ),
    judge(
      `initial JS <= ${T.initialJsGzipKB} KB gzip`,
      [['JS', initialJsGzipKB]],
      (v) => v <= T.initialJsGzipKB,
      (v) => `${fmt(v, 1)} KB`,
    ),
  ];
}

/** "112 (98-157)": the median and the range of the runs. */
export const showSpread = (s: Spread, digits = 0) =>
  s.median === null
    ? 'n/a'
    : s.n > 1
      ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}-${fmt(s.max, digits)})`
      : fmt(s.median, digits);

function frameRows(
  what: string,
  o: FrameSummary | null,
  b: FrameSummary | null,
  interval: [number, number] | null,
): string[][] {
  if (!o && !b) return [];
  const r = ratio(o?.p95Ms, b?.p95Ms);
  return [
    [
      `${what} frame p95, all runs (ms)`,
      fmt(o?.p95Ms, 1),
      fmt(b?.p95Ms, 1),
      r === null ? 'n/a' : `${x(r)}${interval ? ` [${fmt(interval[0], 2)}-${fmt(interval[1], 2)}]` : ''}`,
    ],
    [
      `${what} frame p95, each run (ms)`,
      o ? showSpread(o.runP95Ms, 1) : 'n/a',
      b ? showSpread(b.runP95Ms, 1) : 'n/a',
      '',
    ],
    [
      `${what} frame median (ms)`,
      fmt(o?.medianMs, 1),
      fmt(b?.medianMs, 1),
      x(ratio(o?.medianMs, b?.medianMs)),
    ],
    [
      `${what} long frames per run (>= 50 ms work)`,
      o ? showSpread(o.longFrames) : 'n/a',
      b ? showSpread(b.longFrames) : 'n/a',
      '',
    ],
    [
      `${what} drop (ms)`,
      o ? showSpread(o.dropMs) : 'n/a',
      b ? showSpread(b.dropMs) : 'n/a',
      x(ratio(o?.dropMs.median, b?.dropMs.median)),
    ],
  ];
}

/** The table: plan, measure, ours (median and range), bare, ours/bare on medians. */
export function tableRows(p: PlanSummary): string[][] {
  const { ours: o, bare: b } = p;
  const row = (what: string, a: Spread, c: Spread, digits = 0) =>
    a.n + c.n === 0
      ? []
      : [[what, showSpread(a, digits), showSpread(c, digits), x(ratio(a.median, c.median))]];
  const rows = [
    ...row('load, fully drawn (ms)', o.load, b.load),
    ...row('  same, wall clock (ms)', o.loadWall, b.loadWall),
    ...row('link-open, fully drawn (ms)', o.link, b.link),
    ...row('  same, wall clock (ms)', o.linkWall, b.linkWall),
    ...row('select to inspector (ms)', o.select, b.select),
    ...EDITS.flatMap((k) => row(`edit: ${EDIT_LABEL[k]} (ms)`, o.edits[k], b.anyEdit)),
    ...row('zoom, wheel notch to painted (ms)', o.zoom, b.zoom),
    ...frameRows('drag', o.drag, b.drag, p.dragP95RatioInterval),
    ...frameRows('pan', o.pan, b.pan, p.panP95RatioInterval),
    ...row('JS heap after load (MiB)', o.heapMB, b.heapMB, 1),
  ];
  return rows.map((r) => [`${p.label}`, ...r]);
}
