import { describe, expect, it } from 'vitest';
import { rasterSize } from './rasterSize.ts';

describe('rasterSize', () => {
  it('scales small diagrams as asked', () => {
    expect(rasterSize(1200, 800, 1)).toEqual({ width: 1200, height: 800, scale: 1, clamped: false });
    expect(rasterSize(1200, 800, 4)).toEqual({ width: 4800, height: 3200, scale: 4, clamped: false });
  });

  it('clamps a side to the canvas limit and says so', () => {
    const r = rasterSize(6000, 1000, 4);
    expect(r.clamped).toBe(true);
    expect(r.width).toBeLessThanOrEqual(16384);
    expect(r.scale).toBeCloseTo(16384 / 6000, 5);
    expect(r.message).toMatch(/too large to export at 4x.*16,384 pixels a side.*2\.73x/);
  });

  it('clamps the area when the sides fit but the pixel count does not', () => {
    // Chromium's real limits: 32,767 a side, 268 million pixels in all.
    const r = rasterSize(5000, 5000, 4, { maxSide: 32767, maxArea: 268435456 });
    expect(r.width).toBeGreaterThan(16000);
    expect(r.width * r.height).toBeLessThanOrEqual(268435456);
    expect(r.message).toMatch(/268 million pixels/);
  });

  it('honours smaller limits (Safari) and never returns an empty bitmap', () => {
    const r = rasterSize(3000, 2000, 2, { maxSide: 4096, maxArea: 16777216 });
    expect(r.width).toBeLessThanOrEqual(4096);
    expect(r.width * r.height).toBeLessThanOrEqual(16777216);
    expect(rasterSize(0, Number.NaN, -1)).toMatchObject({ width: 1, height: 1, scale: 1 });
  });
});
