// CPU profiles of the canvas diagnostics (investigate.ts, trace.ts): the CDP profile's shape, and a
// position in a built script mapped back to its original file and name through the build's source
// map (<script>.map beside it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
type Segment = [col: number, source: number, line: number, column: number, name: number];

function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of mappings.split(';')) {
    const segments: Segment[] = [];
    let col = 0;
    for (const part of text.split(',')) {
      if (!part) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of part) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0]!;
      if (values.length >= 4) {
        source += values[1]!;
        line += values[2]!;
        column += values[3]!;
        if (values.length >= 5) name += values[4]!;
        segments.push([col, source, line, column, values.length >= 5 ? name : -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

interface SourceMap {
  sources: string[];
  names: string[];
  lines: Segment[][];
}

const maps = new Map<string, SourceMap | null>();
function mapFor(dir: string, url: string): SourceMap | null {
  if (maps.has(url)) return maps.get(url)!;
  let map: SourceMap | null;
  try {
    const path = join(dir, new URL(url).pathname);
    const raw = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as {
      sources: string[];
      names: string[];
      mappings: string;
    };
    map = { sources: raw.sources, names: raw.names, lines: decodeMappings(raw.mappings) };
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** Where a generated position comes from: the original file (shortened) and the name there. */
export function original(
  dir: string,
  url: string,
  line: number,
  column: number,
): { file: string; name?: string } | null {
  const map = mapFor(dir, url);
  const segments = map?.lines[line];
  if (!map || !segments || segments.length === 0) return null;
  let best: Segment | undefined;
  for (const s of segments) {
    if (s[0] <= column) best = s;
    else break;
  }
  best ??= segments[0]!;
  const file = map.sources[best[1]]!.replace(/^(\.\.\/)+/, '').replace(
    /^node_modules\/\.pnpm\/[^/]+\/node_modules\//,
    'node_modules/',
  );
  return { file, ...(best[4] >= 0 ? { name: map.names[best[4]] } : {}) };
}

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
