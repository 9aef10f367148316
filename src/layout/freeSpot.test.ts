import { describe, expect, it } from 'vitest';
import { GRID } from '../theme/geometry.ts';
import { nearestFree, type Spot } from './freeSpot.ts';
import { SpatialIndex, type Rect } from './spatial.ts';

// The search as it was first written (cost worked out at every scan, blockers mapped then
// filtered): the reference the faster one must equal, spot for spot.
const down = (v: number) => Math.floor(v / GRID) * GRID;
const up = (v: number) => Math.ceil(v / GRID) * GRID;
function plainBlockers(placed: SpatialIndex<{ rect: Rect }>, r: Rect, gap: number): Rect[] {
  const halo = { x: r.x - gap, y: r.y - gap, width: r.width + 2 * gap, height: r.height + 2 * gap };
  return placed
    .query(halo)
    .map((p) => p.rect)
    .filter((p) => p.x < halo.x + halo.width && halo.x < p.x + p.width && p.y < halo.y + halo.height && halo.y < p.y + p.height);
}
function plainNearestFree(desired: Spot, size: { width: number; height: number }, placed: SpatialIndex<{ rect: Rect }>, gap: number, min: Spot, along?: 'x' | 'y'): Spot {
  const start = { x: Math.max(desired.x, min.x), y: Math.max(desired.y, min.y) };
  const wx = along === 'y' ? 3 : 1;
  const wy = along === 'x' ? 3 : 1;
  const cost = (s: Spot) => wx * Math.abs(s.x - desired.x) + wy * Math.abs(s.y - desired.y);
  const queue: Spot[] = [start];
  const seen = new Set<string>();
  let lowest = start.y;
  for (let step = 0; step < 400 && queue.length > 0; step++) {
    let k = 0;
    for (let i = 1; i < queue.length; i++) if (cost(queue[i]!) < cost(queue[k]!)) k = i;
    const spot = queue.splice(k, 1)[0]!;
    const id = `${spot.x},${spot.y}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const inTheWay = plainBlockers(placed, { x: spot.x, y: spot.y, width: size.width, height: size.height }, gap);
    if (inTheWay.length === 0) return spot;
    for (const b of inTheWay) {
      lowest = Math.max(lowest, b.y + b.height + gap);
      const options = [
        { x: up(b.x + b.width + gap), y: spot.y },
        { x: down(b.x - gap - size.width), y: spot.y },
        { x: spot.x, y: up(b.y + b.height + gap) },
        { x: spot.x, y: down(b.y - gap - size.height) },
      ];
      for (const o of options) if (o.x >= min.x && o.y >= min.y) queue.push(o);
    }
  }
  let y = up(Math.max(lowest, start.y));
  for (;;) {
    const inTheWay = plainBlockers(placed, { x: start.x, y, width: size.width, height: size.height }, gap);
    if (inTheWay.length === 0) return { x: start.x, y };
    y = up(Math.max(...inTheWay.map((b) => b.y + b.height + gap)));
  }
}

function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('nearestFree', () => {
  it('finds the spot the plain search finds, over random crowds, sizes, gaps, bounds and push directions', () => {
    let crowded = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const rand = random(seed);
      const placed = new SpatialIndex<{ rect: Rect }>();
      // Cards in rows as a site holds them (sometimes packed tight), and a few boxes anywhere.
      const packed = rand() < 0.5;
      const cols = 1 + Math.floor(rand() * 6);
      const n = Math.floor(rand() * 40);
      for (let i = 0; i < n; i++) {
        const width = packed ? 180 : 40 + Math.floor(rand() * 200);
        const height = packed ? 60 + 16 * Math.floor(rand() * 4) : 20 + Math.floor(rand() * 120);
        const x = packed ? 16 + (i % cols) * 196 : Math.floor(rand() * 900) - 100;
        const y = packed ? 48 + Math.floor(i / cols) * 110 : Math.floor(rand() * 700) - 100;
        placed.add({ rect: { x, y, width, height } });
      }
      // On the grid half the time, where spots either way often cost the same (the first queued wins).
      const snap = rand() < 0.5 ? GRID : 1;
      const at = (range: number) => Math.floor((rand() * range - 50) / snap) * snap;
      const desired = { x: at(800) + (snap === 1 && rand() < 0.3 ? 0.5 : 0), y: at(600) };
      const size = { width: (snap === GRID ? 180 : 40 + Math.floor(rand() * 200)), height: 20 + snap * Math.floor(rand() * 14) };
      const gap = [0, 8, 16][Math.floor(rand() * 3)]!;
      const min = rand() < 0.5 ? { x: 16, y: 48 } : { x: -Infinity, y: -Infinity };
      const along = ([undefined, 'x', 'y'] as const)[Math.floor(rand() * 3)];
      const expected = plainNearestFree(desired, size, placed, gap, min, along);
      if (expected.x !== Math.max(desired.x, min.x) || expected.y !== Math.max(desired.y, min.y)) crowded++;
      expect(nearestFree(desired, size, placed, gap, min, along)).toEqual(expected);
    }
    // Most cases searched (the desired spot was taken), so the search itself was compared.
    expect(crowded).toBeGreaterThan(500);
  });
});
