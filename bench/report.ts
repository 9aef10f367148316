// What every bench section shares: timing statistics, a plain-text table, the machine it ran on,
// and bench/results.json, which several sections (owned by different people) write into.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, arch, totalmem } from 'node:os';

/** One section's outcome: a table for the terminal and a JSON value for results.json. */
export interface BenchSection {
  title: string;
  headers: string[];
  rows: string[][];
  notes: string[];
  pass: boolean;
  json: unknown;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[at]!;
}

export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printSection(section: BenchSection): void {
  console.log(`\n${section.title}\n`);
  console.log(formatTable(section.headers, section.rows));
  for (const note of section.notes) console.log(note);
}

export function machineInfo() {
  const cpu = cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${arch()}`,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cpus: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
    measuredAt: new Date().toISOString(),
  };
}

/** The machine is busy when more processes want a CPU than it has: wall times then include waiting. */
export function busyNote(): string | undefined {
  const load = loadavg()[0]!;
  const count = cpus().length;
  return load > count
    ? `Note: load average ${load.toFixed(1)} on ${count} CPUs: wall times include waiting for a CPU; the CPU-time column shows the work itself.`
    : undefined;
}

/**
 * Merges sections into results.json, keeping every key other sections wrote. A file that is not a
 * JSON object is left alone (with an error), never overwritten.
 */
export function mergeResults(path: string, sections: Record<string, unknown>): void {
  let current: Record<string, unknown> = {};
  if (existsSync(path)) {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error(`${path} is not a JSON object; not overwriting it`);
    current = parsed as Record<string, unknown>;
  }
  writeFileSync(path, JSON.stringify({ ...current, ...sections }, null, 2) + '\n');
}

/** A reported number in the style of bench/render.ts: a value, its unit, and an optional bound. */
interface Metric {
  value: number;
  unit: string;
  target: number | null;
  pass: boolean | null;
}

const isMetric = (v: unknown): v is Metric =>
  v !== null && typeof v === 'object' && 'value' in v && 'unit' in v && 'target' in v && 'pass' in v;

/**
 * A table for a section that returns nested metrics ({ a: { b: Metric } }): one row per metric,
 * named by its path; a `notes` string list is printed under it. The JSON is the section as returned.
 */
export function metricsSection(title: string, result: object): BenchSection {
  const rows: string[][] = [];
  let pass = true;
  const walk = (value: unknown, path: string[]) => {
    if (isMetric(value)) {
      rows.push([
        path.join('.'),
        `${value.value} ${value.unit}`,
        value.target === null ? '-' : `<= ${value.target}`,
        value.pass === null ? 'reported' : value.pass ? 'pass' : 'FAIL',
      ]);
      if (value.pass === false) pass = false;
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value))
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
  };
  walk(result, []);
  const notes = 'notes' in result && Array.isArray(result.notes) ? result.notes.map(String) : [];
  return { title, headers: ['metric', 'value', 'target', 'result'], rows, notes, pass, json: result };
}

/** One figure for metricsSection, rounded to hundredths; `target`: at most this passes (null: reported only). */
export const metric = (value: number, unit: string, target: number | null = null) => ({
  value: Math.round(value * 100) / 100,
  unit,
  target,
  pass: target === null ? null : value <= target,
});
