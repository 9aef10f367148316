// CPU profiles of the canvas diagnostics (investigate.ts, trace.ts): the CDP profile's shape, and a
// position in a built script mapped back to its original file and name through the build's source
// map (<script>.map beside it), read with @jridgewell/trace-mapping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GREATEST_LOWER_BOUND, originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const maps = new Map<string, TraceMap | null>();

function mapFor(dir: string, url: string): TraceMap | null {
  if (maps.has(url)) return maps.get(url)!;
  let map: TraceMap | null;
  try {
    const path = join(dir, new URL(url).pathname);
    map = new TraceMap(readFileSync(`${path}.map`, 'utf8'));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** Where a generated position (0-based line and column, as CDP gives them) comes from. */
export function original(
  dir: string,
  url: string,
  line: number,
  column: number,
): { file: string; name?: string } | null {
  const map = mapFor(dir, url);
  if (!map) return null;
  const at = originalPositionFor(map, { line: line + 1, column, bias: GREATEST_LOWER_BOUND });
  if (!at.source) return null;
  const file = at.source
    .replace(/^(\.\.\/)+/, '')
    .replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, 'node_modules/');
  return { file, ...(at.name ? { name: at.name } : {}) };
}

/** The package (node_modules) or our top folder (src/canvas) a file belongs to. */
export function bucketOf(file: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1]!;
  const ours = /^(src\/[^/]+)/.exec(file);
  return ours ? ours[1]! : file;
}

/** A CPU profile as CDP's Profiler.stop returns it. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}
