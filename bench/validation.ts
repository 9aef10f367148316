// Bench section "validation": validate() on synthetic plans of 50, 500 and 5,000 servers.
// Target: 5,000 servers under 5 ms median, and near-linear growth (1 µs a server, with a small
// floor for the fixed cost of a call on tiny plans).
import { loadavg } from 'node:os';
import { validate } from '../src/rules/validate.ts';
import { busyNote, median, percentile, type BenchSection } from './report.ts';
import { syntheticPlan } from './synthetic.ts';

export interface ValidationOptions {
  sizes?: number[];
  /** At least this many timed runs per size (more for small plans, up to `budgetMs`). */
  minRuns?: number;
  budgetMs?: number;
}

const TARGET_MS_PER_SERVER = 5 / 5000;
const FLOOR_MS = 0.25;
/** Near-linear: the cost per server at the largest size is at most this times that at the one before. */
const MAX_GROWTH = 1.5;

const targetFor = (servers: number) => Math.max(FLOOR_MS, servers * TARGET_MS_PER_SERVER);
const ms = (value: number) => value.toFixed(3);

function measure(servers: number, minRuns: number, budgetMs: number) {
  const plan = syntheticPlan(servers);
  const findings = validate(plan).length;
  // Warm-up: let the JIT settle before timing (at least 10 runs or 200 ms).
  for (let i = 0, start = performance.now(); i < 10 || performance.now() - start < 200; i++) validate(plan);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (
    let start = performance.now();
    wall.length < minRuns || (performance.now() - start < budgetMs && wall.length < 2000);
  ) {
    const cpuBefore = process.cpuUsage();
    const t0 = performance.now();
    validate(plan);
    wall.push(performance.now() - t0);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const medianMs = median(wall);
  const cpuMedianMs = median(cpu);
  const targetMs = targetFor(servers);
  return {
    servers,
    runs: wall.length,
    findings,
    medianMs,
    p95Ms: percentile(wall, 95),
    cpuMedianMs,
    targetMs,
    pass: medianMs < targetMs,
    cpuPass: cpuMedianMs < targetMs,
  };
}

export function benchValidation(options: ValidationOptions = {}): BenchSection {
  const { sizes = [50, 500, 5000], minRuns = 20, budgetMs = 1000 } = options;
  const results = sizes.map((n) => measure(n, minRuns, budgetMs));
  const [previous, last] = results.slice(-2);
  const growthOf = (key: 'medianMs' | 'cpuMedianMs') =>
    previous && last ? last[key] / last.servers / (previous[key] / previous.servers) : 1;
  const growth = growthOf('medianMs');
  const cpuGrowth = growthOf('cpuMedianMs');
  const linear = growth <= MAX_GROWTH;
  const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
  const busy = busyNote();
  return {
    title: 'validate(plan) on synthetic plans (wall clock, after warm-up)',
    headers: [
      'servers',
      'runs',
      'findings',
      'median ms',
      'p95 ms',
      'CPU median ms',
      'µs/server',
      'target ms',
      'result',
      'by CPU time',
    ],
    rows: results.map((r) => [
      String(r.servers),
      String(r.runs),
      String(r.findings),
      ms(r.medianMs),
      ms(r.p95Ms),
      ms(r.cpuMedianMs),
      ((r.medianMs * 1000) / r.servers).toFixed(2),
      `< ${ms(r.targetMs)}`,
      verdict(r.pass),
      verdict(r.cpuPass),
    ]),
    notes: [
      `Growth: cost per server at ${last?.servers} is ${growth.toFixed(2)}x that at ${previous?.servers} (near-linear: at most ${MAX_GROWTH}x): ${verdict(linear)}; by CPU time ${cpuGrowth.toFixed(2)}x: ${verdict(cpuGrowth <= MAX_GROWTH)}`,
      'The result column (wall-clock median) decides the section; "by CPU time" shows the same targets against the work alone.',
      ...(busy ? [busy] : []),
    ],
    pass: linear && results.every((r) => r.pass),
    json: {
      target: {
        medianMsAt5000: 5,
        msPerServer: TARGET_MS_PER_SERVER,
        floorMs: FLOOR_MS,
        maxGrowth: MAX_GROWTH,
      },
      rows: results.map((r) => ({
        ...r,
        medianMs: +ms(r.medianMs),
        p95Ms: +ms(r.p95Ms),
        cpuMedianMs: +ms(r.cpuMedianMs),
      })),
      growth: +growth.toFixed(3),
      cpuGrowth: +cpuGrowth.toFixed(3),
      loadAverage1m: +loadavg()[0]!.toFixed(2),
      pass: linear && results.every((r) => r.pass),
    },
  };
}
