// The main thread's time in a Chromium trace window, for trace.ts: by event (script, style, layout,
// Layerize, paint, hit testing...), the spread of script tasks, Layerize, paint and hit testing, and
// every task over 20 ms with the events that filled it.

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: Record<string, unknown>;
}

const WATCHED = new Set([
  'FunctionCall',
  'EventDispatch',
  'FireAnimationFrame',
  'TimerFire',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'Commit',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'ParseHTML',
  'HitTest',
  'ScheduleStyleRecalculation',
  'InvalidateLayout',
  'RasterTask',
  'Rasterize',
  'ThreadControllerImpl::RunTask',
]);

export function summarize(events: TraceEvent[], from: number, to: number, longUs = 20_000) {
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const main = [...threads].find(([, n]) => n === 'CrRendererMain')?.[0];
  const byName = new Map<string, number>();
  const byThread = new Map<string, number>();
  const frames: { ts: number; dur: number; parts: Map<string, number> }[] = [];
  for (const e of events) {
    if (e.ph !== 'X' || e.ts < from || e.ts > to || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    const thread = threads.get(key) ?? key;
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
      byThread.set(thread, (byThread.get(thread) ?? 0) + e.dur);
    if (key !== main || !WATCHED.has(e.name)) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  }
  // Long main-thread tasks and what is inside them (top-level watched events only).
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        `${e.pid}:${e.tid}` === main &&
        e.ts >= from &&
        e.ts <= to &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        (e.dur ?? 0) > longUs,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
    .filter(
      (t, i, all) =>
        i === 0 || !(t.ts >= all[i - 1]!.ts && t.ts + t.dur! <= all[i - 1]!.ts + all[i - 1]!.dur!),
    )
    .slice(0, 30);
  for (const t of tasks) {
    const parts = new Map<string, number>();
    for (const e of events)
      if (
        e.ph === 'X' &&
        `${e.pid}:${e.tid}` === main &&
        e.ts >= t.ts &&
        e.ts + (e.dur ?? 0) <= t.ts + t.dur! &&
        WATCHED.has(e.name) &&
        e.name !== 'ThreadControllerImpl::RunTask'
      ) {
        const data = e.args?.data as
          | { type?: string; functionName?: string; url?: string; lineNumber?: number; columnNumber?: number }
          | undefined;
        const what =
          e.name === 'EventDispatch'
            ? `EventDispatch ${data?.type}`
            : e.name === 'FunctionCall'
              ? `FunctionCall ${data?.functionName || '?'}@${String(data?.url ?? '')
                  .split('/')
                  .pop()}:${data?.lineNumber}:${data?.columnNumber}`
              : e.name;
        parts.set(what, (parts.get(what) ?? 0) + (e.dur ?? 0));
      }
    frames.push({ ts: t.ts, dur: t.dur!, parts });
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  const stats = (name: string, min = 0) => {
    const d = events
      .filter(
        (e) =>
          e.ph === 'X' &&
          `${e.pid}:${e.tid}` === main &&
          e.name === name &&
          e.ts >= from &&
          e.ts <= to &&
          (e.dur ?? 0) >= min,
      )
      .map((e) => e.dur!)
      .sort((a, b) => a - b);
    const at = (q: number) => ms(d[Math.min(d.length - 1, Math.floor(q * d.length))] ?? 0);
    return `${d.length}x, median ${at(0.5)}, p90 ${at(0.9)}, max ${at(1)}, total ${ms(d.reduce((a, b) => a + b, 0))}`;
  };
  return {
    window: ms(to - from),
    scriptTasks: stats('FunctionCall', 3000),
    layerize: stats('Layerize'),
    paint: stats('Paint'),
    hitTest: stats('HitTest'),
    mainByEvent: Object.fromEntries([...byName].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, ms(v)])),
    busyByThread: Object.fromEntries(
      [...byThread]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, v]) => [k, ms(v)]),
    ),
    tasks: frames.map((f) => ({ ts: f.ts, dur: f.dur })),
    longTasks: frames.map(
      (f) =>
        `${ms(f.ts - from)}: ${ms(f.dur)} ms = ${[...f.parts]
          .sort((a, b) => b[1] - a[1])
          .filter(([, v]) => v > 1000)
          .map(([k, v]) => `${k} ${ms(v)}`)
          .join(', ')}`,
    ),
  };
}
