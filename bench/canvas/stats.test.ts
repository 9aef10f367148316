import { describe, expect, it } from 'vitest';
import { p95, plainP95, ratioInterval, smoothQuantile, spread } from './stats.ts';

const frames = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([ms, n]) => Array<number>(n).fill(Number(ms)));

describe('frame-time p95', () => {
  it('spreads a whole-frame step over its width instead of jumping to the next frame', () => {
    // 93 frames of 33.4 ms, 4 of 50, 3 of 66.8: 93% at most 33.4, 97% at most 50.
    const list = frames({ 33.4: 93, 50: 4, 66.8: 3 });
    expect(plainP95(list)).toBe(50);
    expect(p95(list)).toBeCloseTo(33.4 + (0.02 / 0.04) * 16.6, 6);
  });

  it('moves a little, not a whole frame, when one more frame is long', () => {
    const before = p95(frames({ 16.7: 94, 33.4: 6 }))!;
    const after = p95(frames({ 16.7: 93, 33.4: 7 }))!;
    expect(plainP95(frames({ 16.7: 95, 33.4: 5 }))).toBe(16.7);
    expect(plainP95(frames({ 16.7: 94, 33.4: 6 }))).toBe(33.4);
    expect(after - before).toBeGreaterThan(0);
    expect(after - before).toBeLessThan(5);
  });

  it('is the value itself when every frame is the same, and null without frames', () => {
    expect(p95(frames({ 16.7: 40 }))).toBe(16.7);
    expect(smoothQuantile([], 0.95)).toBeNull();
    expect(plainP95([])).toBeNull();
  });

  it('interpolates between neighbouring values when all are distinct', () => {
    expect(smoothQuantile([10, 20, 30, 40], 0.5)).toBe(20);
    expect(smoothQuantile([10, 20, 30, 40], 0.625)).toBe(25);
    expect(smoothQuantile([10, 20, 30, 40], 1)).toBe(40);
  });
});

describe('spread', () => {
  it('gives the median and the range, ignoring steps that failed', () => {
    expect(spread([30, null, 10, 20, undefined, NaN])).toEqual({ median: 20, min: 10, max: 30, n: 3 });
    expect(spread([])).toEqual({ median: null, min: null, max: null, n: 0 });
  });
});

describe('ratioInterval', () => {
  it('brackets the ratio of the pooled runs and is the same for the same data', () => {
    const ours = [frames({ 16.7: 50, 50: 5 }), frames({ 16.7: 52, 66.8: 3 }), frames({ 16.7: 55 })];
    const bare = [frames({ 16.7: 54, 33.4: 1 }), frames({ 16.7: 53, 33.4: 2 }), frames({ 16.7: 55 })];
    const interval = ratioInterval(ours, bare, p95)!;
    const ratio = p95(ours.flat())! / p95(bare.flat())!;
    expect(interval[0]).toBeLessThanOrEqual(ratio);
    expect(interval[1]).toBeGreaterThanOrEqual(ratio);
    expect(ratioInterval(ours, bare, p95)).toEqual(interval);
    expect(ratioInterval([], bare, p95)).toBeNull();
  });
});
